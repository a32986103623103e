// A token bucket that spaces calls to a paid or quota-limited API: `burst` calls at once, then
// `ratePerSecond` on average. Callers over the rate wait their turn instead of failing.

export type TClock = { now: () => number; sleep: (ms: number) => Promise<void> };

export const systemClock: TClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export type TTokenBucket = { take: () => Promise<void> };

export function createTokenBucket(
  ratePerSecond: number,
  burst: number,
  clock: TClock = systemClock,
): TTokenBucket {
  if (!(ratePerSecond > 0) || !(burst >= 1))
    throw new RangeError("token bucket needs ratePerSecond > 0 and burst >= 1");
  let tokens = burst;
  let updatedAt = clock.now();
  return {
    // Each caller reserves a token at once, possibly going into debt, then waits until the debt
    // is repaid: concurrent callers are served in arrival order without a queue.
    async take() {
      const now = clock.now();
      tokens = Math.min(burst, tokens + ((now - updatedAt) / 1000) * ratePerSecond);
      updatedAt = now;
      tokens -= 1;
      if (tokens < 0) await clock.sleep((-tokens / ratePerSecond) * 1000);
    },
  };
}

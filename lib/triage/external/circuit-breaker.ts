// A circuit breaker: after N consecutive failures stop calling a failing service for a cool-down,
// then let one trial call through (half-open); its outcome closes or re-opens the circuit.

export type TBreakerState = "closed" | "open" | "half-open";

export type TCircuitBreaker = {
  /** Whether a call may go out now. In half-open state only one trial call is allowed. */
  allow(): boolean;
  recordSuccess(): void;
  recordFailure(): void;
  state(): TBreakerState;
};

export function createCircuitBreaker(
  failureThreshold: number,
  cooldownMs: number,
  now: () => number = () => performance.now(),
): TCircuitBreaker {
  let state: TBreakerState = "closed";
  let failures = 0;
  let openedAt = 0;
  let trialInFlight = false;

  return {
    allow() {
      if (state === "closed") return true;
      if (state === "open" && now() - openedAt >= cooldownMs) {
        state = "half-open";
        trialInFlight = false;
      }
      if (state === "half-open" && !trialInFlight) {
        trialInFlight = true;
        return true;
      }
      return false;
    },
    recordSuccess() {
      state = "closed";
      failures = 0;
      trialInFlight = false;
    },
    recordFailure() {
      failures++;
      trialInFlight = false;
      if (state === "half-open" || failures >= failureThreshold) {
        state = "open";
        openedAt = now();
      }
    },
    state: () => state,
  };
}

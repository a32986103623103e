// Runs one server action (an operation) from the browser and always comes back with a TResult:
// a thrown error (dropped connection, server restart, aborted request) becomes an "unreachable"
// result after a few retries, so no caller is ever left waiting. Pure: no React, unit-tested.
import type { TResult } from "@/lib/auth/operation";

export const UNREACHABLE_MESSAGE =
  "Could not reach the server. Check the connection and try again.";

export type TRunOptions = {
  /** Extra tries after a network failure; operations are safe to retry (a stale retry is refused by its version check). */
  retries?: number;
  /** Waits before each retry, in ms. */
  backoffMs?: number[];
  sleep?: (ms: number) => Promise<void>;
};

const DEFAULT_BACKOFF = [300, 900];
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function runOperation<T>(
  call: () => Promise<TResult<T>>,
  options: TRunOptions = {},
): Promise<TResult<T>> {
  const backoff = options.backoffMs ?? DEFAULT_BACKOFF;
  const retries = options.retries ?? backoff.length;
  const sleep = options.sleep ?? wait;
  for (let attempt = 0; ; attempt++) {
    try {
      const result = await call();
      // A server action that answered something else (an HTML error page, undefined) is not a result.
      if (result && typeof result === "object" && "ok" in result) return result;
      return {
        ok: false,
        code: "unexpected",
        error: "The server answered unexpectedly. Try again.",
      };
    } catch {
      if (attempt >= retries) return { ok: false, code: "unreachable", error: UNREACHABLE_MESSAGE };
      await sleep(backoff[Math.min(attempt, backoff.length - 1)] ?? 500);
    }
  }
}

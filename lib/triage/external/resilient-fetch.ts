// One careful way to call an external scoring API: a per-attempt timeout, retries with
// exponential backoff and jitter (honouring Retry-After), a rate limit, and a circuit breaker.

import { createCircuitBreaker, type TCircuitBreaker } from "./circuit-breaker";
import { createTokenBucket, systemClock, type TClock } from "./token-bucket";

export type TExternalErrorKind =
  "timeout" | "network" | "http" | "rate-limited" | "circuit-open" | "bad-response";

/** A failed external call. Its message never contains credentials (see `redact`). */
export class ExternalServiceError extends Error {
  constructor(
    readonly service: string,
    readonly kind: TExternalErrorKind,
    readonly detail: string,
    readonly status?: number,
  ) {
    super(`${service}: ${detail}`);
    this.name = "ExternalServiceError";
  }
}

export type TResilienceOptions = {
  service: string;
  timeoutMs: number;
  maxRetries: number;
  baseDelayMs: number;
  /** Longest single wait; a Retry-After beyond it fails the call rather than stall a worker. */
  maxDelayMs: number;
  qps: number;
  burst: number;
  failureThreshold: number;
  cooldownMs: number;
  /** Values that must never appear in an error message (API keys). */
  secrets: readonly string[];
  clock?: TClock;
  random?: () => number;
  fetchImpl?: typeof fetch;
};

export type TResilientClient = {
  postJson(url: string, body: unknown, headers: Record<string, string>): Promise<unknown>;
  breaker: TCircuitBreaker;
};

export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret) out = out.split(secret).join("[redacted]");
  return out;
}

/** Retry-After is either delay-seconds or an HTTP date. */
export function parseRetryAfter(
  value: string | null,
  nowMs: number = Date.now(),
): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

type TAttempt =
  | { ok: true; value: unknown }
  | { ok: false; error: ExternalServiceError; retryable: boolean; retryAfterMs?: number };

export function createResilientClient(opts: TResilienceOptions): TResilientClient {
  const clock = opts.clock ?? systemClock;
  const random = opts.random ?? Math.random;
  const fetchImpl = opts.fetchImpl ?? fetch;
  const bucket = createTokenBucket(opts.qps, opts.burst, clock);
  const breaker = createCircuitBreaker(opts.failureThreshold, opts.cooldownMs, clock.now);
  const fail = (kind: TExternalErrorKind, message: string, status?: number) =>
    new ExternalServiceError(opts.service, kind, redact(message, opts.secrets), status);

  async function attempt(
    url: string,
    body: string,
    headers: Record<string, string>,
  ): Promise<TAttempt> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
    try {
      const response = await fetchImpl(url, {
        method: "POST",
        headers,
        body,
        signal: controller.signal,
      });
      // The body is read under the same timeout: a server that stalls mid-body is a timeout too.
      const text = await response.text();
      if (response.ok) {
        breaker.recordSuccess();
        try {
          return { ok: true, value: JSON.parse(text) };
        } catch {
          return {
            ok: false,
            error: fail("bad-response", "response is not JSON"),
            retryable: false,
          };
        }
      }
      const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
      if (response.status === 429) {
        // Rate limiting means the service is up: it does not count towards opening the circuit.
        breaker.recordSuccess();
        return {
          ok: false,
          error: fail("rate-limited", "rate limited (HTTP 429)", 429),
          retryable: true,
          retryAfterMs,
        };
      }
      if (response.status >= 500) {
        breaker.recordFailure();
        return {
          ok: false,
          error: fail("http", `HTTP ${response.status}`, response.status),
          retryable: true,
          retryAfterMs,
        };
      }
      // Other 4xx: our request or key is wrong; retrying cannot help, and the service is up.
      breaker.recordSuccess();
      return {
        ok: false,
        error: fail("http", `HTTP ${response.status}`, response.status),
        retryable: false,
      };
    } catch (error) {
      breaker.recordFailure();
      if (controller.signal.aborted) {
        return {
          ok: false,
          error: fail("timeout", `no response within ${opts.timeoutMs} ms`),
          retryable: true,
        };
      }
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      return {
        ok: false,
        error: fail("network", `network error${cause ? ` (${cause})` : ""}`),
        retryable: true,
      };
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    breaker,
    async postJson(url, payload, headers) {
      const body = JSON.stringify(payload);
      for (let retry = 0; ; retry++) {
        if (!breaker.allow()) {
          throw fail(
            "circuit-open",
            "circuit open after repeated failures; not calling the service for now",
          );
        }
        await bucket.take();
        const result = await attempt(url, body, { "content-type": "application/json", ...headers });
        if (result.ok) return result.value;
        if (!result.retryable || retry >= opts.maxRetries) throw result.error;
        // Full jitter: a random wait up to the exponential cap spreads retries of many workers.
        const backoff = random() * Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** retry);
        const delay = result.retryAfterMs ?? backoff;
        if (delay > opts.maxDelayMs) {
          const wait = Math.ceil(delay / 1000);
          throw fail(
            result.error.kind,
            `${result.error.detail}; asked to wait ${wait} s, more than allowed`,
            result.error.status,
          );
        }
        await clock.sleep(delay);
      }
    },
  };
}

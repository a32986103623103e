// Server timing: named spans around the work a request does (session lookup, each query), so a
// benchmark can tell where a request's time goes. Route handlers send them as a `Server-Timing`
// header; with VIGIL_TIMING=1 every span is also written to stderr as one line
// `VIGIL_TIMING {"name":…,"ms":…}` (pages cannot set headers), which tests/bench/support/queue-http.ts reads.
// Costs two performance.now() calls per span when off.
import { AsyncLocalStorage } from "node:async_hooks";

export type TSpan = { name: string; ms: number };

const requestSpans = new AsyncLocalStorage<TSpan[]>();
export const TIMING_LINE_PREFIX = "VIGIL_TIMING ";

function record(name: string, ms: number): void {
  requestSpans.getStore()?.push({ name, ms });
  if (process.env.VIGIL_TIMING === "1")
    process.stderr.write(
      `${TIMING_LINE_PREFIX}${JSON.stringify({ name, ms: Math.round(ms * 100) / 100 })}\n`,
    );
}

/** Runs `fn` and records how long it took under `name` (also when it throws). */
export async function span<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await fn();
  } finally {
    record(name, performance.now() - started);
  }
}

/** `Server-Timing` header value: `name;dur=ms` per span, names reduced to the token characters the header allows. */
export function serverTimingHeader(spans: TSpan[]): string {
  return spans
    .map((s) => `${s.name.replace(/[^A-Za-z0-9_.-]/g, "_")};dur=${s.ms.toFixed(1)}`)
    .join(", ");
}

/** For route handlers: runs the handler, then adds its spans and a `total` span as `Server-Timing`. */
export async function withServerTiming(handler: () => Promise<Response>): Promise<Response> {
  const spans: TSpan[] = [];
  const started = performance.now();
  const response = await requestSpans.run(spans, handler);
  try {
    response.headers.append(
      "Server-Timing",
      serverTimingHeader([...spans, { name: "total", ms: performance.now() - started }]),
    );
  } catch {
    // an immutable response (redirect, fetch pass-through): keep it as it is
  }
  return response;
}

// A local fake of the external scoring services for the external-scorer tests: queued replies
// (status, headers, body, delay), the requests seen, settings pointing at it, and a failure reader.
// Importing it starts the server for the test file (vitest hooks).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import { ExternalServiceError } from "@/lib/triage/external";

export const KEY = "sk-test-SECRET-0123456789";

export type TReply = {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  raw?: string;
  delayMs?: number;
};
type TSeen = { url: string; headers: http.IncomingHttpHeaders; body: unknown };

export const replies: TReply[] = [];
export const seen: TSeen[] = [];
/** The fake server's address, set once it listens. */
export const fake = { base: "" };
const server = http.createServer((req, res) => {
  let data = "";
  req.on("data", (chunk) => (data += chunk));
  req.on("end", () => {
    seen.push({ url: req.url ?? "", headers: req.headers, body: data ? JSON.parse(data) : null });
    const reply = replies.shift() ?? { status: 500, body: { error: "no reply queued" } };
    setTimeout(() => {
      if (res.destroyed) return;
      res.writeHead(reply.status ?? 200, { "content-type": "application/json", ...reply.headers });
      res.end(reply.raw ?? JSON.stringify(reply.body ?? {}));
    }, reply.delayMs ?? 0);
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  replies.length = 0;
  seen.length = 0;
});

/** Small timeouts and delays keep the suite fast; each call builds fresh breakers and buckets. */
export function env(over: Record<string, string> = {}): Record<string, string> {
  return {
    PERSPECTIVE_API_KEY: KEY,
    PERSPECTIVE_URL: `${fake.base}/v1alpha1/comments:analyze`,
    PERSPECTIVE_QPS: "1000",
    // Generous, so a loaded CI machine never times out a healthy reply; timeout tests lower it.
    EXTERNAL_TIMEOUT_MS: "1000",
    EXTERNAL_MAX_RETRIES: "2",
    EXTERNAL_RETRY_BASE_MS: "5",
    EXTERNAL_MAX_DELAY_MS: "2000",
    EXTERNAL_BREAKER_FAILURES: "3",
    EXTERNAL_BREAKER_COOLDOWN_MS: "200",
    ...over,
  };
}

export const perspectiveReply = (values: Record<string, number>): TReply => ({
  body: {
    attributeScores: Object.fromEntries(
      Object.entries(values).map(([k, v]) => [
        k,
        { summaryScore: { value: v, type: "PROBABILITY" } },
      ]),
    ),
    languages: ["en"],
  },
});

export async function failure(promise: Promise<unknown>): Promise<ExternalServiceError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExternalServiceError);
  return error as ExternalServiceError;
}

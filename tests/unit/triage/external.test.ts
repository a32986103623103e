// External scorers against a local fake server: harm mapping, timeouts, retries, Retry-After,
// the circuit breaker, and API keys that never leak into errors.

import http from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createExternalScorers, ExternalServiceError } from "@/lib/triage/external";
import { createTokenBucket, type TClock } from "@/lib/triage/external/token-bucket";
import { createResilientClient } from "@/lib/triage/external/resilient-fetch";

const KEY = "sk-test-SECRET-0123456789";

type TReply = { status?: number; headers?: Record<string, string>; body?: unknown; raw?: string; delayMs?: number };
type TSeen = { url: string; headers: http.IncomingHttpHeaders; body: unknown };

let replies: TReply[] = [];
let seen: TSeen[] = [];
let base = "";
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
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  replies = [];
  seen = [];
});

/** Small timeouts and delays keep the suite fast; each call builds fresh breakers and buckets. */
function env(over: Record<string, string> = {}): Record<string, string> {
  return {
    PERSPECTIVE_API_KEY: KEY,
    PERSPECTIVE_URL: `${base}/v1alpha1/comments:analyze`,
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

const perspectiveReply = (values: Record<string, number>): TReply => ({
  body: {
    attributeScores: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { summaryScore: { value: v, type: "PROBABILITY" } }])),
    languages: ["en"],
  },
});

async function failure(promise: Promise<unknown>): Promise<ExternalServiceError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExternalServiceError);
  return error as ExternalServiceError;
}

describe("createExternalScorers", () => {
  it("is off unless a key is configured", () => {
    expect(createExternalScorers({})).toEqual([]);
    expect(createExternalScorers({ PERSPECTIVE_API_KEY: "  " })).toEqual([]);
  });

  it("builds one scorer per configured service", () => {
    const scorers = createExternalScorers({ PERSPECTIVE_API_KEY: KEY, OPENAI_API_KEY: KEY });
    expect(scorers.map((s) => s.name)).toEqual(["perspective", "openai-moderation"]);
    expect(scorers[1].version).toBe("omni-moderation-latest");
  });

  it("rejects malformed settings by name without echoing values", () => {
    const attempt = () => createExternalScorers(env({ PERSPECTIVE_QPS: KEY, EXTERNAL_TIMEOUT_MS: "-1" }));
    expect(attempt).toThrow(/PERSPECTIVE_QPS, EXTERNAL_TIMEOUT_MS/);
    expect(attempt).not.toThrow(new RegExp(KEY));
  });
});

describe("Perspective", () => {
  it("maps attributes to Vigil harms and sends the key in a header, not the URL", async () => {
    const [perspective] = createExternalScorers(env());
    replies.push(perspectiveReply({ TOXICITY: 0.9, SEVERE_TOXICITY: 0.4, IDENTITY_ATTACK: 0.8, INSULT: 0.6, PROFANITY: 0.2, THREAT: 0.05 }));
    expect(await perspective.score("Never trust them, they are rats")).toEqual({
      hate: 0.8,
      harassment: 0.6,
      threat: 0.05,
      profanity: 0.2,
    });
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe("/v1alpha1/comments:analyze");
    expect(seen[0].headers["x-goog-api-key"]).toBe(KEY);
    expect(seen[0].body).toMatchObject({
      comment: { text: "Never trust them, they are rats" },
      doNotStore: true,
      requestedAttributes: { TOXICITY: {}, SEVERE_TOXICITY: {}, IDENTITY_ATTACK: {}, INSULT: {}, PROFANITY: {}, THREAT: {} },
    });
  });

  it("does not call the service for an empty comment", async () => {
    const [perspective] = createExternalScorers(env());
    expect(await perspective.score("   ")).toEqual({});
    expect(seen).toHaveLength(0);
  });
});

describe("OpenAI moderation", () => {
  it("maps categories to Vigil harms, with violence deliberately not read as a threat", async () => {
    const [openai] = createExternalScorers(env({ PERSPECTIVE_API_KEY: "", OPENAI_API_KEY: KEY, OPENAI_MODERATION_URL: `${base}/v1/moderations` }));
    replies.push({
      body: {
        id: "modr-1",
        model: "omni-moderation-latest",
        results: [
          {
            flagged: true,
            categories: { hate: true },
            category_scores: { hate: 0.7, "hate/threatening": 0.3, harassment: 0.2, "harassment/threatening": 0.1, violence: 0.95 },
          },
        ],
      },
    });
    expect(await openai.score("some comment")).toEqual({ hate: 0.7, harassment: 0.2, threat: 0.3 });
    expect(seen[0].headers.authorization).toBe(`Bearer ${KEY}`);
    expect(seen[0].body).toEqual({ model: "omni-moderation-latest", input: "some comment" });
  });
});

describe("resilience", () => {
  it("times out a slow service", async () => {
    const [perspective] = createExternalScorers(env({ EXTERNAL_MAX_RETRIES: "0", EXTERNAL_TIMEOUT_MS: "200" }));
    replies.push({ ...perspectiveReply({ TOXICITY: 0.1 }), delayMs: 1500 });
    // Fake timers: the reply (1.5 s) never comes before the 200 ms timeout, however loaded the machine.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const pending = failure(perspective.score("hello"));
      await vi.waitFor(() => expect(seen).toHaveLength(1));
      await vi.advanceTimersByTimeAsync(200);
      const error = await pending;
      expect(error.kind).toBe("timeout");
      vi.runOnlyPendingTimers();
    } finally {
      vi.useRealTimers();
    }
  });

  it("retries server errors and timeouts, then succeeds", async () => {
    // Each failed attempt counts towards the breaker: give it room for three in a row here.
    const [perspective] = createExternalScorers(
      env({ EXTERNAL_MAX_RETRIES: "3", EXTERNAL_BREAKER_FAILURES: "5", EXTERNAL_TIMEOUT_MS: "400" }),
    );
    replies.push({ status: 503 }, { status: 500, delayMs: 1500 }, { status: 502 }, perspectiveReply({ THREAT: 0.9 }));
    expect(await perspective.score("I will find you")).toEqual({ threat: 0.9 });
    expect(seen).toHaveLength(4);
  });

  it("does not retry a request the service rejects as bad", async () => {
    const [perspective] = createExternalScorers(env());
    replies.push({ status: 400, body: { error: { message: "LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE" } } });
    const error = await failure(perspective.score("texte"));
    expect([error.kind, error.status]).toEqual(["http", 400]);
    expect(seen).toHaveLength(1);
  });

  it("waits as long as Retry-After asks on 429, then succeeds", async () => {
    // The client's own clock records the waits instead of sleeping them.
    const waits: number[] = [];
    const clock: TClock = { now: () => 0, sleep: async (ms) => void waits.push(ms) };
    const client = createResilientClient({
      service: "perspective",
      timeoutMs: 1000,
      maxRetries: 2,
      baseDelayMs: 5,
      maxDelayMs: 2000,
      qps: 1000,
      burst: 1000,
      failureThreshold: 3,
      cooldownMs: 200,
      secrets: [KEY],
      clock,
    });
    replies.push({ status: 429, headers: { "retry-after": "1" } }, perspectiveReply({ INSULT: 0.5 }));
    expect(await client.postJson(`${base}/v1alpha1/comments:analyze`, {}, {})).toMatchObject({ attributeScores: { INSULT: {} } });
    expect(waits).toEqual([1000]);
    expect(seen).toHaveLength(2);
  });

  it("gives up at once when Retry-After is longer than it may wait", async () => {
    const [perspective] = createExternalScorers(env());
    replies.push({ status: 429, headers: { "retry-after": "3600" } });
    const error = await failure(perspective.score("you fool"));
    expect(error.kind).toBe("rate-limited");
    expect(error.message).toMatch(/asked to wait 3600 s/);
    expect(seen).toHaveLength(1);
  });

  it("opens the circuit after repeated failures, short-circuits, then recovers", async () => {
    const [perspective] = createExternalScorers(env({ EXTERNAL_MAX_RETRIES: "0" }));
    replies.push({ status: 500 }, { status: 500 }, { status: 500 });
    for (let i = 0; i < 3; i++) expect((await failure(perspective.score("x"))).kind).toBe("http");
    expect((await failure(perspective.score("x"))).kind).toBe("circuit-open");
    expect(seen).toHaveLength(3);

    await new Promise((resolve) => setTimeout(resolve, 250));
    replies.push(perspectiveReply({ PROFANITY: 0.7 }), perspectiveReply({ PROFANITY: 0.1 }));
    expect(await perspective.score("x")).toEqual({ profanity: 0.7 });
    expect(await perspective.score("x")).toEqual({ profanity: 0.1 });
    expect(seen).toHaveLength(5);
  });

  it("re-opens at once when the half-open trial fails", async () => {
    const [perspective] = createExternalScorers(env({ EXTERNAL_MAX_RETRIES: "0" }));
    replies.push({ status: 500 }, { status: 500 }, { status: 500 });
    for (let i = 0; i < 3; i++) await failure(perspective.score("x"));
    await new Promise((resolve) => setTimeout(resolve, 250));
    replies.push({ status: 503 });
    expect((await failure(perspective.score("x"))).kind).toBe("http");
    expect((await failure(perspective.score("x"))).kind).toBe("circuit-open");
    expect(seen).toHaveLength(4);
  });

  it("rejects a response that is not the service's JSON", async () => {
    const [perspective] = createExternalScorers(env());
    replies.push({ raw: "<html>gateway</html>" });
    expect((await failure(perspective.score("x"))).kind).toBe("bad-response");
    replies.push({ body: { unexpected: true } });
    expect((await failure(perspective.score("x"))).kind).toBe("bad-response");
  });

  it("never puts the API key into an error", async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = http.createServer().listen(0, "127.0.0.1", () => {
        const port = (probe.address() as AddressInfo).port;
        probe.close(() => resolve(port));
      });
    });
    // Even a URL misconfigured to carry the key must not leak it through an error.
    const [unreachable] = createExternalScorers(
      env({ EXTERNAL_MAX_RETRIES: "1", PERSPECTIVE_URL: `http://127.0.0.1:${closedPort}/analyze?key=${KEY}` }),
    );
    const network = await failure(unreachable.score("x"));
    expect(network.kind).toBe("network");

    const [perspective] = createExternalScorers(env({ EXTERNAL_MAX_RETRIES: "0", EXTERNAL_TIMEOUT_MS: "200" }));
    replies.push({ status: 401, body: { error: `API key ${KEY} not valid` } }, { delayMs: 1500 });
    const denied = await failure(perspective.score("x"));
    const timedOut = await failure(perspective.score("x"));
    expect([denied.kind, timedOut.kind]).toEqual(["http", "timeout"]);
    for (const error of [network, denied, timedOut]) {
      expect(`${error.message} ${error.stack} ${inspect(error)}`).not.toContain(KEY);
    }
  });
});

describe("token bucket", () => {
  it("lets a burst through, then spaces calls at the configured rate", async () => {
    let now = 0;
    const waits: number[] = [];
    const clock: TClock = {
      now: () => now,
      sleep: async (ms) => {
        waits.push(Math.round(ms));
        now += ms;
      },
    };
    const bucket = createTokenBucket(10, 2, clock);
    for (let i = 0; i < 5; i++) await bucket.take();
    expect(waits).toEqual([100, 100, 100]);
    now += 1_000;
    await bucket.take();
    expect(waits).toHaveLength(3);
  });
});

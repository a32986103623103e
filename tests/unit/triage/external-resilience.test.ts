// External scorers' resilience against a local fake server: timeouts, retries, Retry-After, the
// circuit breaker, bad answers, API keys that never leak into errors, and the rate limiter.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { createExternalScorers } from "@/lib/triage/external";
import { createTokenBucket, type TClock } from "@/lib/triage/external/token-bucket";
import { createResilientClient } from "@/lib/triage/external/resilient-fetch";
import {
  env,
  fake,
  failure,
  KEY,
  perspectiveReply,
  replies,
  seen,
} from "../../helpers/fake-scoring-server";

describe("resilience", () => {
  it("times out a slow service", async () => {
    const [perspective] = createExternalScorers(
      env({ EXTERNAL_MAX_RETRIES: "0", EXTERNAL_TIMEOUT_MS: "200" }),
    );
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
      env({
        EXTERNAL_MAX_RETRIES: "3",
        EXTERNAL_BREAKER_FAILURES: "5",
        EXTERNAL_TIMEOUT_MS: "400",
      }),
    );
    replies.push(
      { status: 503 },
      { status: 500, delayMs: 1500 },
      { status: 502 },
      perspectiveReply({ THREAT: 0.9 }),
    );
    expect(await perspective.score("I will find you")).toEqual({ threat: 0.9 });
    expect(seen).toHaveLength(4);
  });

  it("does not retry a request the service rejects as bad", async () => {
    const [perspective] = createExternalScorers(env());
    replies.push({
      status: 400,
      body: { error: { message: "LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE" } },
    });
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
    replies.push(
      { status: 429, headers: { "retry-after": "1" } },
      perspectiveReply({ INSULT: 0.5 }),
    );
    expect(await client.postJson(`${fake.base}/v1alpha1/comments:analyze`, {}, {})).toMatchObject({
      attributeScores: { INSULT: {} },
    });
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
      env({
        EXTERNAL_MAX_RETRIES: "1",
        PERSPECTIVE_URL: `http://127.0.0.1:${closedPort}/analyze?key=${KEY}`,
      }),
    );
    const network = await failure(unreachable.score("x"));
    expect(network.kind).toBe("network");

    const [perspective] = createExternalScorers(
      env({ EXTERNAL_MAX_RETRIES: "0", EXTERNAL_TIMEOUT_MS: "200" }),
    );
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

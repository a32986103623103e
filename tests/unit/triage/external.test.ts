// External scorers against a local fake server (tests/helpers/fake-scoring-server.ts): settings,
// and how Perspective's and OpenAI's answers map to Vigil harms. Resilience: external-resilience.test.ts.
import { describe, expect, it } from "vitest";
import { createExternalScorers } from "@/lib/triage/external";
import { env, fake, KEY, perspectiveReply, replies, seen } from "../../helpers/fake-scoring-server";

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
    const attempt = () =>
      createExternalScorers(env({ PERSPECTIVE_QPS: KEY, EXTERNAL_TIMEOUT_MS: "-1" }));
    expect(attempt).toThrow(/PERSPECTIVE_QPS, EXTERNAL_TIMEOUT_MS/);
    expect(attempt).not.toThrow(new RegExp(KEY));
  });
});

describe("Perspective", () => {
  it("maps attributes to Vigil harms and sends the key in a header, not the URL", async () => {
    const [perspective] = createExternalScorers(env());
    replies.push(
      perspectiveReply({
        TOXICITY: 0.9,
        SEVERE_TOXICITY: 0.4,
        IDENTITY_ATTACK: 0.8,
        INSULT: 0.6,
        PROFANITY: 0.2,
        THREAT: 0.05,
      }),
    );
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
      requestedAttributes: {
        TOXICITY: {},
        SEVERE_TOXICITY: {},
        IDENTITY_ATTACK: {},
        INSULT: {},
        PROFANITY: {},
        THREAT: {},
      },
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
    const [openai] = createExternalScorers(
      env({
        PERSPECTIVE_API_KEY: "",
        OPENAI_API_KEY: KEY,
        OPENAI_MODERATION_URL: `${fake.base}/v1/moderations`,
      }),
    );
    replies.push({
      body: {
        id: "modr-1",
        model: "omni-moderation-latest",
        results: [
          {
            flagged: true,
            categories: { hate: true },
            category_scores: {
              hate: 0.7,
              "hate/threatening": 0.3,
              harassment: 0.2,
              "harassment/threatening": 0.1,
              violence: 0.95,
            },
          },
        ],
      },
    });
    expect(await openai.score("some comment")).toEqual({ hate: 0.7, harassment: 0.2, threat: 0.3 });
    expect(seen[0].headers.authorization).toBe(`Bearer ${KEY}`);
    expect(seen[0].body).toEqual({ model: "omni-moderation-latest", input: "some comment" });
  });
});

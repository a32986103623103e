// Google Jigsaw's Perspective API (comments:analyze) as a Vigil scorer. Its attributes map onto
// the harms they measure; Perspective has nothing for extremism or misinformation.

import type { THarm, THarmScores } from "../types";
import { ExternalServiceError, type TResilientClient } from "./resilient-fetch";
import type { TExternalScorer } from "./types";

const ATTRIBUTES = [
  "TOXICITY",
  "SEVERE_TOXICITY",
  "IDENTITY_ATTACK",
  "INSULT",
  "PROFANITY",
  "THREAT",
] as const;
type TAttribute = (typeof ATTRIBUTES)[number];

/**
 * Which attributes speak for which harm (the harm takes the highest). TOXICITY ("rude,
 * disrespectful") alone is no Vigil harm: it would flag heated but legitimate argument.
 */
const HARM_SOURCES: Partial<Record<THarm, TAttribute[]>> = {
  hate: ["IDENTITY_ATTACK"],
  harassment: ["INSULT", "SEVERE_TOXICITY"],
  threat: ["THREAT"],
  profanity: ["PROFANITY"],
};

/** Perspective rejects texts over 20 KB; the opening of a comment is what moderators read first. */
const MAX_CHARS = 10_000;

export function mapPerspectiveResponse(body: unknown): Partial<THarmScores> {
  const scores = (
    body as { attributeScores?: Record<string, { summaryScore?: { value?: unknown } }> }
  )?.attributeScores;
  if (!scores || typeof scores !== "object") {
    throw new ExternalServiceError(
      "perspective",
      "bad-response",
      "response has no attributeScores",
    );
  }
  const value = (attribute: TAttribute): number | undefined => {
    const v = scores[attribute]?.summaryScore?.value;
    return typeof v === "number" && Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : undefined;
  };
  const harms: Partial<THarmScores> = {};
  for (const [harm, sources] of Object.entries(HARM_SOURCES) as Array<[THarm, TAttribute[]]>) {
    const values = sources.map(value).filter((v): v is number => v !== undefined);
    if (values.length > 0) harms[harm] = Math.max(...values);
  }
  return harms;
}

export function createPerspectiveScorer(
  client: TResilientClient,
  url: string,
  apiKey: string,
): TExternalScorer {
  return {
    name: "perspective",
    version: "comments-analyze-v1alpha1",
    async score(text) {
      if (text.trim() === "") return {};
      const body = await client.postJson(
        url,
        {
          comment: { text: text.slice(0, MAX_CHARS) },
          requestedAttributes: Object.fromEntries(ATTRIBUTES.map((a) => [a, {}])),
          // Comments under moderation may be personal data: ask Perspective not to keep them.
          doNotStore: true,
        },
        // In a header, not ?key=: URLs end up in proxy and server logs.
        { "x-goog-api-key": apiKey },
      );
      return mapPerspectiveResponse(body);
    },
  };
}

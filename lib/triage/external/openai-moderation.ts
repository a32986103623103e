// OpenAI's moderation endpoint (POST /v1/moderations) as a Vigil scorer. Its categories map onto
// Vigil's harms; it has nothing for profanity, extremism or misinformation.

import type { THarm, THarmScores } from "../types";
import { ExternalServiceError, type TResilientClient } from "./resilient-fetch";
import type { TExternalScorer } from "./types";

/**
 * Categories that speak for each harm (the harm takes the highest). "violence" is left out on
 * purpose: it scores depictions of violence, which war reporting and its comments are full of;
 * only the "/threatening" categories say someone is being threatened.
 */
const HARM_SOURCES: Partial<Record<THarm, string[]>> = {
  hate: ["hate", "hate/threatening"],
  harassment: ["harassment", "harassment/threatening"],
  threat: ["hate/threatening", "harassment/threatening"],
};

const MAX_CHARS = 10_000;

export function mapOpenAiModerationResponse(body: unknown): Partial<THarmScores> {
  const result = (body as { results?: Array<{ category_scores?: Record<string, unknown> }> })
    ?.results?.[0];
  const scores = result?.category_scores;
  if (!scores || typeof scores !== "object") {
    throw new ExternalServiceError(
      "openai-moderation",
      "bad-response",
      "response has no results[0].category_scores",
    );
  }
  const value = (category: string): number | undefined => {
    const v = scores[category];
    return typeof v === "number" && Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : undefined;
  };
  const harms: Partial<THarmScores> = {};
  for (const [harm, sources] of Object.entries(HARM_SOURCES) as Array<[THarm, string[]]>) {
    const values = sources.map(value).filter((v): v is number => v !== undefined);
    if (values.length > 0) harms[harm] = Math.max(...values);
  }
  return harms;
}

export function createOpenAiModerationScorer(
  client: TResilientClient,
  url: string,
  apiKey: string,
  model: string,
): TExternalScorer {
  return {
    name: "openai-moderation",
    version: model,
    async score(text) {
      if (text.trim() === "") return {};
      const body = await client.postJson(
        url,
        { model, input: text.slice(0, MAX_CHARS) },
        { authorization: `Bearer ${apiKey}` },
      );
      return mapOpenAiModerationResponse(body);
    },
  };
}

// Builds the configured external scorers from the environment: none unless a key is set, each
// with its own rate limit and circuit breaker so one failing service never slows the other.

import { readExternalEnv, type TExternalEnv } from "./config";
import { createOpenAiModerationScorer } from "./openai-moderation";
import { createPerspectiveScorer } from "./perspective";
import { createResilientClient, type TResilienceOptions } from "./resilient-fetch";
import type { TExternalScorer } from "./types";

function resilience(
  env: TExternalEnv,
  service: string,
  qps: number,
  secret: string,
): TResilienceOptions {
  return {
    service,
    timeoutMs: env.EXTERNAL_TIMEOUT_MS,
    maxRetries: env.EXTERNAL_MAX_RETRIES,
    baseDelayMs: env.EXTERNAL_RETRY_BASE_MS,
    maxDelayMs: env.EXTERNAL_MAX_DELAY_MS,
    qps,
    // Bursts above one request would break quotas counted per second (Perspective's is 1 QPS).
    burst: Math.max(1, Math.floor(qps)),
    failureThreshold: env.EXTERNAL_BREAKER_FAILURES,
    cooldownMs: env.EXTERNAL_BREAKER_COOLDOWN_MS,
    secrets: [secret],
  };
}

export function createExternalScorers(
  env: Record<string, string | undefined> = process.env,
): TExternalScorer[] {
  const config = readExternalEnv(env);
  const scorers: TExternalScorer[] = [];
  if (config.PERSPECTIVE_API_KEY) {
    const key = config.PERSPECTIVE_API_KEY;
    const client = createResilientClient(
      resilience(config, "perspective", config.PERSPECTIVE_QPS, key),
    );
    scorers.push(createPerspectiveScorer(client, config.PERSPECTIVE_URL, key));
  }
  if (config.OPENAI_API_KEY) {
    const key = config.OPENAI_API_KEY;
    const client = createResilientClient(
      resilience(config, "openai-moderation", config.OPENAI_MODERATION_QPS, key),
    );
    scorers.push(
      createOpenAiModerationScorer(
        client,
        config.OPENAI_MODERATION_URL,
        key,
        config.OPENAI_MODERATION_MODEL,
      ),
    );
  }
  return scorers;
}

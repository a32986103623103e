// Reads the external scorers' settings from the environment. Both services are off unless their
// key is set; a malformed number fails loudly at start-up, naming the variable (never a key).

import { z } from "zod";

const positive = (fallback: number) => z.coerce.number().positive().default(fallback);
const count = (fallback: number) => z.coerce.number().int().min(0).default(fallback);
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

const ZExternalEnv = z.object({
  PERSPECTIVE_API_KEY: optionalText,
  PERSPECTIVE_URL: z
    .url()
    .default("https://commentanalyzer.googleapis.com/v1alpha1/comments:analyze"),
  // Perspective's default quota is 1 query per second.
  PERSPECTIVE_QPS: positive(1),
  OPENAI_API_KEY: optionalText,
  OPENAI_MODERATION_URL: z.url().default("https://api.openai.com/v1/moderations"),
  OPENAI_MODERATION_MODEL: z.string().trim().min(1).default("omni-moderation-latest"),
  OPENAI_MODERATION_QPS: positive(5),
  EXTERNAL_TIMEOUT_MS: positive(5_000),
  EXTERNAL_MAX_RETRIES: count(3),
  EXTERNAL_RETRY_BASE_MS: positive(250),
  EXTERNAL_MAX_DELAY_MS: positive(30_000),
  EXTERNAL_BREAKER_FAILURES: z.coerce.number().int().min(1).default(5),
  EXTERNAL_BREAKER_COOLDOWN_MS: positive(30_000),
});

export type TExternalEnv = z.infer<typeof ZExternalEnv>;

export function readExternalEnv(env: Record<string, string | undefined>): TExternalEnv {
  const blankToUndefined = Object.fromEntries(
    Object.keys(ZExternalEnv.shape).map((key) => [
      key,
      env[key]?.trim() === "" ? undefined : env[key],
    ]),
  );
  const parsed = ZExternalEnv.safeParse(blankToUndefined);
  if (!parsed.success) {
    // Only variable names go into the message: a value could be a key pasted in the wrong place.
    const names = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
    throw new Error(`Invalid external scorer settings: ${names.join(", ")}`);
  }
  return parsed.data;
}

// Reads the admin-editable triage settings ("triage.thresholds", "triage.external") with safe
// defaults, so the triage engine, the reports and the settings pages agree on one value.
import { z } from "zod";
import type { TSql } from "@/lib/db/connect";
import { DEFAULT_THRESHOLDS } from "@/lib/reports/harms";
import { HARMS, type THarm } from "@/lib/triage/types";

export { THRESHOLDS_KEY } from "@/lib/triage/thresholds";
import { THRESHOLDS_KEY } from "@/lib/triage/thresholds";
export const EXTERNAL_KEY = "triage.external";

export const ZThreshold = z.number().min(0.01).max(0.99);
export const ZThresholds = z.object(
  Object.fromEntries(HARMS.map((h) => [h, ZThreshold])) as Record<THarm, typeof ZThreshold>,
);
export type TThresholds = Record<THarm, number>;

export const ZExternalScorers = z.object({ perspective: z.boolean(), openai: z.boolean() });
export type TExternalScorers = z.infer<typeof ZExternalScorers>;
export const DEFAULT_EXTERNAL: TExternalScorers = { perspective: false, openai: false };

/** The environment variable each external scorer needs; without it the switch has no effect. */
export const EXTERNAL_ENV: Record<keyof TExternalScorers, string> = {
  perspective: "PERSPECTIVE_API_KEY",
  openai: "OPENAI_API_KEY",
};

async function readSetting(sql: TSql, key: string): Promise<unknown> {
  const { rows } = await sql.query<{ value: unknown }>(
    `SELECT "value" FROM "Setting" WHERE "key" = $1`,
    [key],
  );
  return rows[0]?.value;
}

/** A stored value missing a harm, or out of range for one, keeps the default for that harm. */
export function thresholdsFrom(value: unknown): TThresholds {
  const out = { ...DEFAULT_THRESHOLDS };
  if (value && typeof value === "object") {
    for (const harm of HARMS) {
      const parsed = ZThreshold.safeParse((value as Record<string, unknown>)[harm]);
      if (parsed.success) out[harm] = parsed.data;
    }
  }
  return out;
}

export async function readThresholds(sql: TSql): Promise<TThresholds> {
  return thresholdsFrom(await readSetting(sql, THRESHOLDS_KEY));
}

export async function readExternalScorers(sql: TSql): Promise<TExternalScorers> {
  const parsed = ZExternalScorers.partial().safeParse(await readSetting(sql, EXTERNAL_KEY));
  return { ...DEFAULT_EXTERNAL, ...(parsed.success ? parsed.data : {}) };
}

// The one mapping between harms (lib/triage/types) and the flag categories moderators pick;
// reports, exports and backtests read it from here (score columns: lib/triage/score-columns).
import { HARM_LABEL, HARMS, type THarm } from "@/lib/triage/types";

export const FLAG_CATEGORIES = [
  "HATE",
  "MISINFORMATION",
  "HARASSMENT",
  "THREAT",
  "EXTREMISM",
  "SPAM",
  "OTHER",
] as const;
export type TFlagCategory = (typeof FLAG_CATEGORIES)[number];

/** SPAM and OTHER name no harm the engine scores; profanity has no moderator category. */
export const CATEGORY_HARM: Partial<Record<TFlagCategory, THarm>> = {
  HATE: "hate",
  HARASSMENT: "harassment",
  THREAT: "threat",
  EXTREMISM: "extremism",
  MISINFORMATION: "misinformation",
};

export const HARM_CATEGORY: Partial<Record<THarm, TFlagCategory>> = Object.fromEntries(
  Object.entries(CATEGORY_HARM).map(([category, harm]) => [harm, category]),
) as Partial<Record<THarm, TFlagCategory>>;

export function isHarm(value: unknown): value is THarm {
  return typeof value === "string" && (HARMS as readonly string[]).includes(value);
}

export function harmOfCategory(category: string | null | undefined): THarm | undefined {
  return category ? CATEGORY_HARM[category.toUpperCase() as TFlagCategory] : undefined;
}

export { HARM_LABEL };

/** Defaults live with the triage engine (lib/triage/thresholds.ts): one value everywhere. */
export { DEFAULT_THRESHOLDS } from "@/lib/triage/thresholds";

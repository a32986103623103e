// Publishers rate claims in their own words ("Pants on Fire", "Missing context", "Faux"); the
// queue shows one small vocabulary so moderators can read a suggestion at a glance.

export const VERDICTS = [
  "false",
  "misleading",
  "needs-context",
  "mixed",
  "unproven",
  "true",
  "satire",
] as const;
export type TVerdict = (typeof VERDICTS)[number];

const LABELS: Array<[TVerdict, RegExp]> = [
  ["satire", /\b(satire|satirical|parody)\b/],
  ["needs-context", /\b(missing|needs?|lacks?|lacking|out of|without) context\b|\bcontext\b/],
  ["mixed", /\b(mixed|mixture|half[- ]true|partly|partially|part true|half[- ]false)\b/],
  ["misleading", /\b(misleading|mostly false|distort|exaggerat|cherry|spin|manipulated|altered)/],
  [
    "unproven",
    /\b(unproven|unverified|unsupported|unsubstantiated|no evidence|not proven|research in progress|undetermined|unclear)\b/,
  ],
  [
    "false",
    /\b(false|fake|hoax|incorrect|wrong|fabricated|pants on fire|four pinocchios|debunked|baseless|not true|untrue|faux|falso|scam)\b/,
  ],
  ["true", /\b(true|correct|accurate|verified|confirmed|legit|vrai|verdadero)\b/],
];

/**
 * Folds a publisher's label into Vigil's vocabulary; an unknown label is kept, lower-cased,
 * rather than guessed. Order matters: "mostly false" is misleading, "not true" is false.
 */
export function normalizeVerdict(label: string): string {
  const text = label.trim().toLowerCase().replace(/\s+/g, " ");
  if (text === "") return text;
  if (text === "mostly true") return "true";
  for (const [verdict, pattern] of LABELS) if (pattern.test(text)) return verdict;
  return text;
}

/**
 * A numeric schema.org rating (worst … best, best meaning true) mapped onto the vocabulary,
 * for ClaimReviews that carry numbers and no label.
 */
export function verdictFromRating(value: number, best = 5, worst = 1): string | null {
  if (
    !Number.isFinite(value) ||
    !Number.isFinite(best) ||
    !Number.isFinite(worst) ||
    best === worst
  )
    return null;
  const position = (value - worst) / (best - worst);
  if (position < 0 || position > 1) return null;
  if (position < 0.25) return "false";
  if (position < 0.5) return "misleading";
  if (position < 0.75) return "mixed";
  return "true";
}

// When a comment was written and when a fact-check was published, as whole days (UTC), and what
// the ranker reads from the two: claims are repeated while they circulate, and fact-checkers
// publish within days of that. On CLEF 2020 train, 86 % of the tweets' fact-checks came out within
// 30 days after the tweet (median 2 days). Either date may be unknown: the features are then NaN,
// which the ranker counts as the training mean (no effect on the order).

import { normaliseTimestamp } from "@/lib/import/parse/dates";

/** A date as given: ISO 8601 text, "26 May 2015", "May 26, 2015", a Date, or null / undefined. */
export type TDateInput = string | Date | null | undefined;

/**
 * The byline of an embedded post as it is pasted or quoted ("— Jane Doe (@jane) March 24, 2019"):
 * the date the quoted post was written.
 */
const BYLINE = /\(@\w{1,30}\)\s+([A-Za-z]{3,9}\.? \d{1,2}, \d{4})/g;

const DAY_MS = 86_400_000;

/**
 * Days since 1970-01-01 (UTC) of a date in any form the importers read (lib/import/parse/dates.ts:
 * ISO 8601, "26 May 2015", "May 26, 2015", RFC 2822, …; a time of day is dropped); null if none.
 */
export function parseDay(value: TDateInput): number | null {
  if (value === null || value === undefined) return null;
  const ms =
    value instanceof Date
      ? value.getTime()
      : Date.parse(`${normaliseTimestamp(value, true)?.slice(0, 10) ?? "-"}T00:00:00Z`);
  return Number.isFinite(ms) ? Math.floor(ms / DAY_MS) : null;
}

/** The day as ISO text ("2019-03-24"), how a library stores it. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The date of the last embedded post's byline in a text ("(@handle) March 24, 2019"); null if none. */
export function bylineDay(text: string): number | null {
  let last: number | null = null;
  for (const m of text.matchAll(BYLINE)) last = parseDay(m[1]) ?? last;
  return last;
}

/**
 * The day a comment's claims were said: the quoted post's byline when it has one (the claim
 * circulated then), else the comment's own date.
 */
export function commentDay(text: string, date?: TDateInput): number | null {
  return bylineDay(text) ?? parseDay(date);
}

export const DATE_FEATURES = ["dateGap", "dateNear", "dateBefore"] as const;

/** Days after the comment within which a fact-check counts as "near" (it answers that wave). */
const NEAR_AFTER = 30;
/** A fact-check more than this many days before the comment is "before" (an old claim revived). */
const BEFORE = 3;

/**
 * log(1 + |days between|), whether the fact-check came out within 30 days after the comment (or up
 * to 3 before), and whether it came out more than 3 days before it; NaN for each when a date is unknown.
 */
export function dateFeatures(comment: number | null, claim: number | null): number[] {
  if (comment === null || claim === null) return [NaN, NaN, NaN];
  const gap = claim - comment;
  return [
    Math.log1p(Math.abs(gap)),
    gap >= -BEFORE && gap <= NEAR_AFTER ? 1 : 0,
    gap < -BEFORE ? 1 : 0,
  ];
}

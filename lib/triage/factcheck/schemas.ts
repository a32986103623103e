// The fact-check record every loader produces, its zod schema, and the loaders' result shape.

import { z } from "zod";
import { isoDay, parseDay } from "./claim-dates";

/** The verdict of a fact-check whose library gives none. */
export const UNRATED = "unrated";

const nullableText = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v : null));

/**
 * A publication date in any form claim-dates.ts reads, kept as its ISO day "2019-03-24"; one it
 * cannot read is null (the collector reports it: the claim loads without its date).
 */
const isoDate = nullableText.transform((v) => {
  const day = parseDay(v);
  return day === null ? null : isoDay(day);
});

/** A required text field whose errors name it: "claim is missing", not zod's "expected string". */
function requiredText(field: string) {
  return z.string({
    error: (issue) =>
      issue.input === undefined || issue.input === null
        ? `${field} is missing`
        : `${field} must be text, not ${Array.isArray(issue.input) ? "a list" : typeof issue.input}`,
  });
}

export const ZFactCheck = z.object({
  id: requiredText("id").trim().min(1, "id is empty").max(200),
  claim: requiredText("claim").trim().min(3, "claim is empty or too short").max(5_000),
  /** Real libraries often carry none (CheckThat's do not): missing or empty loads as "unrated". */
  verdict: z
    .string()
    .trim()
    .max(100)
    .nullish()
    .transform((v) => (v ? v : UNRATED)),
  url: nullableText.pipe(z.union([z.url({ protocol: /^https?$/ }), z.null()])),
  publisher: nullableText,
  title: nullableText.optional(),
  /** Who made the claim, when the source says (ClaimReview's itemReviewed.author). */
  claimant: nullableText.optional(),
  /** When the fact-check was published (ClaimReview's datePublished): claims are matched best near it. */
  date: isoDate.optional(),
});

export type TFactCheck = z.infer<typeof ZFactCheck>;

/** `where` is a position a person can find in the file: "line 3", "row 7", "item 2". */
export type TLoadError = { where: string; message: string };

/**
 * `undated`: records loaded without their date because it could not be read ("21February 2009",
 * a sentence pasted into the date column): a bad date costs the ranker one signal, not the claim.
 */
export type TLoadResult = { claims: TFactCheck[]; errors: TLoadError[]; undated?: TLoadError[] };

/**
 * Joins zod issues into one readable message ("url: Invalid URL; claim is missing"): a message
 * that already names its field is not prefixed with it again.
 */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.join(".");
      return field && !issue.message.startsWith(`${field} `)
        ? `${field}: ${issue.message}`
        : issue.message;
    })
    .join("; ");
}

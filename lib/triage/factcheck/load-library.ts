// One entry point for a fact-check library file of any supported format (JSONL, CSV/TSV,
// schema.org ClaimReview JSON), used by `vigil score --factchecks` and the admin import alike,
// and one way to report its bad records: the first 20 with their place, then a count.

import { loadClaimReviewJson } from "./load-claim-review";
import { loadFactChecksCsv, loadFactChecksJsonl } from "./load-factchecks";
import type { TLoadError, TLoadResult } from "./schemas";

export const LIBRARY_FORMATS = ["jsonl", "csv", "claimreview"] as const;
export type TLibraryFormat = (typeof LIBRARY_FORMATS)[number];

/** How many bad records are listed one by one; the rest are counted. */
export const LISTED_LOAD_ERRORS = 20;

/** The format from the file name, else from the first characters. */
export function detectLibraryFormat(filename: string, text: string): TLibraryFormat {
  const name = filename.toLowerCase();
  if (/\.(csv|tsv|txt)$/.test(name)) return "csv";
  if (/\.(jsonl|ndjson)$/.test(name)) return "jsonl";
  const head = text.replace(/^\uFEFF/, "").trimStart();
  if (head.startsWith("[") || /"@type"|"@context"/.test(head.slice(0, 2000))) return "claimreview";
  if (head.startsWith("{")) {
    // One object over many lines is ClaimReview JSON; one object per line is JSONL.
    const firstLine = head.split(/\r?\n/, 1)[0];
    try {
      JSON.parse(firstLine);
      return "jsonl";
    } catch {
      return "claimreview";
    }
  }
  return "csv";
}

export function loadLibrary(
  filename: string,
  text: string,
  format: TLibraryFormat | "auto" = "auto",
): { format: TLibraryFormat; result: TLoadResult } {
  const chosen = format === "auto" ? detectLibraryFormat(filename, text) : format;
  const loaders = {
    jsonl: loadFactChecksJsonl,
    csv: loadFactChecksCsv,
    claimreview: loadClaimReviewJson,
  };
  return { format: chosen, result: loaders[chosen](text) };
}

/** The first LISTED_LOAD_ERRORS errors and how many more there are. */
export function summarizeLoadErrors(
  errors: readonly TLoadError[],
  listed = LISTED_LOAD_ERRORS,
): { listed: TLoadError[]; more: number } {
  return { listed: errors.slice(0, listed), more: Math.max(0, errors.length - listed) };
}

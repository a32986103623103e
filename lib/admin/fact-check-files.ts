// Reads an uploaded fact-check library with the triage engine's loaders (JSONL, CSV/TSV, schema.org
// ClaimReview JSON), picking the loader from the chosen format, else the file name and content.
import { loadClaimReviewJson, loadFactChecksCsv, loadFactChecksJsonl, type TLoadResult } from "@/lib/triage/factcheck";
import type { FACTCHECK_FORMATS } from "./schemas";

type TFormat = (typeof FACTCHECK_FORMATS)[number];

export function detectFactCheckFormat(filename: string, text: string): Exclude<TFormat, "auto"> {
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

export function readFactCheckFile(filename: string, format: TFormat, text: string): { format: Exclude<TFormat, "auto">; result: TLoadResult } {
  const chosen = format === "auto" ? detectFactCheckFormat(filename, text) : format;
  const loaders = { jsonl: loadFactChecksJsonl, csv: loadFactChecksCsv, claimreview: loadClaimReviewJson };
  return { format: chosen, result: loaders[chosen](text) };
}

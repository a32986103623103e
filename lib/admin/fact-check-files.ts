// Reads an uploaded fact-check library with the triage engine's loaders (JSONL, CSV/TSV, schema.org
// ClaimReview JSON), picking the loader from the chosen format, else the file name and content.
import { detectLibraryFormat, loadLibrary } from "@/lib/triage/factcheck/load-library";
import type { TLoadResult } from "@/lib/triage/factcheck";
import type { FACTCHECK_FORMATS } from "./schemas";

type TFormat = (typeof FACTCHECK_FORMATS)[number];

export const detectFactCheckFormat = detectLibraryFormat;

export function readFactCheckFile(
  filename: string,
  format: TFormat,
  text: string,
): { format: Exclude<TFormat, "auto">; result: TLoadResult } {
  return loadLibrary(filename, text, format);
}

// Small file readers shared by the data-set loaders: CSV/TSV rows as records, and the cleaning
// every social-media text gets (entities decoded, handles, links and retweet marks removed).

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";

export function readTable(
  file: string,
  opts: { delimiter?: string; columns?: boolean | string[] } = {},
): Array<Record<string, string>> {
  return parse(readFileSync(file, "utf8"), {
    columns: opts.columns ?? true,
    delimiter: opts.delimiter ?? ",",
    skip_empty_lines: true,
    relax_quotes: true,
    relax_column_count: true,
    bom: true,
  }) as unknown as Array<Record<string, string>>;
}

export function fileIn(dataDir: string, rel: string): string | null {
  const file = path.join(dataDir, rel);
  return existsSync(file) ? file : null;
}

/** Social-media artefacts are data-set noise, not language. */
export function cleanSocial(text: string): string {
  return String(text ?? "")
    .replace(/&#(\d+);/g, (_, code: string) =>
      Number(code) < 0xd800 ? String.fromCodePoint(Number(code)) : " ",
    )
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/\bRT\b/g, " ")
    .replace(/@\w+:?/g, " ")
    .replace(/\bURL\b|https?:\/\/\S+/g, " ")
    .replace(/^[\s"']+|[\s"']+$/g, "")
    .replace(/""/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/** The key two texts share when they are the same comment (case, spacing, punctuation aside). */
export function dedupeKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

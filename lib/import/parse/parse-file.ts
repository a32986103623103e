// The import parser's entry point: bytes in, TParseResult out (the `vigil parse` contract).
// Synchronous and pure: no I/O, no database; every supported format is parsed in memory.
import type { TImportFormat, TParsedArticle, TParseResult } from "@/lib/import/types";
import { parseCsv } from "./csv";
import { decodeBytes } from "./decode";
import { detectFormat } from "./detect-format";
import { parseDisqus } from "./disqus";
import { FILE_WHERE, IssueLog } from "./issue-log";
import { parseHtmlPage } from "./html-page/parse-html-page";
import { parseTextPage } from "./text-page/parse-text-page";
import { parseVigilJson, parseVigilJsonl } from "./vigil-json-file";
import { parseWxr } from "./wxr";

export type TParseOptions = { filename?: string; format?: "auto" | TImportFormat };

const PARSERS: Record<TImportFormat, (text: string, log: IssueLog) => TParsedArticle[]> = {
  text: (text, log) => {
    const page = parseTextPage(text, log);
    return page.article ? [page.article] : [];
  },
  html: (text, log) => {
    const page = parseHtmlPage(text, log);
    return page.article ? [page.article] : [];
  },
  json: parseVigilJson,
  jsonl: parseVigilJsonl,
  csv: parseCsv,
  wxr: parseWxr,
  disqus: parseDisqus,
};

/** Parses already-decoded text (API bodies, tests). */
export function parseText(text: string, opts: TParseOptions = {}): TParseResult {
  const format =
    !opts.format || opts.format === "auto" ? detectFormat(text, opts.filename) : opts.format;
  const log = new IssueLog();
  const articles = PARSERS[format](text, log);
  return { format, articles, warnings: log.warnings, errors: log.errors };
}

/**
 * Decodes and parses a file. Never throws on bad content: an unreadable file (empty, binary) gives
 * no articles and one error whose `where` is "file" (see isUnreadable); bad records give errors.
 */
export function parseFile(bytes: Uint8Array, opts: TParseOptions = {}): TParseResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    const format = opts.format && opts.format !== "auto" ? opts.format : "text";
    return {
      format,
      articles: [],
      warnings: [],
      errors: [{ where: FILE_WHERE, message: decoded.message }],
    };
  }
  const result = parseText(decoded.text, opts);
  const notes = decoded.warnings.map((message) => ({ where: FILE_WHERE, message }));
  return { ...result, warnings: [...notes, ...result.warnings] };
}

/** True when parseFile could not read the file at all (as opposed to some records failing). */
export function isUnreadable(result: TParseResult): boolean {
  return result.articles.length === 0 && result.errors.some((e) => e.where === FILE_WHERE);
}

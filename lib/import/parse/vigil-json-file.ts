// Parses whole Vigil JSON and JSONL files into articles. Each record goes through parseVigilRecord;
// a bad record becomes an error and the others still come through.
import type { TParsedArticle } from "@/lib/import/types";
import { ArticleGrouper } from "./article-grouper";
import { DOCUMENT_WHERE, type IssueLog } from "./issue-log";
import { parseVigilLine, parseVigilRecord, shorten, type TVigilRecord } from "./vigil-json";

function collect(grouper: ArticleGrouper, record: TVigilRecord, log: IssueLog): void {
  if (record.kind === "error") return log.error(record.error.where, record.error.message);
  if (record.kind === "comment")
    return grouper.addComment(record.article, record.articleKey, record.comment);
  for (const e of record.errors) log.error(e.where, e.message);
  grouper.addArticle(record.article);
}

/** Line number of a JSON.parse failure, when the engine reports a position. */
function lineOfJsonError(text: string, message: string): number | null {
  const m = /position (\d+)/.exec(message);
  if (!m) return null;
  const pos = Math.min(Number(m[1]), text.length);
  let line = 1;
  for (let i = 0; i < pos; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function parseVigilJsonl(text: string, log: IssueLog): TParsedArticle[] {
  const grouper = new ArticleGrouper();
  let lineNumber = 0;
  let start = 0;
  // Walk the text without split() so a huge file is not duplicated into an array of lines.
  while (start <= text.length) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl;
    lineNumber++;
    const record = parseVigilLine(text.slice(start, end), lineNumber);
    if (record) collect(grouper, record, log);
    if (nl === -1) break;
    start = nl + 1;
  }
  return grouper.articles();
}

export function parseVigilJson(text: string, log: IssueLog): TParsedArticle[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const line = lineOfJsonError(text, message);
    // Files named .json are often JSON Lines; if every line stands alone, read them that way.
    const lines = text.split("\n").filter((l) => l.trim() !== "");
    if (lines.length > 1 && lines.every((l) => /^\s*[{[]/.test(l))) {
      log.warn(
        DOCUMENT_WHERE,
        "not a single JSON document; read as JSON Lines (one record per line)",
      );
      return parseVigilJsonl(text, log);
    }
    log.error(line ? `line ${line}` : DOCUMENT_WHERE, `invalid JSON: ${shorten(message)}`);
    return [];
  }
  const grouper = new ArticleGrouper();
  const wrapped = value as { articles?: unknown } | null;
  let records: unknown[];
  if (Array.isArray(value)) records = value;
  else if (wrapped && typeof wrapped === "object" && Array.isArray(wrapped.articles))
    records = wrapped.articles;
  else records = [value];
  records.forEach((item, i) => collect(grouper, parseVigilRecord(item, `record ${i + 1}`), log));
  return grouper.articles();
}

// CSV (or TSV / semicolon) import: one comment per row, grouped into articles by the article
// columns. A broken row (wrong column count, bad quoting) is reported as "row N" and skipped.
import { parse } from "csv-parse/sync";
import type { TParsedArticle, TParsedComment } from "@/lib/import/types";
import { ArticleGrouper, articleKeyOf, type TArticleRef } from "./article-grouper";
import { mapColumns, type TCsvColumn } from "./csv-columns";
import { normaliseTimestamp } from "./dates";
import { htmlToText, looksLikeHtml } from "./html-to-text";
import { DOCUMENT_WHERE, type IssueLog } from "./issue-log";
import { checkCommentLength } from "./limits";

/** The delimiter used most on the first line, counting only outside quotes. */
export function sniffDelimiter(firstLine: string): string {
  const counts: Record<string, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  return Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
}

const QUOTE_RUN_ON = new Set(["CSV_QUOTE_NOT_CLOSED", "CSV_INVALID_CLOSING_QUOTE"]);

type TRowHandler = (fields: string[], row: number) => void;
type TRowError = (row: number, line: number, message: string) => void;

/**
 * Reads every record; when csv-parse stops on a quoting error, reports it and resumes on the next
 * physical line, so one stray quote costs one row, not the rest of the file.
 */
function readRecords(
  text: string,
  delimiter: string,
  onRow: TRowHandler,
  onError: TRowError,
): void {
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  let fromLine = 1; // 1-based physical line where the current pass starts
  let row = 0;
  while (fromLine <= lineStarts.length) {
    let lastEndLine = fromLine - 1;
    try {
      parse(text.slice(lineStarts[fromLine - 1]), {
        delimiter,
        relax_column_count: true,
        skip_empty_lines: true,
        on_record: (record: string[], context) => {
          lastEndLine = fromLine - 1 + context.lines;
          onRow(record, ++row);
          return null;
        },
      });
      return;
    } catch (error) {
      const e = error as { code?: string; lines?: number; message?: string };
      const startLine = lastEndLine + 1;
      const errorLine = fromLine - 1 + (e.lines ?? 1);
      onError(++row, startLine, (e.message ?? String(error)).replace(/ at line \d+/, ""));
      // A stray opening quote runs on over the following lines, either to the end of the file
      // (not closed) or to the next quote it meets, which it mistakes for its closing one (a
      // quoted field of the next, valid row): either way restart on the line after the row it
      // opened, so the rows it swallowed are read again and keep their numbers.
      const next = QUOTE_RUN_ON.has(e.code ?? "")
        ? startLine + 1
        : Math.max(errorLine, startLine) + 1;
      if (next <= fromLine) return;
      fromLine = next;
    }
  }
}

export function parseCsv(text: string, log: IssueLog): TParsedArticle[] {
  const firstLine = text.slice(0, Math.max(0, text.indexOf("\n")) || text.length);
  const delimiter = sniffDelimiter(firstLine);
  const grouper = new ArticleGrouper();
  let columns: ReturnType<typeof mapColumns> | null = null;
  let width = 0;
  let missingBody = false;
  let orphanRows = 0;

  const onRow: TRowHandler = (fields, row) => {
    if (!columns) {
      columns = mapColumns(fields);
      width = fields.length;
      if (columns.ignored.length)
        log.warn("row 1", `ignored unknown columns: ${columns.ignored.join(", ")}`);
      if (columns.duplicates.length)
        log.warn("row 1", `ignored duplicate columns: ${columns.duplicates.join(", ")}`);
      if (columns.index.body === undefined) {
        missingBody = true;
        log.error(
          "row 1",
          "header has no body column (expected body, comment, text, message or content)",
        );
      }
      return;
    }
    if (missingBody) return;
    const where = `row ${row}`;
    if (fields.length !== width)
      return log.error(where, `expected ${width} columns, found ${fields.length}`);
    const get = (c: TCsvColumn): string | null => {
      const i = columns!.index[c];
      const v = i === undefined ? undefined : fields[i]?.trim();
      return v ? v : null;
    };
    const rawBody = get("body") ?? "";
    const body = looksLikeHtml(rawBody) ? htmlToText(rawBody) : rawBody;
    if (!body) return log.error(where, "body: must not be empty");
    const tooLong = checkCommentLength(body);
    if (tooLong) return log.error(where, tooLong);
    const postedRaw = get("posted_at");
    const postedAt = normaliseTimestamp(postedRaw);
    if (postedRaw && !postedAt)
      log.warn(where, `posted_at: "${postedRaw.slice(0, 40)}" is not a recognised date; left null`);
    const publishedRaw = get("article_published_at");
    const articleBody = get("article_body");
    const ref: TArticleRef = {
      url: get("article_url"),
      externalId: get("article_id"),
      title: get("article_title"),
      source: get("article_source"),
      publishedAt: normaliseTimestamp(publishedRaw),
      body: articleBody && looksLikeHtml(articleBody) ? htmlToText(articleBody) : articleBody,
    };
    const comment: TParsedComment = {
      externalId: get("comment_id"),
      author: get("author"),
      replyTo: get("reply_to"),
      parentExternalId: get("parent_id"),
      postedAt,
      body,
    };
    let key = articleKeyOf(ref);
    if (!key) {
      orphanRows++;
      key = "(no article)";
    }
    grouper.addComment(ref, key, comment);
  };

  readRecords(text, delimiter, onRow, (row, line, message) =>
    log.error(`row ${row}`, `${message} (line ${line})`),
  );
  if (orphanRows) {
    log.warn(
      DOCUMENT_WHERE,
      `${orphanRows} rows name no article (no article_url, article_id or article_title column value); grouped into one untitled article`,
    );
  }
  return grouper.articles();
}

// Streams an export (moderation actions or comments) as CSV or NDJSON text chunks, reading the
// database in keyset batches so memory stays flat however long the export. The API route, the
// `vigil export` command and the benchmark all run this one generator.
import type { TSql } from "@/lib/db/connect";
import type { TReportFilters } from "./filters";
import { csvHeader, formatCsvRows, formatNdjsonRows, type TExportFormat, type TExportKind } from "./export-format";
import { auditRowsWhere, commentRowsWhere, isoText, SqlParams } from "./sql";

export const EXPORT_BATCH_SIZE = 5_000;

type TCursor = { at: string; id: number };
type TExportRow = Record<string, unknown> & { cursorAt: string; id: number };

const SELECT: Record<TExportKind, string> = {
  actions: `SELECT m."id", ${isoText(`m."createdAt"`)} AS "createdAt", m."createdAt"::text AS "cursorAt", m."actorId", m."actorEmail",
      m."action", m."targetType", m."targetId", m."reason", m."batchId", m."undoOf", m."before"::text AS "before", m."after"::text AS "after"
    FROM "ModerationAction" m`,
  comments: `SELECT c."id", c."articleId", a."title" AS "articleTitle", c."externalId", au."name" AS "author",
      ${isoText(`c."postedAt"`)} AS "postedAt", ${isoText(`c."createdAt"`)} AS "createdAt", c."createdAt"::text AS "cursorAt",
      c."status"::text AS "status", c."flagCategory"::text AS "flagCategory", c."priority", c."hateScore", c."harassmentScore",
      c."threatScore", c."profanityScore", c."extremismScore", c."misinfoScore", c."flaggedHarms", c."hasClaimMatch", c."body"
    FROM "Comment" c JOIN "Article" a ON a."id" = c."articleId" LEFT JOIN "Author" au ON au."id" = c."authorId"`,
};

const KEY: Record<TExportKind, string> = { actions: "m", comments: "c" };

export function buildExportQuery(kind: TExportKind, filters: TReportFilters, cursor: TCursor | null, limit: number) {
  const p = new SqlParams();
  const alias = KEY[kind];
  let whereText = kind === "actions" ? auditRowsWhere(p, filters) : commentRowsWhere(p, filters);
  if (cursor) whereText += ` AND (${alias}."createdAt", ${alias}."id") > (${p.add(cursor.at)}::timestamp, ${p.add(cursor.id)}::int)`;
  const text = `${SELECT[kind]} WHERE ${whereText} ORDER BY ${alias}."createdAt", ${alias}."id" LIMIT ${Math.max(1, Math.floor(limit))}`;
  return { text, params: p.values };
}

export async function countExport(sql: TSql, kind: TExportKind, filters: TReportFilters): Promise<number> {
  const p = new SqlParams();
  const text =
    kind === "actions"
      ? `SELECT count(*)::int AS n FROM "ModerationAction" m WHERE ${auditRowsWhere(p, filters)}`
      : `SELECT count(*)::int AS n FROM "Comment" c WHERE ${commentRowsWhere(p, filters)}`;
  const { rows } = await sql.query<{ n: number }>(text, p.values);
  return rows[0]?.n ?? 0;
}

export type TExportOptions = {
  kind: TExportKind;
  format: TExportFormat;
  filters: TReportFilters;
  batchSize?: number;
  /** Called after each batch with its row count (progress, totals). */
  onRows?: (count: number) => void;
};

/**
 * Yields the header (CSV) then one chunk per batch. The next batch is fetched while the current one
 * is formatted and written, so the database and the consumer work in parallel; at most two batches
 * are in memory at any time.
 */
export async function* exportChunks(sql: TSql, opts: TExportOptions): AsyncGenerator<string, void, undefined> {
  const { kind, format, filters } = opts;
  const batchSize = opts.batchSize ?? EXPORT_BATCH_SIZE;
  const fetchBatch = (cursor: TCursor | null) => {
    const { text, params } = buildExportQuery(kind, filters, cursor, batchSize);
    return sql.query<TExportRow>(text, params).then((r) => r.rows);
  };
  if (format === "csv") yield csvHeader(kind);
  let next: Promise<TExportRow[]> | null = fetchBatch(null);
  try {
    while (next) {
      const rows: TExportRow[] = await next;
      next = null;
      if (rows.length === 0) return;
      if (rows.length === batchSize) {
        const last = rows[rows.length - 1];
        next = fetchBatch({ at: last.cursorAt, id: last.id });
      }
      yield format === "csv" ? formatCsvRows(kind, rows) : formatNdjsonRows(kind, rows);
      opts.onRows?.(rows.length);
    }
  } finally {
    // The consumer stopped early (client went away): let an in-flight batch settle quietly.
    next?.catch(() => undefined);
  }
}

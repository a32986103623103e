// Streams an export (moderation actions or comments) as CSV or NDJSON byte chunks, reading the
// database in keyset batches so memory stays flat however long the export. The API route, the
// `vigil export` command and the benchmark all run this one generator.
import type { Writable } from "node:stream";
import type { Stringifier } from "csv-stringify";
import type pg from "pg";
import type { TSql } from "@/lib/db/connect";
import type { TReportFilters } from "./filters";
import {
  csvRecord,
  csvStringifier,
  EXPORT_COLUMNS,
  formatNdjsonRows,
  valuesOf,
  type TExportValues,
} from "./export-format";
import type { TExportFormat, TExportKind } from "./export-kinds";
import { auditRowsWhere, commentRowsWhere, isoText, SqlParams } from "./sql";

export const EXPORT_BATCH_SIZE = 5_000;

/** db.sql for everything; db.pool (PostgreSQL) when present, to read rows as arrays (about 2× faster to parse). */
export type TExportDb = { sql: TSql; pool?: pg.Pool | null };

/** The keyset position: the last row's createdAt (ISO text, millisecond precision like the column) and id. */
type TCursor = { at: string; id: number };

// Column expressions in the order of EXPORT_COLUMNS (asserted below).
const SELECT_LIST: Record<TExportKind, Array<[string, string]>> = {
  actions: [
    ["id", `m."id"`],
    ["createdAt", isoText(`m."createdAt"`)],
    ["actorId", `m."actorId"`],
    ["actorEmail", `m."actorEmail"`],
    ["action", `m."action"`],
    ["targetType", `m."targetType"`],
    ["targetId", `m."targetId"`],
    ["reason", `m."reason"`],
    ["batchId", `m."batchId"`],
    ["undoOf", `m."undoOf"`],
    ["before", `m."before"::text`],
    ["after", `m."after"::text`],
  ],
  comments: [
    ["id", `c."id"`],
    ["articleId", `c."articleId"`],
    ["articleTitle", `a."title"`],
    ["externalId", `c."externalId"`],
    ["author", `au."name"`],
    ["postedAt", isoText(`c."postedAt"`)],
    ["createdAt", isoText(`c."createdAt"`)],
    ["status", `c."status"::text`],
    ["flagCategory", `c."flagCategory"::text`],
    ["priority", `c."priority"`],
    ["hateScore", `c."hateScore"`],
    ["harassmentScore", `c."harassmentScore"`],
    ["threatScore", `c."threatScore"`],
    ["profanityScore", `c."profanityScore"`],
    ["extremismScore", `c."extremismScore"`],
    ["misinfoScore", `c."misinfoScore"`],
    ["flaggedHarms", `c."flaggedHarms"`],
    ["hasClaimMatch", `c."hasClaimMatch"`],
    ["body", `c."body"`],
  ],
};
for (const kind of Object.keys(SELECT_LIST) as TExportKind[]) {
  if (SELECT_LIST[kind].map(([k]) => k).join() !== EXPORT_COLUMNS[kind].map((c) => c.key).join())
    throw new Error(`export columns of ${kind} out of order`);
}

const FROM: Record<TExportKind, string> = {
  actions: `"ModerationAction" m`,
  comments: `"Comment" c JOIN "Article" a ON a."id" = c."articleId" LEFT JOIN "Author" au ON au."id" = c."authorId"`,
};
const ALIAS: Record<TExportKind, string> = { actions: "m", comments: "c" };
const CREATED_AT_INDEX: Record<TExportKind, number> = { actions: 1, comments: 6 };

export function buildExportQuery(
  kind: TExportKind,
  filters: TReportFilters,
  cursor: TCursor | null,
  limit: number,
) {
  const p = new SqlParams();
  const alias = ALIAS[kind];
  let whereText = kind === "actions" ? auditRowsWhere(p, filters) : commentRowsWhere(p, filters);
  if (cursor) {
    whereText += ` AND (${alias}."createdAt", ${alias}."id") > ((${p.add(cursor.at)}::timestamptz AT TIME ZONE 'UTC'), ${p.add(cursor.id)}::int)`;
  }
  const select = SELECT_LIST[kind].map(([key, expr]) => `${expr} AS "${key}"`).join(", ");
  const text = `SELECT ${select} FROM ${FROM[kind]} WHERE ${whereText} ORDER BY ${alias}."createdAt", ${alias}."id" LIMIT ${Math.max(1, Math.floor(limit))}`;
  return { text, params: p.values };
}

export async function countExport(
  sql: TSql,
  kind: TExportKind,
  filters: TReportFilters,
): Promise<number> {
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
 * Keyset batches of rows. The next batch is fetched while the current one is formatted and
 * written, so the database and the consumer work in parallel; at most two batches are in memory.
 */
async function* rowBatches(
  db: TExportDb,
  opts: TExportOptions,
): AsyncGenerator<TExportValues[], void, undefined> {
  const batchSize = opts.batchSize ?? EXPORT_BATCH_SIZE;
  const fetchBatch = async (cursor: TCursor | null): Promise<TExportValues[]> => {
    const { text, params } = buildExportQuery(opts.kind, opts.filters, cursor, batchSize);
    if (db.pool)
      return (await db.pool.query<unknown[]>({ text, values: params, rowMode: "array" })).rows;
    return (await db.sql.query<Record<string, unknown>>(text, params)).rows.map((row) =>
      valuesOf(opts.kind, row),
    );
  };
  let next: Promise<TExportValues[]> | null = fetchBatch(null);
  try {
    while (next) {
      const rows: TExportValues[] = await next;
      next = null;
      if (rows.length === 0) return;
      if (rows.length === batchSize) {
        const last = rows[rows.length - 1];
        next = fetchBatch({ at: String(last[CREATED_AT_INDEX[opts.kind]]), id: Number(last[0]) });
      }
      yield rows;
      opts.onRows?.(rows.length);
    }
  } finally {
    // The consumer stopped early (client went away): let an in-flight batch settle quietly.
    next?.catch(() => undefined);
  }
}

/** Resolves when a writable can take more, or has closed (then the caller stops writing). */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("close", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("close", done);
  });
}

/**
 * Writes each batch's records into the CSV stringifier in one synchronous loop (a stream step per
 * record cost more than the formatting itself), then waits for it to drain before the next batch.
 */
async function feedCsv(
  db: TExportDb,
  opts: TExportOptions,
  stringifier: Stringifier,
): Promise<void> {
  try {
    for await (const rows of rowBatches(db, opts)) {
      if (stringifier.destroyed) return;
      let roomLeft = true;
      for (const row of rows) roomLeft = stringifier.write(csvRecord(opts.kind, row));
      if (!roomLeft) await drained(stringifier);
    }
    stringifier.end();
  } catch (error) {
    stringifier.destroy(error as Error);
  }
}

/** The export as byte chunks: CSV (with a header row) or NDJSON. Memory stays flat. */
export async function* exportChunks(
  db: TExportDb,
  opts: TExportOptions,
): AsyncGenerator<Uint8Array, void, undefined> {
  if (opts.format === "ndjson") {
    for await (const rows of rowBatches(db, opts))
      yield Buffer.from(formatNdjsonRows(opts.kind, rows), "utf8");
    return;
  }
  const stringifier = csvStringifier(opts.kind);
  // A database error destroys the stringifier with it, which ends the loop below with that error;
  // leaving the loop early (client gone) destroys the stringifier, which stops the feeding.
  const feeding = feedCsv(db, opts, stringifier);
  try {
    for await (const chunk of stringifier) yield chunk as Buffer;
  } finally {
    stringifier.destroy();
    await feeding;
  }
}

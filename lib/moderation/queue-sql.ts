// The queue's SQL: filters, sorts and keyset pages over "Comment", written against the raw SQL
// handle so the same functions serve the page, the API, bulk actions and the benchmark.
import { SCORE_COLUMN } from "@/lib/triage/score-columns";
import type { TSql } from "@/lib/db/connect";
import { decodeCursor, encodeCursor } from "./cursor";
import { statusesFor, type TQueueParams, type TQueueSort } from "./queue-params";
import { COMMENT_STATUSES, type TCommentStatus, type TQueueRow, type TQueuePage } from "./types";
import { type THarm } from "@/lib/triage/types";
import {
  filterClauses,
  newArgs,
  residualClauses,
  walkColumns,
  where,
  type TArgs,
} from "./queue-where";
import { ROW_COLUMNS, toQueueRow, type TRawRow } from "./queue-row";
import { textMatchesFewerThan } from "./queue-text-probe";
import { textMatchPageIds } from "./queue-text-matches";

export const PAGE_SIZE = 50;
export const NOW_UTC = `(now() AT TIME ZONE 'UTC')`;

export { SCORE_COLUMN };

type TSortSpec = { column: string; desc: boolean; idDesc: boolean; isDate: boolean };

function sortSpec(sort: TQueueSort): TSortSpec {
  if (sort === "newest") return { column: `c."createdAt"`, desc: true, idDesc: true, isDate: true };
  if (sort === "oldest")
    return { column: `c."createdAt"`, desc: false, idDesc: false, isDate: true };
  if (sort === "priority")
    return { column: `c."priority"`, desc: true, idDesc: false, isDate: false };
  const harm = sort.slice("score-".length) as THarm;
  return { column: `c."${SCORE_COLUMN[harm]}"`, desc: true, idDesc: false, isDate: false };
}

function orderBy(spec: TSortSpec, reverse: boolean): string {
  const dir = (desc: boolean) => (desc !== reverse ? "DESC" : "ASC");
  return `${spec.column} ${dir(spec.desc)}, c."id" ${dir(spec.idDesc)}`;
}

type TKeyset = { value: number | string; id: number };

/**
 * Ids of the next `limit` rows strictly after the keyset (before it when reversed), in sort order.
 * Same-direction sorts use one row comparison. Mixed directions (priority DESC, id ASC — the
 * order of the (status, priority DESC, id) index) are split into "the rest of this tie" and
 * "everything past it": each branch is a plain index range scan, however large the tie (before
 * triage, every comment's priority is 0).
 */
function pageIdsSql(
  spec: TSortSpec,
  filters: string[],
  keyset: TKeyset | null,
  reverse: boolean,
  limit: string,
  args: TArgs,
  extra: string | null = null,
): string {
  const order = orderBy(spec, reverse);
  // `extra` (when not null) adds the sort key as k and more columns (what selectQueuePage's walk checks).
  const cols = extra !== null ? `c."id", ${spec.column} AS k${extra}` : `c."id"`;
  if (!keyset)
    return `SELECT ${cols} FROM "Comment" c ${where(filters)} ORDER BY ${order} LIMIT ${limit}`;
  const v = spec.isDate
    ? `(${args.add(keyset.value)}::timestamptz AT TIME ZONE 'UTC')`
    : args.add(keyset.value);
  const i = args.add(keyset.id);
  const desc = spec.desc !== reverse;
  const idDesc = spec.idDesc !== reverse;
  if (desc === idDesc) {
    return `SELECT ${cols} FROM "Comment" c ${where([...filters, `(${spec.column}, c."id") ${desc ? "<" : ">"} (${v}, ${i})`])} ORDER BY ${order} LIMIT ${limit}`;
  }
  // "BETWEEN v AND v" rather than "= v": with an equality the planner knows the sort key is
  // constant, may walk the primary key in id order instead and scan half the table for a small
  // tie. The range keeps it on the sort index.
  const branchCols = `c."id", ${spec.column} AS k${extra ?? ""}`;
  const restOfTie = `SELECT ${branchCols} FROM "Comment" c ${where([...filters, `${spec.column} BETWEEN ${v} AND ${v}`, `c."id" ${idDesc ? "<" : ">"} ${i}`])}
    ORDER BY ${order} LIMIT ${limit}`;
  const pastTie = `SELECT ${branchCols} FROM "Comment" c ${where([...filters, `${spec.column} ${desc ? "<" : ">"} ${v}`])} ORDER BY ${order} LIMIT ${limit}`;
  return `SELECT ${extra !== null ? "t.*" : `t."id"`} FROM ((${restOfTie}) UNION ALL (${pastTie})) t ORDER BY t.k ${desc ? "DESC" : "ASC"}, t."id" ${idDesc ? "DESC" : "ASC"} LIMIT ${limit}`;
}

/**
 * pageIdsSql for the params' filters. The "all" view sorted by priority or a score has no index of
 * its own (the sort indexes start with the status): one branch per status, each a range of its
 * index, merged, instead of sorting the whole table.
 */
function filteredIdsSql(
  p: TQueueParams,
  spec: TSortSpec,
  keyset: TKeyset | null,
  reverse: boolean,
  limit: string,
  args: TArgs,
  walk = false,
  extra: string | null = null,
  more: string[] = [],
): string {
  const statuses = statusesFor(p);
  if (statuses || p.view !== "all" || spec.isDate)
    return pageIdsSql(
      spec,
      [...filterClauses(p, args, statuses, walk), ...more],
      keyset,
      reverse,
      limit,
      args,
      extra,
    );
  const branches = COMMENT_STATUSES.map(
    (status) =>
      `(${pageIdsSql(spec, [...filterClauses(p, args, [status], walk), ...more], keyset, reverse, limit, args, extra ?? "")})`,
  );
  const desc = spec.desc !== reverse;
  const idDesc = spec.idDesc !== reverse;
  return `SELECT u.* FROM (${branches.join(" UNION ALL ")}) u ORDER BY u.k ${desc ? "DESC" : "ASC"}, u."id" ${idDesc ? "DESC" : "ASC"} LIMIT ${limit}`;
}

function cursorOf(row: TQueueRow, sort: TQueueSort): string {
  const value =
    sort === "newest" || sort === "oldest"
      ? row.createdAt
      : sort === "priority"
        ? row.priority
        : row.scores[sort.slice(6) as THarm];
  return encodeCursor({ sort, value, id: row.id });
}

/**
 * How many rows a page walks in sort order, checking the residual filters row by row, before it
 * leaves the search to the filters' own indexes. A common word (or harm, or a low minimum score)
 * fills a page within a few hundred rows of the sort's index, where the full-text index would
 * fetch and sort every match (a tenth of a million-comment table); a rare one does not, and its
 * index finds its few matches fast.
 */
export const WALK_ROWS = 1500;

/** One keyset page of the queue (PAGE_SIZE rows by default); `walkRows` 0 skips the walk,
 *  `textShortcuts` false searches text as before them (the benchmark's baseline): a walk for a
 *  rare word too, and the plain query when the walk does not fill the page. */
export async function selectQueuePage(
  sql: TSql,
  p: TQueueParams,
  limit = PAGE_SIZE,
  walkRows = WALK_ROWS,
  textShortcuts = true,
): Promise<TQueuePage> {
  const spec = sortSpec(p.sort);
  const keyset = decodeCursor(p.cursor, p.sort);
  const pageOf = async (ids: string, args: TArgs) => {
    const { rows } = await sql.query(
      `SELECT ${ROW_COLUMNS} FROM (${ids}) page JOIN "Comment" c ON c."id" = page."id" JOIN "Article" a ON a."id" = c."articleId"
       LEFT JOIN "Author" au ON au."id" = c."authorId" ORDER BY ${orderBy(spec, false)}`,
      args.values,
    );
    return rows;
  };
  let rows: TRawRow[] | null = null;
  const walkArgs = newArgs();
  const residual = residualClauses(p, walkArgs, "w");
  // A rare text search skips the walk: its matches would not fill a page of walked rows.
  const rareText =
    textShortcuts &&
    walkRows > 0 &&
    !!p.q &&
    (await textMatchesFewerThan(sql, p.q, limit + 1, walkRows));
  if (walkRows > 0 && residual.length && !rareText) {
    // The first walkRows rows in sort order under the other filters; the page is the first
    // limit + 1 of them that pass the residual filters. A full page is exact: any later match
    // comes after them in sort order. Otherwise the plain query below decides.
    const walked = filteredIdsSql(
      p,
      spec,
      keyset,
      false,
      walkArgs.add(walkRows),
      walkArgs,
      true,
      walkColumns(p),
    );
    const ids = `SELECT w."id" FROM (${walked}) w WHERE ${residual.join(" AND ")}
      ORDER BY w.k ${spec.desc ? "DESC" : "ASC"}, w."id" ${spec.idDesc ? "DESC" : "ASC"} LIMIT ${walkArgs.add(limit + 1)}`;
    const found = await pageOf(ids, walkArgs);
    if (found.length > limit) rows = found;
  }
  if (!rows && p.q && walkRows > 0 && textShortcuts) {
    // A text search the walk did not fill: its matches, up to a cap, from the full-text index.
    const args = newArgs();
    const filters = filterClauses(p, args, statusesFor(p));
    const ids = await textMatchPageIds(sql, spec, filters, keyset, limit, args);
    const idArgs = newArgs();
    if (ids)
      rows = ids.length
        ? await pageOf(`SELECT unnest(${idArgs.add(ids)}::int[]) AS "id"`, idArgs)
        : [];
  }
  if (!rows) {
    // With residual filters the walk did not fill a page: their matches are few, and their own
    // indexes (one scan, not one per status) find them fastest.
    const args = newArgs();
    const ids = residual.length
      ? pageIdsSql(
          spec,
          filterClauses(p, args, statusesFor(p)),
          keyset,
          false,
          args.add(limit + 1),
          args,
        )
      : filteredIdsSql(p, spec, keyset, false, args.add(limit + 1), args);
    rows = await pageOf(ids, args);
  }
  const page = rows.slice(0, limit).map(toQueueRow);
  return {
    rows: page,
    nextCursor: rows.length > limit ? cursorOf(page[page.length - 1], p.sort) : null,
  };
}

/** The comments a filter matches, in queue order, with the status each had when read (bulk actions). */
export async function selectFilterTargets(
  sql: TSql,
  p: TQueueParams,
  cap: number,
): Promise<Array<{ id: number; status: TCommentStatus }>> {
  const args = newArgs();
  const filters = filterClauses(p, args, statusesFor(p));
  const { rows } = await sql.query<{ id: number; status: TCommentStatus }>(
    `SELECT c."id", c."status"::text AS "status" FROM "Comment" c ${where(filters)}
     ORDER BY ${orderBy(sortSpec(p.sort), false)} LIMIT ${args.add(cap + 1)}`,
    args.values,
  );
  return rows.map((r) => ({ id: Number(r.id), status: r.status }));
}

/**
 * The next (or previous) comment in queue order after `fromId` that nobody else holds a lease on:
 * what "j" / "k" open from the review page. `fromId` need not match the filter any more.
 */
export async function selectAdjacent(
  sql: TSql,
  p: TQueueParams,
  fromId: number,
  direction: "next" | "previous",
  me: string,
): Promise<number | null> {
  const spec = sortSpec(p.sort);
  const key = await sql.query<{ v: number | Date }>(
    `SELECT ${spec.isDate ? `c."createdAt" AT TIME ZONE 'UTC'` : spec.column} AS v FROM "Comment" c WHERE c."id" = $1`,
    [fromId],
  );
  const args = newArgs();
  const more = [
    `c."id" <> ${args.add(fromId)}`,
    `(c."claimedById" IS NULL OR c."claimedById" = ${args.add(me)} OR c."claimExpiresAt" < ${NOW_UTC})`,
  ];
  const raw = key.rows[0]?.v;
  const keyset =
    raw === undefined
      ? null
      : { value: spec.isDate ? new Date(raw as Date).toISOString() : Number(raw), id: fromId };
  const { rows } = await sql.query<{ id: number }>(
    filteredIdsSql(p, spec, keyset, direction === "previous", "1", args, false, null, more),
    args.values,
  );
  return rows[0] ? Number(rows[0].id) : null;
}

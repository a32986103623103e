// The queue's counts: per-view tab counts (capped, or from one text-search scan), the number of
// comments a filter matches, and a cheap version stamp for caches of counts.
import type { TSql } from "@/lib/db/connect";
import { statusesFor, type TQueueParams } from "./queue-params";
import type { TCommentStatus, TViewCounts } from "./types";
import { filterClauses, newArgs, where } from "./queue-where";

/** Per-view counts stop here and read "10,000+": exact counts of a million rows cost too much per page view. */
export const COUNT_CAP = 10_000;

/** Tab counts under a text search stop after this many matches in all: each view's count from
 *  one full-text index scan, not one scan per view (a common word's scan is the expensive part). */
export const TEXT_COUNT_CAP = 1_000;

/** Per-view counts under a text search: exact up to TEXT_COUNT_CAP matches in all, else lower bounds. */
async function countTextViews(sql: TSql, p: TQueueParams): Promise<TViewCounts> {
  const args = newArgs();
  const base = filterClauses({ ...p, view: "all", status: undefined }, args, null);
  const { rows } = await sql.query<Record<string, number>>(
    `SELECT count(*) FILTER (WHERE t."status" = 'PENDING')::int AS pending, count(*) FILTER (WHERE t."status" = 'FLAGGED')::int AS flagged,
       count(*) FILTER (WHERE t."status" = 'HIDDEN')::int AS hidden, count(*) FILTER (WHERE t."status" = 'APPROVED')::int AS approved,
       count(*) FILTER (WHERE t."openReports" > 0)::int AS reported, count(*)::int AS total
     FROM (SELECT c."status", c."openReports" FROM "Comment" c ${where(base)} LIMIT ${args.add(TEXT_COUNT_CAP + 1)}) t`,
    args.values,
  );
  const r = rows[0];
  const atLeast = Number(r.total) > TEXT_COUNT_CAP;
  const n = (x: number) => Number(x);
  return {
    needsReview: n(r.pending),
    flagged: n(r.flagged),
    hidden: n(r.hidden),
    approved: n(r.approved),
    reported: n(r.reported),
    all: atLeast ? TEXT_COUNT_CAP : n(r.total),
    capped: atLeast,
    ...(atLeast ? { atLeast: true } : {}),
  };
}

/** Per-view counts under the current filters, each capped at COUNT_CAP (a text search: see countTextViews). */
export async function countViews(sql: TSql, p: TQueueParams): Promise<TViewCounts> {
  if (p.q) return countTextViews(sql, p);
  const args = newArgs();
  const base = filterClauses({ ...p, view: "all", status: undefined }, args, null);
  const cap = args.add(COUNT_CAP + 1);
  const one = (status: TCommentStatus) =>
    `(SELECT count(*)::int FROM (SELECT 1 FROM "Comment" c WHERE ${[`c."status" = '${status}'`, ...base].join(" AND ")} LIMIT ${cap}) t)`;
  const { rows } = await sql.query<Record<string, number>>(
    `SELECT ${one("PENDING")} AS pending, ${one("FLAGGED")} AS flagged, ${one("HIDDEN")} AS hidden, ${one("APPROVED")} AS approved,
       (SELECT count(*)::int FROM (SELECT 1 FROM "Comment" c WHERE ${[`c."openReports" > 0`, ...base].join(" AND ")} LIMIT ${cap}) t) AS reported`,
    args.values,
  );
  const r = rows[0];
  const clamp = (n: number) => Math.min(Number(n), COUNT_CAP);
  const capped = [r.pending, r.flagged, r.hidden, r.approved, r.reported].some(
    (n) => Number(n) > COUNT_CAP,
  );
  return {
    needsReview: clamp(r.pending),
    flagged: clamp(r.flagged),
    hidden: clamp(r.hidden),
    approved: clamp(r.approved),
    reported: clamp(r.reported),
    all: clamp(r.pending) + clamp(r.flagged) + clamp(r.hidden) + clamp(r.approved),
    capped,
  };
}

/**
 * Changes whenever a comment is added or written (every write sets "updatedAt"): two index-only
 * reads, so a cache of counts can tell cheaply whether it is still true.
 */
export async function commentsVersion(sql: TSql): Promise<string> {
  const { rows } = await sql.query<{ id: number | null; at: Date | string | null }>(
    `SELECT (SELECT max("id") FROM "Comment") AS id, (SELECT max("updatedAt") FROM "Comment") AS at`,
  );
  return `${rows[0]?.id ?? 0}@${rows[0]?.at ? new Date(rows[0].at).getTime() : 0}`;
}

/** How many comments the filter matches, counting no further than cap + 1. */
export async function countMatching(sql: TSql, p: TQueueParams, cap: number): Promise<number> {
  const args = newArgs();
  const filters = filterClauses(p, args, statusesFor(p));
  const { rows } = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM "Comment" c ${where(filters)} LIMIT ${args.add(cap + 1)}) t`,
    args.values,
  );
  return Number(rows[0].n);
}

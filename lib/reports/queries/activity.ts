// Volumes for the report: actions per day by type, moderators' flags and hides by category, the
// engine's flags by harm, and the headline totals.
import "server-only";
import type { TSql } from "@/lib/db/connect";
import type { TReportFilters } from "../filters";
import {
  and,
  actionConditions,
  auditRowsWhere,
  commentConditions,
  DECIDED_STATUSES,
  inRange,
  SqlParams,
  STATUS_CHANGES_SQL,
} from "../sql";

/** Audit rows about moderation work; admin configuration changes live in the audit log page. */
const MODERATION_TARGETS = `m."targetType" IN ('COMMENT', 'ARTICLE', 'CLAIM_MATCH')`;

export type TActionsPerDay = Array<{ day: string; action: string; count: number }>;

export async function loadActionsPerDay(
  sql: TSql,
  filters: TReportFilters,
): Promise<TActionsPerDay> {
  const p = new SqlParams();
  const { rows } = await sql.query<{ day: string; action: string; count: number }>(
    `SELECT to_char(date_trunc('day', m."createdAt"), 'YYYY-MM-DD') AS "day", m."action", count(*)::int AS "count"
     FROM "ModerationAction" m WHERE ${MODERATION_TARGETS} AND ${auditRowsWhere(p, filters)}
     GROUP BY 1, 2 ORDER BY 1, 2`,
    p.values,
  );
  return rows;
}

/**
 * Each comment's verdict in the period: its latest status change there, kept when that is a
 * decision. A flag undone and redone counts once; a flag undone back to PENDING not at all.
 */
export function latestDecisionsSql(
  p: SqlParams,
  filters: TReportFilters,
  opts: { humansOnly?: boolean } = {},
): string {
  const conditions = [
    inRange(p, `m."createdAt"`, filters),
    ...actionConditions(p, filters),
    ...commentConditions(p, filters),
  ];
  if (opts.humansOnly) conditions.push(`m."actorId" IS NOT NULL`);
  return `SELECT * FROM (
            SELECT DISTINCT ON (d."commentId") d.* FROM (${STATUS_CHANGES_SQL}${and(conditions)}) d
            ORDER BY d."commentId", d."createdAt" DESC, d."id" DESC) latest
          WHERE latest."status" IN ${DECIDED_STATUSES}`;
}

export type TCategoryCounts = Array<{ category: string; flagged: number; hidden: number }>;

export async function loadCategoryCounts(
  sql: TSql,
  filters: TReportFilters,
): Promise<TCategoryCounts> {
  const p = new SqlParams();
  const { rows } = await sql.query<{ category: string; flagged: number; hidden: number }>(
    `SELECT COALESCE(l."category", 'NONE') AS "category",
            count(*) FILTER (WHERE l."status" = 'FLAGGED')::int AS "flagged",
            count(*) FILTER (WHERE l."status" = 'HIDDEN')::int AS "hidden"
     FROM (${latestDecisionsSql(p, filters)}) l WHERE l."status" IN ('FLAGGED', 'HIDDEN')
     GROUP BY 1 ORDER BY 2 DESC, 3 DESC, 1`,
    p.values,
  );
  return rows;
}

export type THarmCounts = Array<{ harm: string; count: number }>;

/** Comments imported in the period that the engine flagged, per harm. */
export async function loadAutoFlagsByHarm(
  sql: TSql,
  filters: TReportFilters,
): Promise<THarmCounts> {
  const p = new SqlParams();
  const conditions = [inRange(p, `c."createdAt"`, filters), ...commentConditions(p, filters)];
  const { rows } = await sql.query<{ harm: string; count: number }>(
    `SELECT h AS "harm", count(*)::int AS "count" FROM "Comment" c, unnest(c."flaggedHarms") AS h
     WHERE ${conditions.join(" AND ")} GROUP BY h ORDER BY 2 DESC, 1`,
    p.values,
  );
  return rows;
}

export type TTotals = {
  imported: number;
  autoFlagged: number;
  decided: number;
  approved: number;
  flagged: number;
  hidden: number;
  pendingNow: number;
};

export async function loadTotals(sql: TSql, filters: TReportFilters): Promise<TTotals> {
  const p = new SqlParams();
  const commentWhere = [
    inRange(p, `c."createdAt"`, filters),
    ...commentConditions(p, filters),
  ].join(" AND ");
  const pendingWhere = [`c."status" = 'PENDING'`, ...commentConditions(p, filters)].join(" AND ");
  const { rows } = await sql.query<TTotals>(
    `SELECT
       (SELECT count(*)::int FROM "Comment" c WHERE ${commentWhere}) AS "imported",
       (SELECT count(*)::int FROM "Comment" c WHERE ${commentWhere} AND cardinality(c."flaggedHarms") > 0) AS "autoFlagged",
       (SELECT count(*)::int FROM "Comment" c WHERE ${pendingWhere}) AS "pendingNow",
       l."decided", l."approved", l."flagged", l."hidden"
     FROM (SELECT count(*)::int AS "decided",
                  count(*) FILTER (WHERE "status" = 'APPROVED')::int AS "approved",
                  count(*) FILTER (WHERE "status" = 'FLAGGED')::int AS "flagged",
                  count(*) FILTER (WHERE "status" = 'HIDDEN')::int AS "hidden"
           FROM (${latestDecisionsSql(p, filters)}) x) l`,
    p.values,
  );
  return rows[0];
}

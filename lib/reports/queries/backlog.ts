// The queue backlog over the period, reconstructed: a comment is pending at the end of a day when it
// was imported by then and its first decision (in the audit log) came later or not yet.
import "server-only";
import type { TSql } from "@/lib/db/connect";
import type { TReportFilters } from "../filters";
import { and, commentConditions, SqlParams } from "../sql";

export type TBacklogDay = {
  day: string;
  pending: number;
  oldestHours: number;
  medianAgeHours: number;
};
export type TBacklogNow = {
  pending: number;
  oldestHours: number;
  buckets: Array<{ label: string; count: number }>;
};

const DECIDED = `('APPROVED', 'FLAGGED', 'HIDDEN')`;

/**
 * First decision per comment; a comment that left PENDING with no audit row (older data, a bulk
 * path that did not log) counts as decided at its last update rather than pending forever.
 */
function firstDecisionsSql(p: SqlParams, filters: TReportFilters): string {
  return `SELECT c."id", c."createdAt" AS "created",
            COALESCE((SELECT min(m."createdAt") FROM "ModerationAction" m
                      WHERE m."targetType" = 'COMMENT' AND m."targetId" = c."id"::text AND upper(m."after"->>'status') IN ${DECIDED}),
                     CASE WHEN c."status" <> 'PENDING' THEN c."updatedAt" END) AS "decided"
          FROM "Comment" c
          WHERE c."createdAt" < ${p.add(filters.to)}::date + 1${and(commentConditions(p, filters))}`;
}

export async function loadBacklogPerDay(
  sql: TSql,
  filters: TReportFilters,
): Promise<TBacklogDay[]> {
  const p = new SqlParams();
  const fd = firstDecisionsSql(p, filters);
  const from = p.add(filters.from);
  const to = p.add(filters.to);
  const { rows } = await sql.query<{
    day: string;
    pending: number;
    oldest: number | null;
    median: number | null;
  }>(
    `WITH fd AS (SELECT * FROM (${fd}) x WHERE x."decided" IS NULL OR x."decided" >= ${from}::date),
          days AS (SELECT (g::date + 1)::timestamp AS "end", g::date AS "d" FROM generate_series(${from}::date, ${to}::date, interval '1 day') g)
     SELECT to_char(days."d", 'YYYY-MM-DD') AS "day", count(fd."id")::int AS "pending",
            max(extract(epoch FROM (days."end" - fd."created")))::float8 / 3600 AS "oldest",
            (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM (days."end" - fd."created"))))::float8 / 3600 AS "median"
     FROM days LEFT JOIN fd ON fd."created" < days."end" AND (fd."decided" IS NULL OR fd."decided" >= days."end")
     GROUP BY days."d" ORDER BY days."d"`,
    p.values,
  );
  return rows.map((r) => ({
    day: r.day,
    pending: r.pending,
    oldestHours: Number(r.oldest ?? 0),
    medianAgeHours: Number(r.median ?? 0),
  }));
}

const BUCKETS: Array<{ label: string; maxHours: number }> = [
  { label: "under 1 hour", maxHours: 1 },
  { label: "1–6 hours", maxHours: 6 },
  { label: "6–24 hours", maxHours: 24 },
  { label: "1–3 days", maxHours: 72 },
  { label: "over 3 days", maxHours: Infinity },
];

/** Today's queue by age since import (the filters' article and harm apply). */
export async function loadBacklogNow(sql: TSql, filters: TReportFilters): Promise<TBacklogNow> {
  const p = new SqlParams();
  const conditions = [`c."status" = 'PENDING'`, ...commentConditions(p, filters)];
  const { rows } = await sql.query<{ hours: number; count: number; oldest: number | null }>(
    `SELECT width_bucket(extract(epoch FROM (now() AT TIME ZONE 'UTC' - c."createdAt")) / 3600, ARRAY[1, 6, 24, 72]::float8[]) AS "hours",
            count(*)::int AS "count", max(extract(epoch FROM (now() AT TIME ZONE 'UTC' - c."createdAt")) / 3600)::float8 AS "oldest"
     FROM "Comment" c WHERE ${conditions.join(" AND ")} GROUP BY 1`,
    p.values,
  );
  const counts = new Map(rows.map((r) => [Number(r.hours), r.count]));
  const oldest = Math.max(0, ...rows.map((r) => Number(r.oldest ?? 0)));
  return {
    pending: rows.reduce((n, r) => n + r.count, 0),
    oldestHours: oldest,
    buckets: BUCKETS.map((b, i) => ({ label: b.label, count: counts.get(i) ?? 0 })),
  };
}

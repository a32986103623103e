// How fast: time from import to first decision (median, p90), and each moderator's counts and pace.
import "server-only";
import type { TSql } from "@/lib/db/connect";
import type { TReportFilters } from "../filters";
import {
  and,
  actionConditions,
  commentConditions,
  DECISIONS_SQL,
  inRange,
  SqlParams,
} from "../sql";

export type TTimeToDecision = {
  decided: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
};

export async function loadTimeToFirstDecision(
  sql: TSql,
  filters: TReportFilters,
): Promise<TTimeToDecision> {
  const p = new SqlParams();
  // First decisions ever (up to the end of the period), kept when they fall inside the period.
  const upTo = `m."createdAt" < ${p.add(filters.to)}::date + 1`;
  const firstSql = `SELECT DISTINCT ON (d."commentId") d.* FROM (${DECISIONS_SQL} AND ${upTo}${and(commentConditions(p, filters))}) d
                    ORDER BY d."commentId", d."createdAt", d."id"`;
  const outer = [inRange(p, `f."createdAt"`, filters), ...actionConditions(p, filters, "f")];
  const { rows } = await sql.query<{ n: number; median: number | null; p90: number | null }>(
    `SELECT count(*)::int AS "n",
            (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM (f."createdAt" - f."importedAt"))))::float8 AS "median",
            (percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM (f."createdAt" - f."importedAt"))))::float8 AS "p90"
     FROM (${firstSql}) f WHERE ${outer.join(" AND ")}`,
    p.values,
  );
  const r = rows[0];
  return { decided: r?.n ?? 0, medianSeconds: r?.median ?? null, p90Seconds: r?.p90 ?? null };
}

export type TModeratorRow = {
  actorId: string | null;
  name: string;
  email: string | null;
  decisions: number;
  approved: number;
  flagged: number;
  hidden: number;
  /** Median gap between this person's consecutive decisions, ignoring breaks over 30 minutes. */
  medianHandlingSeconds: number | null;
  /** Median time from a comment's import to this person's decision on it. */
  medianSinceImportSeconds: number | null;
};

export const HANDLING_BREAK_MINUTES = 30;

export async function loadModerators(sql: TSql, filters: TReportFilters): Promise<TModeratorRow[]> {
  const p = new SqlParams();
  const conditions = [
    inRange(p, `m."createdAt"`, filters),
    ...actionConditions(p, filters),
    ...commentConditions(p, filters),
  ];
  const { rows } = await sql.query<TModeratorRow>(
    `WITH d AS (${DECISIONS_SQL}${and(conditions)}),
          gaps AS (SELECT d."actorId", d."createdAt" - lag(d."createdAt") OVER (PARTITION BY d."actorId" ORDER BY d."createdAt", d."id") AS "gap" FROM d),
          pace AS (SELECT g."actorId", (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM g."gap")))::float8 AS "handling"
                   FROM gaps g WHERE g."gap" <= interval '${HANDLING_BREAK_MINUTES} minutes' GROUP BY g."actorId")
     SELECT d."actorId", COALESCE(max(u."name"), max(d."actorEmail"), 'system') AS "name", max(d."actorEmail") AS "email",
            count(*)::int AS "decisions",
            count(*) FILTER (WHERE d."status" = 'APPROVED')::int AS "approved",
            count(*) FILTER (WHERE d."status" = 'FLAGGED')::int AS "flagged",
            count(*) FILTER (WHERE d."status" = 'HIDDEN')::int AS "hidden",
            max(pace."handling") AS "medianHandlingSeconds",
            (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM (d."createdAt" - d."importedAt"))))::float8 AS "medianSinceImportSeconds"
     FROM d LEFT JOIN "User" u ON u."id" = d."actorId" LEFT JOIN pace ON pace."actorId" IS NOT DISTINCT FROM d."actorId"
     GROUP BY d."actorId" ORDER BY "decisions" DESC, "name"`,
    p.values,
  );
  return rows.map((r) => ({
    ...r,
    medianHandlingSeconds: r.medianHandlingSeconds ?? null,
    medianSinceImportSeconds: r.medianSinceImportSeconds ?? null,
  }));
}

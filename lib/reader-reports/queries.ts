// Reads of reader reports: one comment's (review page), open ones per queue row (Reported view),
// and the aggregates Reports shows. The client hash never leaves the database.
import "server-only";
import { getDb } from "@/lib/db";
import type { TSql } from "@/lib/db/connect";
import type {
  TCommentReports,
  TReportReason,
  TReportStats,
  TReportStatus,
  TRowReports,
} from "./types";

const lower = (v: unknown) => String(v).toLowerCase() as TReportReason;

export async function listCommentReports(commentId: number): Promise<TCommentReports> {
  const { prisma } = await getDb();
  const rows = await prisma.readerReport.findMany({
    where: { commentId },
    orderBy: { id: "desc" },
    take: 100,
    select: { id: true, reason: true, note: true, status: true, createdAt: true },
  });
  return {
    open: rows.filter((r) => r.status === "OPEN").length,
    reports: rows.map((r) => ({
      id: r.id,
      reason: lower(r.reason),
      note: r.note,
      status: r.status as TReportStatus,
      at: r.createdAt.toISOString(),
    })),
  };
}

/** Open report counts and reasons for a page of queue rows. */
export async function openReportsFor(
  sql: TSql,
  commentIds: number[],
): Promise<Map<number, TRowReports>> {
  if (commentIds.length === 0) return new Map();
  const { rows } = await sql.query<{ commentId: number; count: number; reasons: string[] }>(
    `SELECT "commentId", count(*)::int AS count, array_agg(DISTINCT "reason"::text) AS reasons
     FROM "ReaderReport" WHERE "commentId" = ANY($1::int[]) AND "status" = 'OPEN' GROUP BY "commentId"`,
    [commentIds],
  );
  return new Map(
    rows.map((r) => [
      Number(r.commentId),
      { count: Number(r.count), reasons: (r.reasons ?? []).map(lower) },
    ]),
  );
}

/** Reports per day (UTC) between `from` and `to` (ISO days, inclusive), by reason, and the share upheld. */
export async function readerReportStats(from: string, to: string): Promise<TReportStats> {
  const { sql } = await getDb();
  const range = `"createdAt" >= $1::date AND "createdAt" < $2::date + 1`;
  const [perDay, byReason, totals] = await Promise.all([
    sql.query<{ day: string; n: number }>(
      `SELECT to_char(date_trunc('day', "createdAt"), 'YYYY-MM-DD') AS day, count(*)::int AS n FROM "ReaderReport" WHERE ${range} GROUP BY 1 ORDER BY 1`,
      [from, to],
    ),
    sql.query<{ reason: string; n: number }>(
      `SELECT "reason"::text AS reason, count(*)::int AS n FROM "ReaderReport" WHERE ${range} GROUP BY 1 ORDER BY 2 DESC, 1`,
      [from, to],
    ),
    sql.query<{ total: number; open: number; upheld: number; dismissed: number }>(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE "status" = 'OPEN')::int AS open,
              count(*) FILTER (WHERE "status" = 'UPHELD')::int AS upheld, count(*) FILTER (WHERE "status" = 'DISMISSED')::int AS dismissed
       FROM "ReaderReport" WHERE ${range}`,
      [from, to],
    ),
  ]);
  const t = totals.rows[0];
  const decided = Number(t.upheld) + Number(t.dismissed);
  return {
    perDay: perDay.rows.map((r) => ({ day: r.day, reports: Number(r.n) })),
    byReason: byReason.rows.map((r) => ({ reason: lower(r.reason), reports: Number(r.n) })),
    total: Number(t.total),
    open: Number(t.open),
    upheld: Number(t.upheld),
    dismissed: Number(t.dismissed),
    upheldShare: decided ? Number(t.upheld) / decided : null,
  };
}

// A reader reports a public comment: no account. Only comments a reader can see (public, of a
// visible article open for comments) can be reported; anything else answers "not found" exactly
// like a missing id. Rate limits live in the database, so they hold across app instances: a
// transaction-scoped advisory lock per client serialises one client's concurrent reports.
import type { TDb } from "@/lib/db/connect";
import { loadAuthSecret } from "@/lib/auth/secret";
import { publicCommentSql } from "@/lib/moderation/public-queries";
import { NOW } from "@/lib/moderation/bulk-sql";
import { hashClientAddress } from "./client-address";
import type { TReaderReportInput } from "./schemas";
import { MAX_BOOSTED_REPORTS, REPORT_PRIORITY_STEP } from "./types";

export type TReportLimits = { perClientPerHour: number; perCommentPerHour: number };
/** One client: a few reports an hour, and one report per comment a day. */
export function reportLimits(): TReportLimits {
  const n = (name: string, fallback: number) => Math.max(1, Number(process.env[name]) || fallback);
  return {
    perClientPerHour: n("VIGIL_REPORTS_PER_HOUR", 20),
    perCommentPerHour: n("VIGIL_REPORTS_PER_COMMENT_PER_HOUR", 200),
  };
}

export type TSubmitOutcome =
  | { status: 202; id: number }
  | { status: 404 }
  | { status: 429; retryAfterSeconds: number; message: string };

let salt: Promise<string> | null = null;
async function clientHash(db: TDb, address: string): Promise<string> {
  salt ??= loadAuthSecret(db.prisma).catch((error) => {
    salt = null;
    throw error;
  });
  return hashClientAddress(address, `reader-reports:${await salt}`);
}

export async function submitReaderReport(
  db: TDb,
  commentId: number,
  input: TReaderReportInput,
  clientAddress: string,
): Promise<TSubmitOutcome> {
  const hash = await clientHash(db, clientAddress);
  const limits = reportLimits();
  return db.sql.transaction(async (tx): Promise<TSubmitOutcome> => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`vigil-report:${hash}`]);
    const { rows: visible } = await tx.query<{ id: number }>(
      `SELECT c."id" FROM "Comment" c JOIN "Article" a ON a."id" = c."articleId" LEFT JOIN "Author" au ON au."id" = c."authorId"
       WHERE c."id" = $1 AND NOT a."hidden" AND a."commentsOpen" AND ${publicCommentSql("c", "au")}`,
      [commentId],
    );
    if (visible.length === 0) return { status: 404 };
    const { rows: counts } = await tx.query<{ client: number; same: number; comment: number }>(
      `SELECT (SELECT count(*)::int FROM "ReaderReport" WHERE "clientHash" = $1 AND "createdAt" > ${NOW} - interval '1 hour') AS client,
              (SELECT count(*)::int FROM "ReaderReport" WHERE "clientHash" = $1 AND "commentId" = $2 AND "createdAt" > ${NOW} - interval '1 day') AS same,
              (SELECT count(*)::int FROM "ReaderReport" WHERE "commentId" = $2 AND "createdAt" > ${NOW} - interval '1 hour') AS comment`,
      [hash, commentId],
    );
    const c = counts[0];
    if (Number(c.same) > 0)
      return {
        status: 429,
        retryAfterSeconds: 86_400,
        message: "You already reported this comment; thank you.",
      };
    if (Number(c.client) >= limits.perClientPerHour)
      return {
        status: 429,
        retryAfterSeconds: 3600,
        message: "Too many reports from your address; try again later.",
      };
    if (Number(c.comment) >= limits.perCommentPerHour)
      return {
        status: 429,
        retryAfterSeconds: 3600,
        message: "This comment has been reported many times already; moderators are on it.",
      };
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO "ReaderReport" ("commentId","reason","note","clientHash","createdAt") VALUES ($1, $2::"ReportReason", $3, $4, ${NOW}) RETURNING "id"`,
      [commentId, input.reason.toUpperCase(), input.note || null, hash],
    );
    // Reports raise priority: +STEP for each of the first few open reports, capped at 100.
    await tx.query(
      `UPDATE "Comment" SET "openReports" = "openReports" + 1,
         "priority" = CASE WHEN "openReports" < $2 THEN LEAST(100, "priority" + $3) ELSE "priority" END
       WHERE "id" = $1`,
      [commentId, MAX_BOOSTED_REPORTS, REPORT_PRIORITY_STEP],
    );
    await tx.query(`SELECT pg_notify('vigil_comments', $1)`, [
      JSON.stringify({ op: "update", ids: [commentId] }),
    ]);
    return { status: 202, id: Number(rows[0].id) };
  });
}

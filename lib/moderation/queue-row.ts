// One queue row: the columns the queue's SQL selects and their mapping to the typed TQueueRow
// (scores, lease, open reader reports).
import { scoresFromRow } from "@/lib/triage/score-columns";
import type { TReportReason } from "@/lib/reader-reports/types";
import type { TQueueRow } from "./types";

/** The columns a queue row reads, joined with its article (a) and author (au). */
export const ROW_COLUMNS = `c."id", c."status"::text AS "status", c."flagCategory"::text AS "flagCategory", c."version", c."priority",
  c."hateScore", c."harassmentScore", c."threatScore", c."profanityScore", c."extremismScore", c."misinfoScore",
  c."flaggedHarms", c."hasClaimMatch", left(c."body", 280) AS "excerpt",
  c."createdAt" AT TIME ZONE 'UTC' AS "createdAt", c."postedAt" AT TIME ZONE 'UTC' AS "postedAt",
  c."articleId", a."title" AS "articleTitle", a."hidden" AS "articleHidden", c."authorId", au."name" AS "authorName",
  c."claimedById", c."claimedByName", c."claimExpiresAt" AT TIME ZONE 'UTC' AS "claimExpiresAt", c."openReports", c."heldReason",
  CASE WHEN c."openReports" > 0 THEN (SELECT array_agg(DISTINCT r."reason"::text) FROM "ReaderReport" r WHERE r."commentId" = c."id" AND r."status" = 'OPEN') END AS "reportReasons"`;

export type TRawRow = Record<string, unknown>;
const iso = (value: unknown) =>
  value == null ? null : new Date(value as string | Date).toISOString();

/** A raw SQL row as the queue's typed row; a lease counts only while it has not expired. */
export function toQueueRow(r: TRawRow): TQueueRow {
  const expires = iso(r.claimExpiresAt);
  const live = r.claimedById && expires && Date.parse(expires) > Date.now();
  return {
    id: Number(r.id),
    status: r.status as TQueueRow["status"],
    flagCategory: (r.flagCategory as TQueueRow["flagCategory"]) ?? null,
    version: Number(r.version),
    priority: Number(r.priority),
    scores: scoresFromRow(r),
    flaggedHarms: (r.flaggedHarms as string[]) ?? [],
    hasClaimMatch: Boolean(r.hasClaimMatch),
    excerpt: String(r.excerpt ?? ""),
    createdAt: iso(r.createdAt)!,
    postedAt: iso(r.postedAt),
    articleId: Number(r.articleId),
    articleTitle: String(r.articleTitle ?? ""),
    articleHidden: Boolean(r.articleHidden),
    authorId: r.authorId == null ? null : Number(r.authorId),
    authorName: (r.authorName as string | null) ?? null,
    lease: live
      ? {
          byId: String(r.claimedById),
          byName: String(r.claimedByName ?? "another moderator"),
          expiresAt: expires,
        }
      : null,
    heldReason: r.status === "PENDING" ? ((r.heldReason as string | null) ?? null) : null,
    reports:
      Number(r.openReports ?? 0) > 0
        ? {
            count: Number(r.openReports),
            reasons: ((r.reportReasons as string[] | null) ?? []).map(
              (x) => x.toLowerCase() as TReportReason,
            ),
          }
        : null,
  };
}

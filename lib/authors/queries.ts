// Reads of the author page: the profile with its rates, the comments (keyset by id, newest first),
// the notes and the history of actions on the author.
import "server-only";
import { getDb } from "@/lib/db";
import { scoresFromRow } from "@/lib/triage/score-columns";
import type { TAuthorCommentRow, TAuthorHistoryRow, TAuthorNote, TAuthorProfile } from "./types";
import { AUTHOR_AUDIT, BAN_ACTIONS } from "./types";

export const AUTHOR_PAGE_SIZE = 50;
const iso = (v: unknown) => (v == null ? null : new Date(v as string | Date).toISOString());

export async function getAuthorProfile(id: number): Promise<TAuthorProfile | null> {
  const { sql } = await getDb();
  const { rows } = await sql.query<Record<string, unknown>>(
    `SELECT au."id", au."name", au."site", au."externalId", au."premoderated", au."suspendedUntil" AT TIME ZONE 'UTC' AS "suspendedUntil",
            au."banned", au."trusted", au."version",
            count(c."id")::int AS total,
            count(c."id") FILTER (WHERE c."status" = 'FLAGGED')::int AS flagged,
            count(c."id") FILTER (WHERE c."status" = 'HIDDEN')::int AS hidden,
            count(c."id") FILTER (WHERE cardinality(c."flaggedHarms") > 0)::int AS "engineFlagged",
            COALESCE(sum(c."openReports"), 0)::int AS "openReports",
            min(COALESCE(c."postedAt", c."createdAt")) AT TIME ZONE 'UTC' AS "firstSeen",
            max(COALESCE(c."postedAt", c."createdAt")) AT TIME ZONE 'UTC' AS "lastSeen"
     FROM "Author" au LEFT JOIN "Comment" c ON c."authorId" = au."id"
     WHERE au."id" = $1 GROUP BY au."id"`,
    [id],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: Number(r.id),
    name: String(r.name),
    site: String(r.site ?? ""),
    externalId: (r.externalId as string | null) ?? null,
    premoderated: Boolean(r.premoderated),
    suspendedUntil: iso(r.suspendedUntil),
    banned: Boolean(r.banned),
    trusted: Boolean(r.trusted),
    version: Number(r.version),
    stats: {
      total: Number(r.total),
      flagged: Number(r.flagged),
      hidden: Number(r.hidden),
      engineFlagged: Number(r.engineFlagged),
      openReports: Number(r.openReports),
      firstSeen: iso(r.firstSeen),
      lastSeen: iso(r.lastSeen),
    },
  };
}

/** One page of the author's comments, newest first; `before` is the last id of the previous page. */
export async function listAuthorComments(
  authorId: number,
  before: number | null,
  limit = AUTHOR_PAGE_SIZE,
): Promise<{ rows: TAuthorCommentRow[]; nextBefore: number | null }> {
  const { sql } = await getDb();
  const { rows } = await sql.query<Record<string, unknown>>(
    `SELECT c."id", c."status"::text AS "status", c."flagCategory"::text AS "flagCategory", c."version", c."priority",
            c."hateScore", c."harassmentScore", c."threatScore", c."profanityScore", c."extremismScore", c."misinfoScore",
            c."flaggedHarms", left(c."body", 280) AS "excerpt", c."articleId", a."title" AS "articleTitle",
            c."createdAt" AT TIME ZONE 'UTC' AS "createdAt", c."postedAt" AT TIME ZONE 'UTC' AS "postedAt", c."heldReason", c."openReports"
     FROM "Comment" c JOIN "Article" a ON a."id" = c."articleId"
     WHERE c."authorId" = $1 AND ($2::int IS NULL OR c."id" < $2)
     ORDER BY c."id" DESC LIMIT $3`,
    [authorId, before, limit + 1],
  );
  const page = rows.slice(0, limit).map((r): TAuthorCommentRow => ({
    id: Number(r.id),
    status: r.status as TAuthorCommentRow["status"],
    flagCategory: (r.flagCategory as TAuthorCommentRow["flagCategory"]) ?? null,
    version: Number(r.version),
    priority: Number(r.priority),
    scores: scoresFromRow(r),
    flaggedHarms: (r.flaggedHarms as string[]) ?? [],
    excerpt: String(r.excerpt ?? ""),
    articleId: Number(r.articleId),
    articleTitle: String(r.articleTitle ?? ""),
    createdAt: iso(r.createdAt)!,
    postedAt: iso(r.postedAt),
    heldReason: (r.heldReason as string | null) ?? null,
    openReports: Number(r.openReports ?? 0),
  }));
  return { rows: page, nextBefore: rows.length > limit ? page[page.length - 1].id : null };
}

export async function listAuthorNotes(authorId: number): Promise<TAuthorNote[]> {
  const { prisma } = await getDb();
  const notes = await prisma.authorNote.findMany({
    where: { authorId },
    orderBy: { id: "desc" },
    take: 100,
  });
  return notes.map((n) => ({
    id: n.id,
    body: n.body,
    by: n.userName,
    at: n.createdAt.toISOString(),
  }));
}

const UNDOABLE = new Set(
  Object.entries(AUTHOR_AUDIT)
    .filter(([k]) => k !== "note" && k !== "undo")
    .map(([, v]) => v),
);

/** Actions on the author, newest first; the ban-level ones are undoable only by those who may ban. */
export async function listAuthorHistory(
  authorId: number,
  canBan: boolean,
): Promise<TAuthorHistoryRow[]> {
  const { prisma } = await getDb();
  const rows = await prisma.moderationAction.findMany({
    where: { targetType: "AUTHOR", targetId: String(authorId) },
    orderBy: { id: "desc" },
    take: 100,
  });
  const undone = new Set(rows.map((r) => r.undoOf).filter((v): v is number => v != null));
  const banLevel = new Set<string>(BAN_ACTIONS.map((a) => AUTHOR_AUDIT[a]));
  return rows.map((r) => ({
    id: r.id,
    action: r.action,
    actor: r.actorEmail,
    reason: r.reason,
    at: r.createdAt.toISOString(),
    undone: undone.has(r.id),
    undoable: UNDOABLE.has(r.action) && !undone.has(r.id) && (canBan || !banLevel.has(r.action)),
  }));
}

/** Why a pending comment waits for a person before it is public, or null. */
export async function getHeldReason(commentId: number): Promise<string | null> {
  const { prisma } = await getDb();
  const row = await prisma.comment.findUnique({
    where: { id: commentId },
    select: { status: true, heldReason: true },
  });
  return row?.status === "PENDING" ? row.heldReason : null;
}

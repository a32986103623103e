// Reads for the review page: the comment, its evidence spans, fact-check suggestions, annotations,
// notes and its audit history (with which rows can still be undone).
import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { HARMS } from "@/lib/triage/types";
import { UNDOABLE_ACTIONS } from "./audit-actions";
import type { TEvidenceSpan, THistoryEntry, TReviewData } from "./review-types";
import {
  COMMENT_STATUSES,
  FLAG_CATEGORIES,
  type TCommentState,
  type TCommentStatus,
  type TFlagCategory,
} from "./types";

const ZSpans = z
  .array(
    z
      .object({
        start: z.number().int().min(0),
        end: z.number().int(),
        category: z.enum(HARMS),
        reason: z.string().catch(""),
      })
      .loose(),
  )
  .catch([]);
const ZState = z.object({
  status: z.enum(COMMENT_STATUSES),
  flagCategory: z.enum(FLAG_CATEGORIES).nullable().catch(null),
});
const stateOf = (value: unknown): TCommentState | null => {
  const parsed = ZState.safeParse(value);
  return parsed.success ? parsed.data : null;
};

async function userNames(ids: Array<string | null>): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => !!id))];
  if (!unique.length) return new Map();
  const users = await (
    await getDb()
  ).prisma.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

/** Cheap existence check for the review page's layout (a 404 before the page streams). */
export async function commentExists(id: number): Promise<boolean> {
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) return false;
  return (await (await getDb()).prisma.comment.count({ where: { id } })) > 0;
}

export async function getCommentReview(id: number): Promise<TReviewData | null> {
  const { prisma } = await getDb();
  const c = await prisma.comment.findUnique({
    where: { id },
    include: {
      article: {
        select: { id: true, title: true, url: true, body: true, hidden: true, commentsOpen: true },
      },
      author: { select: { id: true, name: true } },
      analyses: { select: { analyzer: true, spans: true } },
      claimMatches: { include: { factCheck: true }, orderBy: [{ rank: "asc" }, { score: "desc" }] },
      annotations: { orderBy: { start: "asc" } },
      notes: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!c) return null;
  const audit = await prisma.moderationAction.findMany({
    where: { targetType: "COMMENT", targetId: String(id) },
    orderBy: { id: "desc" },
    take: 100,
  });
  const undoneIds = new Set(audit.map((a) => a.undoOf).filter((v): v is number => v != null));
  const names = await userNames([
    ...audit.map((a) => a.actorId),
    ...c.annotations.map((a) => a.authorId),
    ...c.notes.map((n) => n.authorId),
  ]);
  const leaseLive = c.claimedById && c.claimExpiresAt && c.claimExpiresAt.getTime() > Date.now();
  const spans: TEvidenceSpan[] = c.analyses.flatMap((a) =>
    ZSpans.parse(a.spans)
      .filter((s) => s.end > s.start && s.start < c.body.length)
      .map((s) => ({
        start: s.start,
        end: Math.min(s.end, c.body.length),
        category: s.category,
        reason: s.reason,
        analyzer: a.analyzer,
      })),
  );
  const history: THistoryEntry[] = audit.map((a) => {
    const after = stateOf(a.after);
    const undone = undoneIds.has(a.id);
    const matchesNow =
      !!after && after.status === c.status && after.flagCategory === (c.flagCategory ?? null);
    return {
      id: a.id,
      action: a.action,
      actorName: (a.actorId && names.get(a.actorId)) || a.actorEmail || "system",
      createdAt: a.createdAt.toISOString(),
      before: stateOf(a.before),
      after,
      reason: a.reason,
      batchId: a.batchId,
      undoOf: a.undoOf,
      undone,
      undoable: UNDOABLE_ACTIONS.includes(a.action) && !undone && matchesNow && !!stateOf(a.before),
    };
  });
  return {
    comment: {
      id: c.id,
      body: c.body,
      status: c.status as TCommentStatus,
      flagCategory: (c.flagCategory as TFlagCategory | null) ?? null,
      version: c.version,
      priority: c.priority,
      scoreStage: c.scoreStage,
      scores: {
        hate: c.hateScore,
        harassment: c.harassmentScore,
        threat: c.threatScore,
        profanity: c.profanityScore,
        extremism: c.extremismScore,
        misinformation: c.misinfoScore,
      },
      flaggedHarms: c.flaggedHarms,
      createdAt: c.createdAt.toISOString(),
      postedAt: c.postedAt?.toISOString() ?? null,
      lease: leaseLive
        ? {
            byId: c.claimedById!,
            byName: c.claimedByName ?? "another moderator",
            expiresAt: c.claimExpiresAt!.toISOString(),
          }
        : null,
      parentId: c.parentId,
      author: c.author,
      article: {
        id: c.article.id,
        title: c.article.title,
        url: c.article.url,
        excerpt: c.article.body.slice(0, 400),
        hidden: c.article.hidden,
        commentsOpen: c.article.commentsOpen,
      },
    },
    spans,
    claims: c.claimMatches.map((m) => ({
      id: m.id,
      status: m.status,
      score: m.score,
      rank: m.rank,
      suggested: m.suggested,
      claim: m.factCheck.claim,
      verdict: m.factCheck.verdict,
      url: m.factCheck.url,
      publisher: m.factCheck.publisher,
      publishedAt: m.factCheck.publishedAt?.toISOString().slice(0, 10) ?? null,
    })),
    annotations: c.annotations.map((a) => ({
      id: a.id,
      start: a.start,
      end: a.end,
      quote: c.body.slice(a.start, a.end),
      label: a.label,
      note: a.note,
      authorName: names.get(a.authorId) ?? "a moderator",
      createdAt: a.createdAt.toISOString(),
    })),
    notes: c.notes.map((n) => ({
      id: n.id,
      body: n.body,
      authorName: names.get(n.authorId) ?? "a moderator",
      createdAt: n.createdAt.toISOString(),
    })),
    history,
  };
}

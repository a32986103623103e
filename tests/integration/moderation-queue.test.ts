// The moderation workspace against a real database: queue queries (filters, sorts, keyset pages,
// full-text search), every operation with its version check and audit row, undo and guarded undo,
// bulk with skip-and-report and batch undo, leases, and the public read path's visibility rule.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDb } from "@/lib/db/connect";
import { setDb } from "@/lib/db";
import { executeOperation } from "@/lib/auth/operation";
import { createUserWithPassword } from "@/lib/auth/passwords";
import type { TSessionUser } from "@/lib/auth/session-types";
import { parseQueueParams, type TQueueParams } from "@/lib/moderation/queue-params";
import { countMatching, countViews, selectAdjacent, selectQueuePage } from "@/lib/moderation/queue-sql";
import { approveComment } from "@/lib/moderation/operations/approve-comment";
import { flagComment } from "@/lib/moderation/operations/flag-comment";
import { hideComment } from "@/lib/moderation/operations/hide-comment";
import { unhideComment } from "@/lib/moderation/operations/unhide-comment";
import { undoAction } from "@/lib/moderation/operations/undo-action";
import { undoBatch } from "@/lib/moderation/operations/undo-batch";
import { bulkModerate } from "@/lib/moderation/operations/bulk-moderate";
import { annotateComment } from "@/lib/moderation/operations/annotate-comment";
import { addNote } from "@/lib/moderation/operations/add-note";
import { decideClaim } from "@/lib/moderation/operations/decide-claim";
import { claimComment } from "@/lib/moderation/operations/claim-comment";
import { releaseClaim } from "@/lib/moderation/operations/release-claim";
import { hideArticle } from "@/lib/moderation/operations/hide-article";
import { restoreArticle } from "@/lib/moderation/operations/restore-article";
import { closeComments } from "@/lib/moderation/operations/close-comments";
import { getPublicArticle, listPublicComments } from "@/lib/moderation/public-queries";
import { getCommentReview } from "@/lib/moderation/review-queries";
import { getReviewContext } from "@/lib/moderation/context-queries";
import type { TQueueRow } from "@/lib/moderation/types";
import { describeSegment, segmentText } from "@/lib/moderation/highlight";
import { subscribeToComments, type TCommentEvent } from "@/lib/moderation/live/comment-events";
import { createTestDb } from "../helpers/test-db";

// ---- fixture: two articles, ~100 comments with tied priorities / scores / times (keyset edge cases) ----

type TSeedComment = {
  id: number; articleId: number; authorId: number; parentId: number | null; body: string; status: "PENDING" | "APPROVED" | "FLAGGED" | "HIDDEN";
  priority: number; hate: number; harms: string[]; claim: boolean; createdAt: Date; postedDay: number;
};
type TFixture = { articleA: number; articleB: number; authorTroll: number; comments: TSeedComment[]; pendingIds: number[]; claimCommentId: number };

const BODIES = [
  "These people are rats and should be driven out.",
  "I think the ceasefire will hold if both sides talk.",
  "The OPCW faked its report, everyone knows it.",
  "Thanks for the clear map of the front line.",
  "Another rat infestation in the government, typical.",
  "The OPCW faked the video too, wake up.",
  "Reasonable analysis, though the dates look off.",
  "Nobody asked for your opinion, idiot.",
];
const STATUSES = ["PENDING", "PENDING", "PENDING", "FLAGGED", "PENDING", "HIDDEN", "APPROVED", "PENDING", "PENDING", "APPROVED"] as const;
const PRIORITIES = [0, 10, 25, 25, 50, 75, 90.5];
const HATE = [0, 0.2, 0.5, 0.8, 0.95];

async function seedModerationFixture(db: TDb): Promise<TFixture> {
  const { prisma } = db;
  const articleA = (await prisma.article.create({ data: { key: "url:a", title: "Chemical attack report disputed", body: "Inspectors published their findings.", url: "https://news.example/a" } })).id;
  const articleB = (await prisma.article.create({ data: { key: "url:b", title: "Front line shifts near the river", body: "Fighting continued overnight." } })).id;
  const authors: number[] = [];
  for (const name of ["Troll Account", "Ann Reader", "Bo Commenter", "Cy Local", "Di Expert"]) authors.push((await prisma.author.create({ data: { key: `global:${name.toLowerCase()}`, name } })).id);
  const base = Date.UTC(2024, 0, 20, 8, 0, 0);
  const comments: TSeedComment[] = [];
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < 100; i++) {
    const articleId = i < 60 ? articleA : articleB;
    const body = `${BODIES[i % BODIES.length]} (#${i})`;
    const hate = /rats?\b/.test(body) ? HATE[3 + (i % 2)] : HATE[Math.floor(rand() * 3)];
    const harms = [...(hate >= 0.5 ? ["hate"] : []), ...(/OPCW/.test(body) ? ["misinformation"] : [])];
    const status = STATUSES[i % STATUSES.length];
    const priority = PRIORITIES[Math.floor(rand() * PRIORITIES.length)];
    const createdAt = new Date(base + (i % 20) * 60_000);
    const postedDay = 1 + (i % 20);
    const authorId = authors[i % authors.length];
    const row = await prisma.comment.create({
      data: {
        articleId, authorId, body, status, priority, hateScore: hate, flaggedHarms: harms, misinfoScore: harms.includes("misinformation") ? 0.7 : 0,
        createdAt, postedAt: new Date(Date.UTC(2024, 0, postedDay, 12)), dedupeKey: `k${i}`, contentHash: `h${i}`,
        flagCategory: status === "FLAGGED" ? "HATE" : null,
      },
    });
    comments.push({ id: row.id, articleId, authorId, parentId: null, body, status, priority, hate, harms, claim: false, createdAt, postedDay });
  }
  // A pending misinformation claim with a fact-check suggestion, evidence spans and one reply.
  const claim = comments.find((c) => c.articleId === articleA && c.status === "PENDING" && c.body.startsWith("The OPCW faked its report"))!;
  await prisma.comment.update({ where: { id: claim.id }, data: { hasClaimMatch: true } });
  claim.claim = true;
  const fc = await prisma.factCheck.create({ data: { claim: "The OPCW fabricated its Douma report", verdict: "False", url: "https://factcheck.example/opcw" } });
  await prisma.claimMatch.create({ data: { commentId: claim.id, factCheckId: fc.id, score: 0.82 } });
  await prisma.analysis.create({
    data: { commentId: claim.id, analyzer: "terms", analyzerVersion: "1", scores: { misinformation: 0.7 }, spans: [{ start: 4, end: 15, category: "misinformation", reason: "claims a watchdog faked evidence" }] },
  });
  const reply = comments.find((c) => c.articleId === articleA && c.id !== claim.id && c.body.startsWith("Reasonable"))!;
  await prisma.comment.update({ where: { id: reply.id }, data: { parentId: claim.id } });
  reply.parentId = claim.id;
  const pendingIds = comments.filter((c) => c.articleId === articleA && c.status === "PENDING" && c.id !== claim.id && !/rats?\b/.test(c.body)).map((c) => c.id);
  return { articleA, articleB, authorTroll: authors[0], comments, pendingIds, claimCommentId: claim.id };
}

/** An article with more comments than a bulk action may touch at once. */
async function seedBulkArticle(db: TDb): Promise<number> {
  const { id } = await db.prisma.article.create({ data: { key: "url:bulk", title: "Very busy thread" } });
  await db.sql.query(
    `INSERT INTO "Comment" ("articleId", "dedupeKey", "body", "contentHash", "updatedAt")
     SELECT $1, 'bulk' || g, 'Comment number ' || g, 'bh' || g, now() FROM generate_series(1, 1001) g`,
    [id],
  );
  return id;
}

let db: TDb;
let fx: TFixture;
const users = {} as Record<"alice" | "bob" | "eddie", TSessionUser>;

beforeAll(async () => {
  db = await createTestDb();
  setDb(db);
  for (const [key, name, role] of [["alice", "Alice Mod", "MODERATOR"], ["bob", "Bob Mod", "MODERATOR"], ["eddie", "Eddie Editor", "EDITOR"]] as const) {
    const email = `${key}@moderation.test`;
    const { id } = await createUserWithPassword(db.prisma, { email, name, role, password: "moderation-password" });
    users[key] = { id, email, name, role };
  }
  fx = await seedModerationFixture(db);
});
afterAll(async () => db?.close());

const q = (raw: Record<string, string> = {}): TQueueParams => parseQueueParams(raw);
async function allPages(params: TQueueParams, limit = 7): Promise<TQueueRow[]> {
  const out: TQueueRow[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 100; i++) {
    const page = await selectQueuePage(db.sql, { ...params, cursor }, limit);
    out.push(...page.rows);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return out;
}
const ok = <T>(result: { ok: boolean; data?: T }) => {
  expect(result).toMatchObject({ ok: true });
  return (result as { data: T }).data;
};
const version = async (id: number) => (await db.prisma.comment.findUniqueOrThrow({ where: { id } })).version;
const audits = (id: number) => db.prisma.moderationAction.findMany({ where: { targetType: "COMMENT", targetId: String(id) }, orderBy: { id: "asc" } });

describe("queue queries", () => {
  it("lists Needs review by priority, highest first, and keyset pages neither overlap nor skip", async () => {
    const rows = await allPages(q());
    const expected = fx.comments.filter((c) => c.status === "PENDING").sort((a, b) => b.priority - a.priority || a.id - b.id);
    expect(rows.map((r) => r.id)).toEqual(expected.map((c) => c.id));
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows.every((r) => r.status === "PENDING")).toBe(true);
  });

  for (const sort of ["newest", "oldest", "score-hate"] as const) {
    it(`pages through every row exactly once when sorted by ${sort}`, async () => {
      const rows = await allPages(q({ view: "all", sort }), 9);
      const key = (c: TFixture["comments"][number]) => (sort === "score-hate" ? c.hate : c.createdAt.getTime());
      const expected = [...fx.comments].sort((a, b) =>
        sort === "oldest" ? key(a) - key(b) || a.id - b.id : sort === "newest" ? key(b) - key(a) || b.id - a.id : key(b) - key(a) || a.id - b.id,
      );
      expect(rows.map((r) => r.id)).toEqual(expected.map((c) => c.id));
    });
  }

  it("filters by harm, min score, article, author, date, claim match and status", async () => {
    const hate = await allPages(q({ view: "all", harm: "hate" }), 50);
    expect(hate.length).toBe(fx.comments.filter((c) => c.harms.includes("hate")).length);
    expect(hate.every((r) => r.flaggedHarms.includes("hate"))).toBe(true);

    const strong = await allPages(q({ view: "all", scoreHarm: "hate", minScore: "0.8" }), 50);
    expect(strong.length).toBe(fx.comments.filter((c) => c.hate >= 0.8).length);
    expect(strong.every((r) => r.scores.hate >= 0.8)).toBe(true);

    const byArticle = await allPages(q({ view: "all", article: String(fx.articleB) }), 50);
    expect(byArticle.length).toBe(fx.comments.filter((c) => c.articleId === fx.articleB).length);

    const byAuthor = await allPages(q({ view: "all", author: String(fx.authorTroll) }), 50);
    expect(byAuthor.length).toBe(fx.comments.filter((c) => c.authorId === fx.authorTroll).length);
    expect(byAuthor.every((r) => r.authorName === "Troll Account")).toBe(true);

    const dated = await allPages(q({ view: "all", dateField: "posted", from: "2024-01-10", to: "2024-01-12" }), 50);
    expect(dated.length).toBe(fx.comments.filter((c) => c.postedDay >= 10 && c.postedDay <= 12).length);
    expect(dated.length).toBeGreaterThan(0);

    const claims = await allPages(q({ view: "all", claim: "1" }), 50);
    expect(claims.map((r) => r.id).sort()).toEqual(fx.comments.filter((c) => c.claim).map((c) => c.id).sort());

    const flaggedOnly = await allPages(q({ view: "all", status: "FLAGGED" }), 50);
    expect(flaggedOnly.length).toBe(fx.comments.filter((c) => c.status === "FLAGGED").length);
    const flaggedView = await allPages(q({ view: "flagged" }), 50);
    expect(flaggedView.map((r) => r.id)).toEqual(flaggedOnly.map((r) => r.id));
  });

  it("searches the text with PostgreSQL full-text search (stemmed, web syntax)", async () => {
    const rats = await allPages(q({ view: "all", q: "rat" }), 50);
    expect(rats.length).toBe(fx.comments.filter((c) => /\brats?\b/i.test(c.body)).length);
    expect(rats.length).toBeGreaterThan(0);
    const phrase = await allPages(q({ view: "all", q: '"opcw faked" -video' }), 50);
    expect(phrase.every((r) => /opcw faked/i.test(r.excerpt) && !/video/i.test(r.excerpt))).toBe(true);
    expect(phrase.length).toBeGreaterThan(0);
  });

  it("counts every view under the current filters", async () => {
    const counts = await countViews(db.sql, q({ article: String(fx.articleA) }));
    const inA = fx.comments.filter((c) => c.articleId === fx.articleA);
    expect(counts).toMatchObject({
      needsReview: inA.filter((c) => c.status === "PENDING").length,
      flagged: inA.filter((c) => c.status === "FLAGGED").length,
      hidden: inA.filter((c) => c.status === "HIDDEN").length,
      approved: inA.filter((c) => c.status === "APPROVED").length,
      all: inA.length,
      capped: false,
    });
    expect(await countMatching(db.sql, q({ view: "all" }), 5)).toBe(6);
  });

  it("ignores a cursor from another sort or a tampered one, and bad URL values fall back to defaults", async () => {
    const first = await selectQueuePage(db.sql, q(), 5);
    const other = await selectQueuePage(db.sql, { ...q({ sort: "newest" }), cursor: first.nextCursor! }, 5);
    expect(other.rows[0].id).toBe((await selectQueuePage(db.sql, q({ sort: "newest" }), 5)).rows[0].id);
    expect((await selectQueuePage(db.sql, { ...q(), cursor: "garbage!!" }, 5)).rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    expect(q({ view: "nope", sort: "drop table", minScore: "7", article: "-1" })).toMatchObject({ view: "needs-review", sort: "priority", minScore: undefined, article: undefined });
  });
});

describe("single-comment operations", () => {
  it("approves with the version seen, writes one audit row, and refuses a stale version with the current state", async () => {
    const id = fx.pendingIds[0];
    const v = await version(id);
    const done = ok(await executeOperation(approveComment, users.alice, { id, version: v }));
    expect(done).toMatchObject({ id, status: "APPROVED", version: v + 1 });
    const rows = await audits(id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "comment.approve", actorId: users.alice.id, before: { status: "PENDING" }, after: { status: "APPROVED", version: v + 1 } });

    const stale = await executeOperation(flagComment, users.bob, { id, version: v, category: "HATE" });
    expect(stale).toMatchObject({ ok: false, code: "conflict", current: { status: "APPROVED", version: v + 1, byName: "Alice Mod" } });
    expect(stale.ok ? "" : stale.error).toBe("Changed by someone else: now APPROVED by Alice Mod.");
    expect(await audits(id)).toHaveLength(1);
  });

  it("flags with a category, hides with a required reason (keeping the category) and unhides", async () => {
    const id = fx.pendingIds[1];
    let v = await version(id);
    ok(await executeOperation(flagComment, users.alice, { id, version: v, category: "MISINFORMATION", reason: "OPCW claim" }));
    expect(await executeOperation(hideComment, users.alice, { id, version: v + 1, reason: "" })).toMatchObject({ ok: false, code: "validation" });
    ok(await executeOperation(hideComment, users.alice, { id, version: v + 1, reason: "repeat offender" }));
    expect(await db.prisma.comment.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "HIDDEN", flagCategory: "MISINFORMATION" });
    v = await version(id);
    ok(await executeOperation(unhideComment, users.bob, { id, version: v, reason: "context shows satire" }));
    expect(await db.prisma.comment.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "APPROVED", flagCategory: null });
    expect((await audits(id)).map((a) => [a.action, a.reason])).toEqual([
      ["comment.flag", "OPCW claim"],
      ["comment.hide", "repeat offender"],
      ["comment.unhide", "context shows satire"],
    ]);
  });

  it("lets exactly one of two racing moderators win", async () => {
    const id = fx.pendingIds[2];
    const v = await version(id);
    const results = await Promise.all([
      executeOperation(approveComment, users.alice, { id, version: v }),
      executeOperation(flagComment, users.bob, { id, version: v, category: "HATE" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "conflict")).toHaveLength(1);
    expect(await audits(id)).toHaveLength(1);
  });

  it("undoes an action once, audited, and refuses an undo once someone else changed the comment", async () => {
    const id = fx.pendingIds[3];
    const v = await version(id);
    const flagged = ok(await executeOperation(flagComment, users.alice, { id, version: v, category: "THREAT" }));
    const undone = ok(await executeOperation(undoAction, users.alice, { actionId: flagged.auditId }));
    expect(undone).toMatchObject({ status: "PENDING", flagCategory: null, version: v + 2 });
    const undoRow = await db.prisma.moderationAction.findUniqueOrThrow({ where: { id: undone.auditId } });
    expect(undoRow).toMatchObject({ action: "comment.undo", undoOf: flagged.auditId, before: { status: "FLAGGED" }, after: { status: "PENDING" } });
    expect(await executeOperation(undoAction, users.alice, { actionId: flagged.auditId })).toMatchObject({ ok: false, code: "conflict", error: "That action was already undone." });

    const approved = ok(await executeOperation(approveComment, users.alice, { id, version: v + 2 }));
    ok(await executeOperation(hideComment, users.bob, { id, version: approved.version, reason: "threat" }));
    const guarded = await executeOperation(undoAction, users.alice, { actionId: approved.auditId });
    expect(guarded).toMatchObject({ ok: false, code: "conflict", current: { status: "HIDDEN", byName: "Bob Mod" } });
    expect(await db.prisma.comment.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "HIDDEN" });
  });

  it("annotates a span, adds a note, decides a claim match; the review page reads them back with its context", async () => {
    const id = fx.claimCommentId;
    const body = fx.comments.find((c) => c.id === id)!.body;
    expect(await executeOperation(annotateComment, users.alice, { commentId: id, start: 0, end: body.length + 5, label: "x" })).toMatchObject({ ok: false, code: "validation" });
    ok(await executeOperation(annotateComment, users.alice, { commentId: id, start: 4, end: 14, label: "false claim", note: "see fact check" }));
    ok(await executeOperation(addNote, users.bob, { commentId: id, body: "Agree, confirm the match." }));
    const match = await db.prisma.claimMatch.findFirstOrThrow({ where: { commentId: id } });
    ok(await executeOperation(decideClaim, users.bob, { matchId: match.id, decision: "REJECTED", expected: "SUGGESTED" }));
    expect(await executeOperation(decideClaim, users.alice, { matchId: match.id, decision: "CONFIRMED", expected: "SUGGESTED" })).toMatchObject({ ok: false, code: "conflict" });
    expect(await db.prisma.comment.findUniqueOrThrow({ where: { id } })).toMatchObject({ hasClaimMatch: false });

    const review = (await getCommentReview(id))!;
    expect(review.annotations).toEqual([expect.objectContaining({ quote: body.slice(4, 14), label: "false claim", authorName: "Alice Mod" })]);
    expect(review.notes).toEqual([expect.objectContaining({ body: "Agree, confirm the match.", authorName: "Bob Mod" })]);
    expect(review.claims[0]).toMatchObject({ status: "REJECTED", verdict: "False" });
    expect(review.spans[0]).toMatchObject({ category: "misinformation", reason: expect.any(String) });
    expect(review.history.map((h) => h.action)).toEqual(["comment.note", "comment.annotate"]);

    const reply = fx.comments.find((c) => c.parentId === id)!;
    const context = await getReviewContext({ id: reply.id, parentId: id, authorId: reply.authorId });
    expect(context.parent?.id).toBe(id);
    expect(context.thread.map((n) => n.id)).toEqual(expect.arrayContaining([id, reply.id]));
    expect(context.authorHistory?.recent.length).toBeGreaterThan(0);
  });
});

describe("bulk moderation", () => {
  it("approves selected comments in one batch, skips those already handled, and undoes the batch (guarded)", async () => {
    const ids = fx.comments.filter((c) => c.articleId === fx.articleB && c.status === "PENDING").map((c) => c.id).slice(0, 6);
    const handled = ids[0];
    ok(await executeOperation(flagComment, users.bob, { id: handled, version: await version(handled), category: "SPAM" }));
    const leased = ids[1];
    ok(await executeOperation(claimComment, users.bob, { id: leased }));

    const result = ok(await executeOperation(bulkModerate, users.alice, { action: "approve", target: { kind: "ids", items: ids.map((id) => ({ id, status: "PENDING" })) } }));
    expect(result).toMatchObject({ done: 4, skippedHandled: 1, skippedReviewing: 1 });
    const rows = await db.prisma.moderationAction.findMany({ where: { batchId: result.batchId } });
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.action === "comment.approve" && r.actorId === users.alice.id)).toBe(true);
    expect(await db.prisma.comment.count({ where: { id: { in: ids }, status: "APPROVED" } })).toBe(4);

    const changedSince = ids[2];
    ok(await executeOperation(hideComment, users.bob, { id: changedSince, version: await version(changedSince), reason: "spam link" }));
    const undo = ok(await executeOperation(undoBatch, users.alice, { batchId: result.batchId }));
    expect(undo).toMatchObject({ done: 3, skippedHandled: 1 });
    expect(await db.prisma.comment.findUniqueOrThrow({ where: { id: changedSince } })).toMatchObject({ status: "HIDDEN" });
    expect(await db.prisma.comment.count({ where: { id: { in: ids.slice(3) }, status: "PENDING" } })).toBe(3);
    expect(await db.prisma.moderationAction.count({ where: { batchId: undo.batchId, action: "comment.undo", undoOf: { not: null } } })).toBe(3);
    expect(await executeOperation(undoBatch, users.alice, { batchId: result.batchId })).toMatchObject({ ok: false, code: "conflict" });
    ok(await executeOperation(releaseClaim, users.bob, { id: leased }));
  });

  it("flags everything a filter matches, and refuses a filter beyond the cap or an over-long id list", async () => {
    const params = { view: "needs-review", q: "rats" };
    const before = await countMatching(db.sql, parseQueueParams(params), 1000);
    expect(before).toBeGreaterThan(0);
    const result = ok(await executeOperation(bulkModerate, users.alice, { action: "flag", category: "HATE", target: { kind: "filter", params } }));
    expect(result.done).toBe(before);
    expect(await countMatching(db.sql, parseQueueParams(params), 1000)).toBe(0);

    expect(await executeOperation(bulkModerate, users.alice, { action: "flag", target: { kind: "filter", params } })).toMatchObject({ ok: false, code: "validation" });
    const tooMany = Array.from({ length: 1001 }, (_, i) => ({ id: i + 1, status: "PENDING" }));
    expect(await executeOperation(bulkModerate, users.alice, { action: "approve", target: { kind: "ids", items: tooMany } })).toMatchObject({ ok: false, code: "validation" });
    const bulkArticle = await seedBulkArticle(db);
    expect(await executeOperation(bulkModerate, users.alice, { action: "approve", target: { kind: "filter", params: { view: "all", article: String(bulkArticle) } } })).toMatchObject({
      ok: false,
      error: expect.stringContaining("more than 1000"),
    });
  });
});

describe("claim leases", () => {
  it("holds a comment for one moderator, shows who, and the next-comment key skips it", async () => {
    const [first, second] = (await selectQueuePage(db.sql, q({ article: String(fx.articleA) }), 2)).rows;
    expect(ok(await executeOperation(claimComment, users.alice, { id: second.id }))).toMatchObject({ held: true });
    expect(ok(await executeOperation(claimComment, users.bob, { id: second.id }))).toMatchObject({ held: false, lease: { byName: "Alice Mod" } });
    const page = await selectQueuePage(db.sql, q({ article: String(fx.articleA) }), 2);
    expect(page.rows[1].lease).toMatchObject({ byId: users.alice.id, byName: "Alice Mod" });

    const nextForBob = await selectAdjacent(db.sql, q({ article: String(fx.articleA) }), first.id, "next", users.bob.id);
    expect(nextForBob).not.toBe(second.id);
    expect(await selectAdjacent(db.sql, q({ article: String(fx.articleA) }), first.id, "next", users.alice.id)).toBe(second.id);
    expect(await selectAdjacent(db.sql, q({ article: String(fx.articleA) }), nextForBob!, "previous", users.bob.id)).toBe(first.id);

    expect(ok(await executeOperation(releaseClaim, users.bob, { id: second.id }))).toMatchObject({ released: false });
    expect(ok(await executeOperation(releaseClaim, users.alice, { id: second.id }))).toMatchObject({ released: true });
    expect(ok(await executeOperation(claimComment, users.bob, { id: second.id }))).toMatchObject({ held: true });
    await db.sql.query(`UPDATE "Comment" SET "claimExpiresAt" = (now() AT TIME ZONE 'UTC') - interval '1 minute' WHERE "id" = $1`, [second.id]);
    expect(ok(await executeOperation(claimComment, users.alice, { id: second.id }))).toMatchObject({ held: true });
  });
});

describe("evidence highlighting", () => {
  it("slices the text at span offsets and merges overlapping spans into one highlight with every reason", () => {
    const body = "They are rats and vermin, kill them";
    const span = (start: number, end: number, category: "hate" | "threat", reason: string) => ({ start, end, category, reason, analyzer: "terms" });
    const segments = segmentText(body, [span(9, 13, "hate", "dehumanising"), span(9, 24, "hate", "dehumanising"), span(26, 35, "threat", "call to kill"), span(30, 99, "threat", "call to kill")]);
    expect(segments.map((s) => [s.text, s.spans.length])).toEqual([["They are ", 0], ["rats and vermin", 2], [", ", 0], ["kill them", 2]]);
    expect(segments.map((s) => s.text).join("")).toBe(body);
    expect(describeSegment(segments[1])).toEqual({ harms: ["hate"], reasons: [{ category: "hate", reason: "dehumanising", analyzer: "terms" }] });
    expect(segmentText("abc", [span(2, 1, "hate", "x")]).map((s) => s.text)).toEqual(["abc"]);
  });
});

describe("live queue feed", () => {
  it("reports new comments and status changes (LISTEN on PostgreSQL, polling on PGlite)", async () => {
    const events: TCommentEvent[] = [];
    const unsubscribe = subscribeToComments((e) => events.push(e));
    try {
      await new Promise((r) => setTimeout(r, 800)); // LISTEN established / first poll taken as the baseline
      const id = fx.comments.find((c) => c.articleId === fx.articleA && c.status === "APPROVED")!.id;
      ok(await executeOperation(hideComment, users.alice, { id, version: await version(id), reason: "live test" }));
      await db.prisma.comment.create({ data: { articleId: fx.articleA, body: "A brand new comment", dedupeKey: "live-1", contentHash: "live-1" } });
      const deadline = Date.now() + 10_000;
      const seen = () => ({
        changed: events.some((e) => e.type === "changed" && e.rows.some((r) => r.id === id && r.status === "HIDDEN")),
        inserted: events.some((e) => e.type === "inserted" && e.count >= 1),
      });
      while (Date.now() < deadline && !(seen().changed && seen().inserted)) await new Promise((r) => setTimeout(r, 200));
      expect(seen()).toEqual({ changed: true, inserted: true });
    } finally {
      unsubscribe();
    }
  });
});

describe("articles and the public read path", () => {
  it("lets editors hide / restore articles and close comments (audited); moderators are refused", async () => {
    expect(await executeOperation(hideArticle, users.alice, { articleId: fx.articleB })).toMatchObject({ ok: false, code: "forbidden" });
    ok(await executeOperation(hideArticle, users.eddie, { articleId: fx.articleB, reason: "legal request" }));
    expect(await executeOperation(hideArticle, users.eddie, { articleId: fx.articleB })).toMatchObject({ ok: false, code: "conflict" });
    ok(await executeOperation(closeComments, users.eddie, { articleId: fx.articleA }));
    const rows = await db.prisma.moderationAction.findMany({ where: { targetType: "ARTICLE" }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.action, r.targetId, r.reason])).toEqual([
      ["article.hide", String(fx.articleB), "legal request"],
      ["article.close", String(fx.articleA), null],
    ]);
  });

  it("never returns flagged or hidden comments, nor anything of a hidden article", async () => {
    expect(await getPublicArticle(fx.articleB)).toBeNull();
    expect(await listPublicComments(fx.articleB, null)).toBeNull();

    const all: number[] = [];
    let after: number | null = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof listPublicComments>> = await listPublicComments(fx.articleA, after, 4);
      all.push(...page!.comments.map((c) => c.id));
      if (!page!.nextAfter) break;
      after = page!.nextAfter;
    }
    const states = await db.prisma.comment.findMany({ where: { articleId: fx.articleA }, select: { id: true, status: true } });
    const visible = states.filter((s) => s.status === "PENDING" || s.status === "APPROVED").map((s) => s.id).sort((a, b) => a - b);
    expect(all).toEqual(visible);
    expect(states.some((s) => s.status === "HIDDEN") && states.some((s) => s.status === "FLAGGED")).toBe(true);

    ok(await executeOperation(restoreArticle, users.eddie, { articleId: fx.articleB }));
    const restored = await listPublicComments(fx.articleB, null, 1000);
    expect(restored!.comments.length).toBeGreaterThan(0);
  });
});

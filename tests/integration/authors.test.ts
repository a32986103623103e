// Authors and reader reports against a real database: per-site matching, author state applied on
// ingestion (ban, suspend, pre-moderate, trust), hide-all with batch undo, and reader reports from
// submission (limits, visibility) to the Reported view, priority and resolution by a decision.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDb } from "@/lib/db/connect";
import { setDb } from "@/lib/db";
import { executeOperation } from "@/lib/auth/operation";
import { createUserWithPassword } from "@/lib/auth/passwords";
import type { TSessionUser } from "@/lib/auth/session-types";
import { ingestPayload } from "@/lib/import/ingest-api";
import { listPublicComments } from "@/lib/moderation/public-queries";
import { parseQueueParams } from "@/lib/moderation/queue-params";
import { countViews, selectQueuePage } from "@/lib/moderation/queue-sql";
import { hideComment } from "@/lib/moderation/operations/hide-comment";
import { approveComment } from "@/lib/moderation/operations/approve-comment";
import { undoAction } from "@/lib/moderation/operations/undo-action";
import { undoBatch } from "@/lib/moderation/operations/undo-batch";
import { banAuthor } from "@/lib/authors/operations/ban-author";
import { restrictAuthor } from "@/lib/authors/operations/restrict-author";
import { undoAuthorAction } from "@/lib/authors/operations/undo-author-action";
import { hideAuthorComments } from "@/lib/authors/operations/hide-author-comments";
import { addAuthorNote } from "@/lib/authors/operations/add-author-note";
import { getAuthorProfile, listAuthorComments, listAuthorHistory } from "@/lib/authors/queries";
import { submitReaderReport } from "@/lib/reader-reports/submit";
import { dismissReports } from "@/lib/reader-reports/operations/dismiss-reports";
import { listCommentReports, readerReportStats } from "@/lib/reader-reports/queries";
import { clientAddressOf } from "@/lib/reader-reports/client-address";
import { scoreComments } from "@/lib/triage/score-comments";
import { createTestDb } from "../helpers/test-db";

let db: TDb;
const users = {} as Record<"ADMIN" | "EDITOR" | "MODERATOR", TSessionUser>;
const URL_A = "https://www.paper.example/story-a";

async function ingest(records: unknown[]) {
  const result = await ingestPayload(db, { comments: records });
  expect(result.body.errors).toEqual([]);
  return result.body.commentIds;
}
async function comment(externalId: string) {
  return db.prisma.comment.findFirstOrThrow({ where: { externalId }, include: { author: true } });
}
async function ok<T>(promise: Promise<{ ok: boolean; data?: T; error?: string }>): Promise<T> {
  const r = await promise;
  if (!r.ok) throw new Error(`operation refused: ${r.error}`);
  return r.data as T;
}
const publicIds = async (articleId: number) => (await listPublicComments(articleId, null, 1000))!.comments.map((c) => c.id);

beforeAll(async () => {
  db = await createTestDb();
  setDb(db);
  for (const role of ["ADMIN", "EDITOR", "MODERATOR"] as const) {
    const email = `${role.toLowerCase()}@authors.test`;
    const { id } = await createUserWithPassword(db.prisma, { email, name: role, role, password: "authors-password" });
    users[role] = { id, email, name: role, role };
  }
});
afterAll(async () => db?.close());

describe("authors", () => {
  it("matches authors per site: by account id when the source gives one, else by name", async () => {
    await ingest([
      { articleUrl: URL_A, articleTitle: "A", externalId: "m1", author: "Sam Reader", body: "First on A" },
      { articleUrl: URL_A, externalId: "m2", author: "sam  reader", body: "Second on A" },
      { articleUrl: "https://other.example/b", articleTitle: "B", externalId: "m3", author: "Sam Reader", body: "On another site" },
      { articleUrl: URL_A, externalId: "m4", author: "Renamed", authorId: 77, body: "With an account id" },
      { articleUrl: URL_A, externalId: "m5", author: "Renamed Again", authorId: "77", body: "Same account, new name" },
    ]);
    const [m1, m2, m3, m4, m5] = await Promise.all(["m1", "m2", "m3", "m4", "m5"].map(comment));
    expect(m1.authorId).toBe(m2.authorId);
    expect(m1.author?.key).toBe("paper.example|n:sam reader");
    expect(m3.authorId).not.toBe(m1.authorId);
    expect(m4.authorId).toBe(m5.authorId);
    expect(m4.author).toMatchObject({ key: "paper.example|id:77", externalId: "77", site: "paper.example" });
  });

  it("a banned author's next comment is stored hidden with the reason, and never public; undo of the ban lets new ones through", async () => {
    const { authorId, articleId } = await comment("m1");
    const profile = (await getAuthorProfile(authorId!))!;
    expect((await executeOperation(banAuthor, users.MODERATOR, { authorId, version: profile.version, action: "ban", reason: "abuse" }))).toMatchObject({ ok: false, code: "forbidden" });
    const banned = await ok(executeOperation(banAuthor, users.EDITOR, { authorId, version: profile.version, action: "ban", reason: "Antisemitic abuse" }));
    await expect(publicIds(articleId)).resolves.not.toContain((await comment("m1")).id); // earlier comments vanish from the public view too
    await ingest([{ articleUrl: URL_A, externalId: "m6", author: "Sam Reader", body: "A perfectly polite remark" }]);
    const m6 = await comment("m6");
    expect(m6.status).toBe("HIDDEN");
    const audit = await db.prisma.moderationAction.findFirstOrThrow({ where: { targetType: "COMMENT", targetId: String(m6.id) } });
    expect(audit).toMatchObject({ action: "comment.hide", reason: "author banned", actorEmail: "author-state" });
    expect(await publicIds(articleId)).not.toContain(m6.id);

    const undone = await ok(executeOperation(undoAuthorAction, users.EDITOR, { actionId: (banned as { auditId: number }).auditId }));
    expect(undone).toMatchObject({ banned: false });
    await ingest([{ articleUrl: URL_A, externalId: "m7", author: "Sam Reader", body: "Back again, politely" }]);
    expect((await comment("m7")).status).toBe("PENDING");
    expect(await publicIds(articleId)).toContain((await comment("m7")).id);
    const history = await listAuthorHistory(authorId!, true);
    expect(history.map((h) => h.action)).toEqual(["author.undo", "author.ban"]);
  });

  it("a moderator may not undo a ban", async () => {
    const { authorId } = await comment("m3");
    const p = (await getAuthorProfile(authorId!))!;
    const banned = await ok(executeOperation(banAuthor, users.ADMIN, { authorId, version: p.version, action: "ban", reason: "spam" }));
    expect(await executeOperation(undoAuthorAction, users.MODERATOR, { actionId: (banned as { auditId: number }).auditId })).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("pre-moderation holds a comment nothing would stop: pending, not public until a person approves", async () => {
    const { authorId, articleId } = await comment("m4");
    const p = (await getAuthorProfile(authorId!))!;
    await ok(executeOperation(restrictAuthor, users.MODERATOR, { authorId, version: p.version, action: "premoderate", reason: "New account posting links" }));
    await ingest([{ articleUrl: URL_A, externalId: "m8", authorId: 77, author: "Renamed", body: "Nice article, thanks" }]);
    const m8 = await comment("m8");
    expect(m8).toMatchObject({ status: "PENDING", heldReason: "author pre-moderated" });
    expect(await publicIds(articleId)).not.toContain(m8.id);
    const queued = await selectQueuePage(db.sql, parseQueueParams({ view: "needs-review", author: String(authorId) }));
    expect(queued.rows.find((r) => r.id === m8.id)?.heldReason).toBe("author pre-moderated");
    await ok(executeOperation(approveComment, users.MODERATOR, { id: m8.id, version: m8.version }));
    expect(await publicIds(articleId)).toContain(m8.id);
  });

  it("a suspension hides new comments until its date; a date in the past is refused", async () => {
    const { authorId } = await comment("m7");
    const p = (await getAuthorProfile(authorId!))!;
    expect(await executeOperation(restrictAuthor, users.MODERATOR, { authorId, version: p.version, action: "suspend", until: "2001-01-01", reason: "x" })).toMatchObject({ ok: false });
    const until = new Date(Date.now() + 3 * 86_400_000).toISOString();
    await ok(executeOperation(restrictAuthor, users.MODERATOR, { authorId, version: p.version, action: "suspend", until, reason: "Cooling off" }));
    await ingest([{ articleUrl: URL_A, externalId: "m9", author: "Sam Reader", body: "Still here" }]);
    const m9 = await comment("m9");
    expect(m9.status).toBe("HIDDEN");
    const audit = await db.prisma.moderationAction.findFirstOrThrow({ where: { targetType: "COMMENT", targetId: String(m9.id) } });
    expect(audit.reason).toMatch(/^author suspended until /);
    // a stale version is refused
    expect(await executeOperation(restrictAuthor, users.MODERATOR, { authorId, version: p.version, action: "unsuspend", reason: "x" })).toMatchObject({ ok: false, code: "conflict" });
  });

  it("a trusted author's comments pass auto-hold rules; others are held", async () => {
    await db.prisma.rule.create({ data: { name: "hold all", harm: "hate", minScore: 0, maxScore: 1, action: "HOLD", enabled: true } });
    await ingest([{ articleUrl: URL_A, externalId: "t1", author: "Tia Trusted", body: "An ordinary remark" }]);
    const t1 = await comment("t1");
    expect(t1.heldReason).toBe("rules: hold all");
    const p = (await getAuthorProfile(t1.authorId!))!;
    expect(await executeOperation(banAuthor, users.MODERATOR, { authorId: p.id, version: p.version, action: "trust", reason: "Long-time reader" })).toMatchObject({ ok: false, code: "forbidden" });
    await ok(executeOperation(banAuthor, users.EDITOR, { authorId: p.id, version: p.version, action: "trust", reason: "Long-time reader" }));
    await ingest([{ articleUrl: URL_A, externalId: "t2", author: "Tia Trusted", body: "Another ordinary remark" }]);
    expect((await comment("t2")).heldReason).toBeNull();
    await db.prisma.rule.deleteMany({});
  });

  it("hides all of an author's comments as one batch with a count, and undoes it as one", async () => {
    await ingest([1, 2, 3].map((i) => ({ articleUrl: URL_A, externalId: `h${i}`, author: "Hal Spammer", body: `Buy now ${i}` })));
    const { authorId } = await comment("h1");
    const outcome = await ok(executeOperation(hideAuthorComments, users.MODERATOR, { authorId, reason: "Spam account" }));
    expect(outcome).toMatchObject({ done: 3 });
    expect((await listAuthorComments(authorId!, null)).rows.every((r) => r.status === "HIDDEN")).toBe(true);
    expect((await getAuthorProfile(authorId!))!.stats).toMatchObject({ total: 3, hidden: 3 });
    await ok(executeOperation(undoBatch, users.MODERATOR, { batchId: (outcome as { batchId: string }).batchId }));
    expect((await listAuthorComments(authorId!, null)).rows.every((r) => r.status === "PENDING")).toBe(true);
    await ok(executeOperation(addAuthorNote, users.MODERATOR, { authorId, body: "Same link under every story" }));
  });

  it("pages an author's comments newest first by keyset", async () => {
    const { authorId } = await comment("h1");
    const first = await listAuthorComments(authorId!, null, 2);
    const second = await listAuthorComments(authorId!, first.nextBefore, 2);
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual([...first.rows, ...second.rows].map((r) => r.id).sort((a, b) => b - a));
    expect(second.nextBefore).toBeNull();
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(3);
  });
});

describe("reader reports", () => {
  const report = (id: number, reason = "hate", address = "203.0.113.7") => submitReaderReport(db, id, { reason: reason as "hate" }, address);

  it("takes a report of a public comment, raises its priority and lists it in the Reported view", async () => {
    await ingest([{ articleUrl: URL_A, externalId: "r1", author: "Rex", body: "Some comment readers dislike" }]);
    const r1 = await comment("r1");
    expect(await report(r1.id, "hate")).toMatchObject({ status: 202 });
    expect(await report(r1.id, "spam", "198.51.100.4")).toMatchObject({ status: 202 });
    const after = await comment("r1");
    expect(after.openReports).toBe(2);
    expect(after.priority).toBe(Math.min(100, r1.priority + 20));
    await scoreComments(db, [r1.id]); // scoring again keeps the reports' boost
    expect((await comment("r1")).priority).toBe(after.priority);
    const page = await selectQueuePage(db.sql, parseQueueParams({ view: "reported" }));
    expect(page.rows.map((r) => r.id)).toEqual([r1.id]);
    expect(page.rows[0].reports).toEqual({ count: 2, reasons: ["hate", "spam"] });
    expect((await countViews(db.sql, parseQueueParams({ view: "reported" }))).reported).toBe(1);
    expect((await countViews(db.sql, parseQueueParams({}))).needsReview).toBeGreaterThan(1);
  });

  it("refuses the same client twice on one comment, and too many reports from one client (429)", async () => {
    const r1 = await comment("r1");
    expect(await report(r1.id, "other")).toMatchObject({ status: 429 });
    process.env.VIGIL_REPORTS_PER_HOUR = "3";
    try {
      await ingest([1, 2, 3].map((i) => ({ articleUrl: URL_A, externalId: `rl${i}`, author: "Lou", body: `comment ${i}` })));
      const ids = await Promise.all([1, 2, 3].map(async (i) => (await comment(`rl${i}`)).id));
      expect(await report(ids[0], "spam", "192.0.2.1")).toMatchObject({ status: 202 });
      expect(await report(ids[1], "spam", "192.0.2.1")).toMatchObject({ status: 202 });
      expect(await report(ids[2], "spam", "192.0.2.1")).toMatchObject({ status: 202 });
      expect(await report(r1.id, "spam", "192.0.2.1")).toMatchObject({ status: 429 });
    } finally {
      delete process.env.VIGIL_REPORTS_PER_HOUR;
    }
  });

  it("answers not found for unknown, hidden, held or closed comments", async () => {
    expect(await report(999_999)).toEqual({ status: 404 });
    expect(await report((await comment("m6")).id)).toEqual({ status: 404 }); // hidden (banned author)
    await ingest([{ articleUrl: "https://closed.example/x", articleTitle: "Closed", externalId: "c1", author: "Cal", body: "on a closed thread" }]);
    const c1 = await comment("c1");
    await db.prisma.article.update({ where: { id: c1.articleId }, data: { commentsOpen: false } });
    expect(await report(c1.id)).toEqual({ status: 404 });
  });

  it("a decision resolves open reports (upheld on hide) through its audit row; undo reopens them; dismissal is audited", async () => {
    const r1 = await comment("r1");
    const hidden = await ok(executeOperation(hideComment, users.MODERATOR, { id: r1.id, version: r1.version, reason: "Reported and right" }));
    const reports = await db.prisma.readerReport.findMany({ where: { commentId: r1.id } });
    expect(reports.every((r) => r.status === "UPHELD" && r.resolvedActionId === (hidden as { auditId: number }).auditId && r.resolvedById === users.MODERATOR.id)).toBe(true);
    expect((await comment("r1")).openReports).toBe(0);
    expect((await selectQueuePage(db.sql, parseQueueParams({ view: "reported" }))).rows.map((r) => r.id)).not.toContain(r1.id);

    await ok(executeOperation(undoAction, users.MODERATOR, { actionId: (hidden as { auditId: number }).auditId }));
    expect((await comment("r1")).openReports).toBe(2);
    expect((await listCommentReports(r1.id)).open).toBe(2);

    expect(await executeOperation(dismissReports, users.MODERATOR, { commentId: r1.id })).toMatchObject({ ok: true, data: { dismissed: 2 } });
    expect((await comment("r1")).openReports).toBe(0);
    const audit = await db.prisma.moderationAction.findFirstOrThrow({ where: { action: "reports.dismiss", targetId: String(r1.id) } });
    expect(audit.actorId).toBe(users.MODERATOR.id);
    const today = new Date().toISOString().slice(0, 10);
    const stats = await readerReportStats(today, today);
    expect(stats.total).toBe(5);
    expect(stats.perDay).toEqual([{ day: today, reports: 5 }]);
  });

  it("counts a client by the address the nearest proxy saw, not one the client made up", () => {
    expect(clientAddressOf(new Headers({ "x-forwarded-for": "1.2.3.4, 10.0.0.9" }))).toBe("10.0.0.9");
    expect(clientAddressOf(new Headers({ "x-real-ip": "10.0.0.8" }))).toBe("10.0.0.8");
  });
});

// Reader reports against a real database: submission (limits, visibility), the Reported view and
// priority, resolution by a moderator's decision with undo, dismissal, and the client address rule.
import { describe, expect, it } from "vitest";
import { executeOperation } from "@/lib/auth/operation";
import { parseQueueParams } from "@/lib/moderation/queue-params";
import { selectQueuePage } from "@/lib/moderation/queue-sql";
import { countViews } from "@/lib/moderation/queue-counts";
import { hideComment } from "@/lib/moderation/operations/hide-comment";
import { undoAction } from "@/lib/moderation/operations/undo-action";
import { submitReaderReport } from "@/lib/reader-reports/submit";
import { dismissReports } from "@/lib/reader-reports/operations/dismiss-reports";
import { listCommentReports, readerReportStats } from "@/lib/reader-reports/queries";
import { clientAddressOf } from "@/lib/reader-reports/client-address";
import { scoreComments } from "@/lib/triage/score-comments";
import { URL_A, comment, db, ingest, ok, setupAuthorsDb, users } from "../helpers/authors-db";

setupAuthorsDb();

describe("reader reports", () => {
  const report = (id: number, reason = "hate", address = "203.0.113.7") =>
    submitReaderReport(db, id, { reason: reason as "hate" }, address);

  it("takes a report of a public comment, raises its priority and lists it in the Reported view", async () => {
    await ingest([
      { articleUrl: URL_A, externalId: "r0", author: "Ria", body: "A comment nobody reports" },
      { articleUrl: URL_A, externalId: "r1", author: "Rex", body: "Some comment readers dislike" },
    ]);
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
      await ingest(
        [1, 2, 3].map((i) => ({
          articleUrl: URL_A,
          externalId: `rl${i}`,
          author: "Lou",
          body: `comment ${i}`,
        })),
      );
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
    await ingest([
      { articleUrl: URL_A, externalId: "x1", author: "Xan", body: "A comment a moderator hid" },
    ]);
    await db.prisma.comment.update({
      where: { id: (await comment("x1")).id },
      data: { status: "HIDDEN" },
    });
    expect(await report((await comment("x1")).id)).toEqual({ status: 404 }); // hidden
    await ingest([
      {
        articleUrl: "https://closed.example/x",
        articleTitle: "Closed",
        externalId: "c1",
        author: "Cal",
        body: "on a closed thread",
      },
    ]);
    const c1 = await comment("c1");
    await db.prisma.article.update({ where: { id: c1.articleId }, data: { commentsOpen: false } });
    expect(await report(c1.id)).toEqual({ status: 404 });
  });

  it("a decision resolves open reports (upheld on hide) through its audit row; undo reopens them; dismissal is audited", async () => {
    const r1 = await comment("r1");
    const hidden = await ok(
      executeOperation(hideComment, users.MODERATOR, {
        id: r1.id,
        version: r1.version,
        reason: "Reported and right",
      }),
    );
    const reports = await db.prisma.readerReport.findMany({ where: { commentId: r1.id } });
    expect(
      reports.every(
        (r) =>
          r.status === "UPHELD" &&
          r.resolvedActionId === (hidden as { auditId: number }).auditId &&
          r.resolvedById === users.MODERATOR.id,
      ),
    ).toBe(true);
    expect((await comment("r1")).openReports).toBe(0);
    expect(
      (await selectQueuePage(db.sql, parseQueueParams({ view: "reported" }))).rows.map((r) => r.id),
    ).not.toContain(r1.id);

    await ok(
      executeOperation(undoAction, users.MODERATOR, {
        actionId: (hidden as { auditId: number }).auditId,
      }),
    );
    expect((await comment("r1")).openReports).toBe(2);
    expect((await listCommentReports(r1.id)).open).toBe(2);

    expect(
      await executeOperation(dismissReports, users.MODERATOR, { commentId: r1.id }),
    ).toMatchObject({ ok: true, data: { dismissed: 2 } });
    expect((await comment("r1")).openReports).toBe(0);
    const audit = await db.prisma.moderationAction.findFirstOrThrow({
      where: { action: "reports.dismiss", targetId: String(r1.id) },
    });
    expect(audit.actorId).toBe(users.MODERATOR.id);
    const today = new Date().toISOString().slice(0, 10);
    const stats = await readerReportStats(today, today);
    expect(stats.total).toBe(5);
    expect(stats.perDay).toEqual([{ day: today, reports: 5 }]);
  });

  it("counts a client by the address the nearest proxy saw, not one the client made up", () => {
    expect(clientAddressOf(new Headers({ "x-forwarded-for": "1.2.3.4, 10.0.0.9" }))).toBe(
      "10.0.0.9",
    );
    expect(clientAddressOf(new Headers({ "x-real-ip": "10.0.0.8" }))).toBe("10.0.0.8");
  });
});

// Evidence highlighting, the live queue feed, and article-level operations with the public read
// path's visibility rule (no flagged or hidden comments, nothing of a hidden article).
import { describe, expect, it } from "vitest";
import { executeOperation } from "@/lib/auth/operation";
import { hideComment } from "@/lib/moderation/operations/hide-comment";
import { hideArticle } from "@/lib/moderation/operations/hide-article";
import { restoreArticle } from "@/lib/moderation/operations/restore-article";
import { closeComments } from "@/lib/moderation/operations/close-comments";
import { getPublicArticle, listPublicComments } from "@/lib/moderation/public-queries";
import { describeSegment, segmentText } from "@/lib/moderation/highlight";
import { subscribeToComments, type TCommentEvent } from "@/lib/moderation/live/comment-events";
import { db, fx, ok, setupModerationDb, users, version } from "../helpers/moderation-db";

setupModerationDb();

describe("evidence highlighting", () => {
  it("slices the text at span offsets and merges overlapping spans into one highlight with every reason", () => {
    const body = "They are rats and vermin, kill them";
    const span = (start: number, end: number, category: "hate" | "threat", reason: string) => ({
      start,
      end,
      category,
      reason,
      analyzer: "terms",
    });
    const segments = segmentText(body, [
      span(9, 13, "hate", "dehumanising"),
      span(9, 24, "hate", "dehumanising"),
      span(26, 35, "threat", "call to kill"),
      span(30, 99, "threat", "call to kill"),
    ]);
    expect(segments.map((s) => [s.text, s.spans.length])).toEqual([
      ["They are ", 0],
      ["rats and vermin", 2],
      [", ", 0],
      ["kill them", 2],
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(body);
    expect(describeSegment(segments[1])).toEqual({
      harms: ["hate"],
      reasons: [{ category: "hate", reason: "dehumanising", analyzer: "terms" }],
    });
    expect(segmentText("abc", [span(2, 1, "hate", "x")]).map((s) => s.text)).toEqual(["abc"]);
  });
});

describe("live queue feed", () => {
  it("reports new comments and status changes (LISTEN on PostgreSQL, polling on PGlite)", async () => {
    const events: TCommentEvent[] = [];
    const unsubscribe = subscribeToComments((e) => events.push(e));
    try {
      await new Promise((r) => setTimeout(r, 800)); // LISTEN established / first poll taken as the baseline
      const id = fx.comments.find(
        (c) => c.articleId === fx.articleA && c.status === "APPROVED",
      )!.id;
      ok(
        await executeOperation(hideComment, users.alice, {
          id,
          version: await version(id),
          reason: "live test",
        }),
      );
      await db.prisma.comment.create({
        data: {
          articleId: fx.articleA,
          body: "A brand new comment",
          dedupeKey: "live-1",
          contentHash: "live-1",
        },
      });
      const deadline = Date.now() + 10_000;
      const seen = () => ({
        changed: events.some(
          (e) => e.type === "changed" && e.rows.some((r) => r.id === id && r.status === "HIDDEN"),
        ),
        inserted: events.some((e) => e.type === "inserted" && e.count >= 1),
      });
      while (Date.now() < deadline && !(seen().changed && seen().inserted))
        await new Promise((r) => setTimeout(r, 200));
      expect(seen()).toEqual({ changed: true, inserted: true });
    } finally {
      unsubscribe();
    }
  });
});

describe("articles and the public read path", () => {
  it("lets editors hide / restore articles and close comments (audited); moderators are refused", async () => {
    expect(
      await executeOperation(hideArticle, users.alice, { articleId: fx.articleB }),
    ).toMatchObject({ ok: false, code: "forbidden" });
    ok(
      await executeOperation(hideArticle, users.eddie, {
        articleId: fx.articleB,
        reason: "legal request",
      }),
    );
    expect(
      await executeOperation(hideArticle, users.eddie, { articleId: fx.articleB }),
    ).toMatchObject({ ok: false, code: "conflict" });
    ok(await executeOperation(closeComments, users.eddie, { articleId: fx.articleA }));
    const rows = await db.prisma.moderationAction.findMany({
      where: { targetType: "ARTICLE" },
      orderBy: { id: "asc" },
    });
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
      const page: Awaited<ReturnType<typeof listPublicComments>> = await listPublicComments(
        fx.articleA,
        after,
        4,
      );
      all.push(...page!.comments.map((c) => c.id));
      if (!page!.nextAfter) break;
      after = page!.nextAfter;
    }
    const states = await db.prisma.comment.findMany({
      where: { articleId: fx.articleA },
      select: { id: true, status: true },
    });
    const visible = states
      .filter((s) => s.status === "PENDING" || s.status === "APPROVED")
      .map((s) => s.id)
      .sort((a, b) => a - b);
    expect(all).toEqual(visible);
    expect(
      states.some((s) => s.status === "HIDDEN") && states.some((s) => s.status === "FLAGGED"),
    ).toBe(true);

    ok(await executeOperation(restoreArticle, users.eddie, { articleId: fx.articleB }));
    const restored = await listPublicComments(fx.articleB, null, 1000);
    expect(restored!.comments.length).toBeGreaterThan(0);
  });
});

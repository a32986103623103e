// Single-comment operations against a real database: version checks with one audit row each,
// racing moderators, undo and guarded undo, annotations, notes, claim decisions and the review page.
import { describe, expect, it } from "vitest";
import { executeOperation } from "@/lib/auth/operation";
import { approveComment } from "@/lib/moderation/operations/approve-comment";
import { flagComment } from "@/lib/moderation/operations/flag-comment";
import { hideComment } from "@/lib/moderation/operations/hide-comment";
import { unhideComment } from "@/lib/moderation/operations/unhide-comment";
import { undoAction } from "@/lib/moderation/operations/undo-action";
import { annotateComment } from "@/lib/moderation/operations/annotate-comment";
import { addNote } from "@/lib/moderation/operations/add-note";
import { decideClaim } from "@/lib/moderation/operations/decide-claim";
import { getCommentReview } from "@/lib/moderation/review-queries";
import { getReviewContext } from "@/lib/moderation/context-queries";
import { audits, db, fx, ok, setupModerationDb, users, version } from "../helpers/moderation-db";

setupModerationDb();

describe("single-comment operations", () => {
  it("approves with the version seen, writes one audit row, and refuses a stale version with the current state", async () => {
    const id = fx.pendingIds[0];
    const v = await version(id);
    const done = ok(await executeOperation(approveComment, users.alice, { id, version: v }));
    expect(done).toMatchObject({ id, status: "APPROVED", version: v + 1 });
    const rows = await audits(id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "comment.approve",
      actorId: users.alice.id,
      before: { status: "PENDING" },
      after: { status: "APPROVED", version: v + 1 },
    });

    const stale = await executeOperation(flagComment, users.bob, {
      id,
      version: v,
      category: "HATE",
    });
    expect(stale).toMatchObject({
      ok: false,
      code: "conflict",
      current: { status: "APPROVED", version: v + 1, byName: "Alice Mod" },
    });
    expect(stale.ok ? "" : stale.error).toBe("Changed by someone else: now APPROVED by Alice Mod.");
    expect(await audits(id)).toHaveLength(1);
  });

  it("flags with a category, hides with a required reason (keeping the category) and unhides", async () => {
    const id = fx.pendingIds[1];
    let v = await version(id);
    ok(
      await executeOperation(flagComment, users.alice, {
        id,
        version: v,
        category: "MISINFORMATION",
        reason: "OPCW claim",
      }),
    );
    expect(
      await executeOperation(hideComment, users.alice, { id, version: v + 1, reason: "" }),
    ).toMatchObject({ ok: false, code: "validation" });
    ok(
      await executeOperation(hideComment, users.alice, {
        id,
        version: v + 1,
        reason: "repeat offender",
      }),
    );
    expect(await db.prisma.comment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "HIDDEN",
      flagCategory: "MISINFORMATION",
    });
    v = await version(id);
    ok(
      await executeOperation(unhideComment, users.bob, {
        id,
        version: v,
        reason: "context shows satire",
      }),
    );
    expect(await db.prisma.comment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "APPROVED",
      flagCategory: null,
    });
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
    const flagged = ok(
      await executeOperation(flagComment, users.alice, { id, version: v, category: "THREAT" }),
    );
    const undone = ok(
      await executeOperation(undoAction, users.alice, { actionId: flagged.auditId }),
    );
    expect(undone).toMatchObject({ status: "PENDING", flagCategory: null, version: v + 2 });
    const undoRow = await db.prisma.moderationAction.findUniqueOrThrow({
      where: { id: undone.auditId },
    });
    expect(undoRow).toMatchObject({
      action: "comment.undo",
      undoOf: flagged.auditId,
      before: { status: "FLAGGED" },
      after: { status: "PENDING" },
    });
    expect(
      await executeOperation(undoAction, users.alice, { actionId: flagged.auditId }),
    ).toMatchObject({ ok: false, code: "conflict", error: "That action was already undone." });

    const approved = ok(
      await executeOperation(approveComment, users.alice, { id, version: v + 2 }),
    );
    ok(
      await executeOperation(hideComment, users.bob, {
        id,
        version: approved.version,
        reason: "threat",
      }),
    );
    const guarded = await executeOperation(undoAction, users.alice, { actionId: approved.auditId });
    expect(guarded).toMatchObject({
      ok: false,
      code: "conflict",
      current: { status: "HIDDEN", byName: "Bob Mod" },
    });
    expect(await db.prisma.comment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "HIDDEN",
    });
  });

  it("annotates a span, adds a note, decides a claim match; the review page reads them back with its context", async () => {
    const id = fx.claimCommentId;
    const body = fx.comments.find((c) => c.id === id)!.body;
    expect(
      await executeOperation(annotateComment, users.alice, {
        commentId: id,
        start: 0,
        end: body.length + 5,
        label: "x",
      }),
    ).toMatchObject({ ok: false, code: "validation" });
    ok(
      await executeOperation(annotateComment, users.alice, {
        commentId: id,
        start: 4,
        end: 14,
        label: "false claim",
        note: "see fact check",
      }),
    );
    ok(
      await executeOperation(addNote, users.bob, {
        commentId: id,
        body: "Agree, confirm the match.",
      }),
    );
    const match = await db.prisma.claimMatch.findFirstOrThrow({ where: { commentId: id } });
    ok(
      await executeOperation(decideClaim, users.bob, {
        matchId: match.id,
        decision: "REJECTED",
        expected: "SUGGESTED",
      }),
    );
    expect(
      await executeOperation(decideClaim, users.alice, {
        matchId: match.id,
        decision: "CONFIRMED",
        expected: "SUGGESTED",
      }),
    ).toMatchObject({ ok: false, code: "conflict" });
    expect(await db.prisma.comment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      hasClaimMatch: false,
    });

    const review = (await getCommentReview(id))!;
    expect(review.annotations).toEqual([
      expect.objectContaining({
        quote: body.slice(4, 14),
        label: "false claim",
        authorName: "Alice Mod",
      }),
    ]);
    expect(review.notes).toEqual([
      expect.objectContaining({ body: "Agree, confirm the match.", authorName: "Bob Mod" }),
    ]);
    expect(review.claims[0]).toMatchObject({ status: "REJECTED", verdict: "False" });
    expect(review.spans[0]).toMatchObject({
      category: "misinformation",
      reason: expect.any(String),
    });
    expect(review.history.map((h) => h.action)).toEqual(["comment.note", "comment.annotate"]);

    const reply = fx.comments.find((c) => c.parentId === id)!;
    const context = await getReviewContext({
      id: reply.id,
      parentId: id,
      authorId: reply.authorId,
    });
    expect(context.parent?.id).toBe(id);
    expect(context.thread.map((n) => n.id)).toEqual(expect.arrayContaining([id, reply.id]));
    expect(context.authorHistory?.recent.length).toBeGreaterThan(0);
  });
});

// Bulk moderation against a real database: one batch with skip-and-report, guarded batch undo,
// filter targets, and the caps on filter size and id lists.
import { describe, expect, it } from "vitest";
import { executeOperation } from "@/lib/auth/operation";
import { parseQueueParams } from "@/lib/moderation/queue-params";
import { countMatching } from "@/lib/moderation/queue-counts";
import { flagComment } from "@/lib/moderation/operations/flag-comment";
import { hideComment } from "@/lib/moderation/operations/hide-comment";
import { undoBatch } from "@/lib/moderation/operations/undo-batch";
import { bulkModerate } from "@/lib/moderation/operations/bulk-moderate";
import { claimComment } from "@/lib/moderation/operations/claim-comment";
import { releaseClaim } from "@/lib/moderation/operations/release-claim";
import { seedBulkArticle } from "../helpers/moderation-fixture";
import { db, fx, ok, setupModerationDb, users, version } from "../helpers/moderation-db";

setupModerationDb();

describe("bulk moderation", () => {
  it("approves selected comments in one batch, skips those already handled, and undoes the batch (guarded)", async () => {
    const ids = fx.comments
      .filter((c) => c.articleId === fx.articleB && c.status === "PENDING")
      .map((c) => c.id)
      .slice(0, 6);
    const handled = ids[0];
    ok(
      await executeOperation(flagComment, users.bob, {
        id: handled,
        version: await version(handled),
        category: "SPAM",
      }),
    );
    const leased = ids[1];
    ok(await executeOperation(claimComment, users.bob, { id: leased }));

    const result = ok(
      await executeOperation(bulkModerate, users.alice, {
        action: "approve",
        target: { kind: "ids", items: ids.map((id) => ({ id, status: "PENDING" })) },
      }),
    );
    expect(result).toMatchObject({ done: 4, skippedHandled: 1, skippedReviewing: 1 });
    const rows = await db.prisma.moderationAction.findMany({ where: { batchId: result.batchId } });
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.action === "comment.approve" && r.actorId === users.alice.id)).toBe(
      true,
    );
    expect(await db.prisma.comment.count({ where: { id: { in: ids }, status: "APPROVED" } })).toBe(
      4,
    );

    const changedSince = ids[2];
    ok(
      await executeOperation(hideComment, users.bob, {
        id: changedSince,
        version: await version(changedSince),
        reason: "spam link",
      }),
    );
    const undo = ok(await executeOperation(undoBatch, users.alice, { batchId: result.batchId }));
    expect(undo).toMatchObject({ done: 3, skippedHandled: 1 });
    expect(
      await db.prisma.comment.findUniqueOrThrow({ where: { id: changedSince } }),
    ).toMatchObject({ status: "HIDDEN" });
    expect(
      await db.prisma.comment.count({ where: { id: { in: ids.slice(3) }, status: "PENDING" } }),
    ).toBe(3);
    expect(
      await db.prisma.moderationAction.count({
        where: { batchId: undo.batchId, action: "comment.undo", undoOf: { not: null } },
      }),
    ).toBe(3);
    expect(
      await executeOperation(undoBatch, users.alice, { batchId: result.batchId }),
    ).toMatchObject({ ok: false, code: "conflict" });
    ok(await executeOperation(releaseClaim, users.bob, { id: leased }));
  });

  it("flags everything a filter matches, and refuses a filter beyond the cap or an over-long id list", async () => {
    const params = { view: "needs-review", q: "rats" };
    const before = await countMatching(db.sql, parseQueueParams(params), 1000);
    expect(before).toBeGreaterThan(0);
    const result = ok(
      await executeOperation(bulkModerate, users.alice, {
        action: "flag",
        category: "HATE",
        target: { kind: "filter", params },
      }),
    );
    expect(result.done).toBe(before);
    expect(await countMatching(db.sql, parseQueueParams(params), 1000)).toBe(0);

    expect(
      await executeOperation(bulkModerate, users.alice, {
        action: "flag",
        target: { kind: "filter", params },
      }),
    ).toMatchObject({ ok: false, code: "validation" });
    const tooMany = Array.from({ length: 1001 }, (_, i) => ({ id: i + 1, status: "PENDING" }));
    expect(
      await executeOperation(bulkModerate, users.alice, {
        action: "approve",
        target: { kind: "ids", items: tooMany },
      }),
    ).toMatchObject({ ok: false, code: "validation" });
    const bulkArticle = await seedBulkArticle(db);
    expect(
      await executeOperation(bulkModerate, users.alice, {
        action: "approve",
        target: { kind: "filter", params: { view: "all", article: String(bulkArticle) } },
      }),
    ).toMatchObject({
      ok: false,
      error: expect.stringContaining("more than 1000"),
    });
  });
});

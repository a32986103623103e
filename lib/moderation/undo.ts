// Undo of audited status changes, one or a whole batch: restore each row's `before` state only
// while the comment is still in its `after` state, and audit the undo itself (undoOf → original).
import { recordAuditMany } from "@/lib/audit/record";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { getDb } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/session-types";
import { recordAudit } from "@/lib/audit/record";
import { assertMayUndo } from "@/lib/auth/undo-rule";
import { ConflictError, DomainError, NotFoundError } from "@/lib/errors";
import { COMMENT_ACTIONS, UNDOABLE_ACTIONS } from "./audit-actions";
import { describeConflict, readConflictState } from "./status-change";
import { COMMENT_STATUSES, FLAG_CATEGORIES, type TActionOutcome, type TBulkOutcome } from "./types";
import { auditRowsFor, NOW } from "./bulk-sql";

const ZState = z.object({
  status: z.enum(COMMENT_STATUSES),
  flagCategory: z.enum(FLAG_CATEGORIES).nullable().catch(null),
});

function statesOf(row: { before: unknown; after: unknown }) {
  const before = ZState.safeParse(row.before);
  const after = ZState.safeParse(row.after);
  return before.success && after.success ? { before: before.data, after: after.data } : null;
}

export async function undoAction(user: TSessionUser, actionId: number): Promise<TActionOutcome> {
  const db = await getDb();
  return db.prisma.$transaction(async (tx) => {
    const row = await tx.moderationAction.findUnique({ where: { id: actionId } });
    if (!row || row.targetType !== "COMMENT" || !UNDOABLE_ACTIONS.includes(row.action))
      throw new NotFoundError("That action");
    const states = statesOf(row);
    if (!states) throw new DomainError("This action cannot be undone.");
    await assertMayUndo(tx, user, [row.actorId]);
    if (await tx.moderationAction.findFirst({ where: { undoOf: row.id }, select: { id: true } }))
      throw new ConflictError("That action was already undone.");
    const id = Number(row.targetId);
    const updated = await tx.comment.updateMany({
      where: { id, status: states.after.status, flagCategory: states.after.flagCategory },
      data: {
        status: states.before.status,
        flagCategory: states.before.flagCategory,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) {
      const state = await readConflictState(tx, id);
      if (!state) throw new NotFoundError("Comment");
      throw new ConflictError(`Cannot undo. ${describeConflict(state)}`, state);
    }
    const { version } = await tx.comment.findUniqueOrThrow({
      where: { id },
      select: { version: true },
    });
    const auditId = await recordAudit(tx, {
      actor: user,
      targetType: "COMMENT",
      targetId: id,
      action: COMMENT_ACTIONS.undo,
      before: { ...states.after, version: version - 1 },
      after: { ...states.before, version },
      reason: `Undo of ${row.action}`,
      undoOf: row.id,
    });
    return { id, ...states.before, version, auditId };
  });
}

/** Undoes every not-yet-undone row of a batch in one guarded UPDATE; changed comments are skipped. */
export async function undoBatch(user: TSessionUser, batchId: string): Promise<TBulkOutcome> {
  const db = await getDb();
  return db.prisma.$transaction(async (tx) => {
    const rows = await tx.moderationAction.findMany({
      where: { batchId, targetType: "COMMENT", action: { in: [...UNDOABLE_ACTIONS] } },
      orderBy: { id: "asc" },
    });
    if (rows.length === 0) throw new NotFoundError("That batch");
    await assertMayUndo(
      tx,
      user,
      rows.map((r) => r.actorId),
    );
    const undone = new Set(
      (
        await tx.moderationAction.findMany({
          where: { undoOf: { in: rows.map((r) => r.id) } },
          select: { undoOf: true },
        })
      ).map((r) => r.undoOf),
    );
    const todo = rows.flatMap((r) => {
      const states = statesOf(r);
      return states && !undone.has(r.id)
        ? [{ auditId: r.id, action: r.action, id: Number(r.targetId), ...states }]
        : [];
    });
    if (todo.length === 0) throw new ConflictError("That batch was already undone.");
    const changed = await tx.$queryRawUnsafe<Array<{ id: number; version: number }>>(
      `UPDATE "Comment" c SET "status" = u.bs::"CommentStatus", "flagCategory" = u.bc::"FlagCategory", "version" = c."version" + 1, "updatedAt" = ${NOW}
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(id, "as", ac, bs, bc)
       WHERE c."id" = u.id AND c."status" = u."as"::"CommentStatus" AND c."flagCategory" IS NOT DISTINCT FROM u.ac::"FlagCategory"
       RETURNING c."id", c."version"`,
      todo.map((t) => t.id),
      todo.map((t) => t.after.status),
      todo.map((t) => t.after.flagCategory),
      todo.map((t) => t.before.status),
      todo.map((t) => t.before.flagCategory),
    );
    const versions = new Map(changed.map((r) => [Number(r.id), Number(r.version)]));
    const newBatch = randomUUID();
    const done = todo.filter((t) => versions.has(t.id));
    if (done.length === 0)
      throw new ConflictError(
        `Nothing left to undo: ${todo.length === 1 ? "the comment has" : `all ${todo.length} comments have`} changed since.`,
      );
    await recordAuditMany(
      tx,
      auditRowsFor(
        user,
        newBatch,
        COMMENT_ACTIONS.undo,
        `Undo of batch ${batchId}`,
        done.map((t) => ({
          id: t.id,
          before: { ...t.after, version: versions.get(t.id)! - 1 },
          after: { ...t.before, version: versions.get(t.id)! },
          undoOf: t.auditId,
        })),
      ),
    );
    return {
      batchId: newBatch,
      done: done.length,
      skippedHandled: todo.length - done.length,
      skippedReviewing: 0,
      doneIds: done.map((t) => t.id),
    };
  });
}

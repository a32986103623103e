// The single-comment status change behind approve / flag / hide / unhide: an optimistic
// `WHERE id = ? AND version = ?` update plus one audit row, in one transaction.
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import type { TSessionUser } from "@/lib/auth/session-types";
import { recordAudit } from "@/lib/audit/record";
import { ConflictError, DomainError, NotFoundError } from "@/lib/errors";
import { UNDOABLE_ACTIONS } from "./audit-actions";
import type {
  TActionOutcome,
  TCommentState,
  TConflictState,
  TCommentStatus,
  TFlagCategory,
} from "./types";

type TTx = Prisma.TransactionClient;

const STATE_WORD: Record<TCommentStatus, string> = {
  PENDING: "pending",
  APPROVED: "approved",
  FLAGGED: "flagged",
  HIDDEN: "hidden",
};

/** The decision would leave the comment as it is. */
export class UnchangedError extends DomainError {
  constructor(readonly current: TCommentState) {
    super(
      `This comment is already ${STATE_WORD[current.status]}${current.status === "FLAGGED" && current.flagCategory ? ` as ${current.flagCategory.toLowerCase()}` : ""}; nothing was changed.`,
      "unchanged",
    );
  }
}

/** The comment's current state and who last changed it, for a conflict message and the UI. */
export async function readConflictState(tx: TTx, id: number): Promise<TConflictState | null> {
  const comment = await tx.comment.findUnique({
    where: { id },
    select: { status: true, flagCategory: true, version: true },
  });
  if (!comment) return null;
  const last = await tx.moderationAction.findFirst({
    where: { targetType: "COMMENT", targetId: String(id), action: { in: [...UNDOABLE_ACTIONS] } },
    orderBy: { id: "desc" },
    select: { actorId: true, actorEmail: true, createdAt: true },
  });
  const actor = last?.actorId
    ? await tx.user.findUnique({ where: { id: last.actorId }, select: { name: true } })
    : null;
  return {
    status: comment.status as TCommentStatus,
    flagCategory: (comment.flagCategory as TFlagCategory | null) ?? null,
    version: comment.version,
    byName: actor?.name ?? last?.actorEmail ?? null,
    at: last?.createdAt.toISOString() ?? null,
  };
}

export function describeConflict(state: TConflictState): string {
  const category =
    state.status === "FLAGGED" && state.flagCategory
      ? ` (${state.flagCategory.toLowerCase()})`
      : "";
  return `Changed by someone else: now ${state.status}${category}${state.byName ? ` by ${state.byName}` : ""}.`;
}

export async function conflictFor(tx: TTx, id: number): Promise<ConflictError | NotFoundError> {
  const state = await readConflictState(tx, id);
  if (!state) return new NotFoundError("Comment");
  return new ConflictError(describeConflict(state), state);
}

type TChange = {
  user: TSessionUser;
  id: number;
  version: number;
  action: string;
  reason?: string;
  /** The state to move to, given the current one (hide keeps the flag category). */
  next: (current: TCommentState) => TCommentState;
};

export async function changeCommentStatus(change: TChange): Promise<TActionOutcome> {
  const db = await getDb();
  return db.prisma.$transaction(async (tx) => {
    const row = await tx.comment.findUnique({
      where: { id: change.id },
      select: { status: true, flagCategory: true, version: true },
    });
    if (!row) throw new NotFoundError("Comment");
    if (row.version !== change.version) throw await conflictFor(tx, change.id);
    const before: TCommentState = {
      status: row.status as TCommentStatus,
      flagCategory: (row.flagCategory as TFlagCategory | null) ?? null,
    };
    const after = change.next(before);
    // A decision that changes nothing (approve an approved comment, hide a hidden one) is refused:
    // no write, no audit row, nothing for Reports to count.
    if (after.status === before.status && after.flagCategory === before.flagCategory)
      throw new UnchangedError(before);
    const updated = await tx.comment.updateMany({
      where: { id: change.id, version: change.version },
      data: { status: after.status, flagCategory: after.flagCategory, version: { increment: 1 } },
    });
    // Someone committed between our read and our write: the guard refused it.
    if (updated.count === 0) throw await conflictFor(tx, change.id);
    const version = change.version + 1;
    const auditId = await recordAudit(tx, {
      actor: change.user,
      targetType: "COMMENT",
      targetId: change.id,
      action: change.action,
      before: { ...before, version: change.version },
      after: { ...after, version },
      reason: change.reason || null,
    });
    return { id: change.id, ...after, version, auditId };
  });
}

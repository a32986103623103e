// Author moderation state changes: an optimistic `WHERE id = ? AND version = ?` update plus one
// audit row (before / after state), in one transaction; undo restores `before` while nothing else
// has changed the author since.
import { z } from "zod";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import type { TSessionUser } from "@/lib/auth/session-types";
import { can } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from "@/lib/errors";
import {
  AUTHOR_AUDIT,
  BAN_ACTIONS,
  type TAuthorAction,
  type TAuthorOutcome,
  type TAuthorState,
} from "./types";

type TTx = Prisma.TransactionClient;
const MAX_SUSPENSION_MS = 10 * 365 * 24 * 3600 * 1000;

const STATE_SELECT = {
  premoderated: true,
  suspendedUntil: true,
  banned: true,
  trusted: true,
  version: true,
} as const;
type TRow = {
  premoderated: boolean;
  suspendedUntil: Date | null;
  banned: boolean;
  trusted: boolean;
  version: number;
};
const stateOf = (r: TRow): TAuthorState => ({
  premoderated: r.premoderated,
  suspendedUntil: r.suspendedUntil?.toISOString() ?? null,
  banned: r.banned,
  trusted: r.trusted,
});

function nextState(
  current: TAuthorState,
  action: TAuthorAction,
  until: string | undefined,
  now: number,
): TAuthorState {
  switch (action) {
    case "premoderate":
      return { ...current, premoderated: true };
    case "unpremoderate":
      return { ...current, premoderated: false };
    case "suspend": {
      const end =
        until && /^\d{4}-\d{2}-\d{2}$/.test(until)
          ? Date.parse(`${until}T00:00:00Z`)
          : Date.parse(until ?? "");
      if (!Number.isFinite(end) || end <= now)
        throw new DomainError("The suspension must end in the future.", "validation");
      if (end - now > MAX_SUSPENSION_MS)
        throw new DomainError(
          "Suspend for at most ten years; ban the author instead.",
          "validation",
        );
      return { ...current, suspendedUntil: new Date(end).toISOString() };
    }
    case "unsuspend":
      return { ...current, suspendedUntil: null };
    case "ban":
      return { ...current, banned: true, trusted: false };
    case "unban":
      return { ...current, banned: false };
    case "trust":
      if (current.banned)
        throw new DomainError("A banned author cannot be trusted; lift the ban first.");
      return { ...current, trusted: true };
    case "untrust":
      return { ...current, trusted: false };
  }
}

const same = (a: TAuthorState, b: TAuthorState) =>
  a.premoderated === b.premoderated &&
  a.banned === b.banned &&
  a.trusted === b.trusted &&
  a.suspendedUntil === b.suspendedUntil;

async function conflict(tx: TTx, authorId: number): Promise<ConflictError | NotFoundError> {
  const row = await tx.author.findUnique({ where: { id: authorId }, select: STATE_SELECT });
  if (!row) return new NotFoundError("Author");
  return new ConflictError(
    "Someone else changed this author since you opened the page; reload to see the current state.",
    { ...stateOf(row), version: row.version },
  );
}

async function writeState(
  tx: TTx,
  authorId: number,
  version: number,
  state: TAuthorState,
): Promise<boolean> {
  const { count } = await tx.author.updateMany({
    where: { id: authorId, version },
    data: {
      premoderated: state.premoderated,
      suspendedUntil: state.suspendedUntil ? new Date(state.suspendedUntil) : null,
      banned: state.banned,
      trusted: state.trusted,
      version: { increment: 1 },
    },
  });
  return count === 1;
}

export async function setAuthorState(
  user: TSessionUser,
  input: {
    authorId: number;
    version: number;
    action: TAuthorAction;
    until?: string;
    reason: string;
  },
): Promise<TAuthorOutcome> {
  const db = await getDb();
  return db.prisma.$transaction(async (tx) => {
    const row = await tx.author.findUnique({ where: { id: input.authorId }, select: STATE_SELECT });
    if (!row) throw new NotFoundError("Author");
    if (row.version !== input.version) throw await conflict(tx, input.authorId);
    const before = stateOf(row);
    const after = nextState(before, input.action, input.until, Date.now());
    if (same(before, after))
      throw new DomainError(
        "That changes nothing: the author is already in that state.",
        "unchanged",
      );
    if (!(await writeState(tx, input.authorId, input.version, after)))
      throw await conflict(tx, input.authorId);
    const version = input.version + 1;
    const auditId = await recordAudit(tx, {
      actor: user,
      targetType: "AUTHOR",
      targetId: input.authorId,
      action: AUTHOR_AUDIT[input.action],
      before: { ...before, version: input.version },
      after: { ...after, version },
      reason: input.reason,
    });
    return { authorId: input.authorId, ...after, version, auditId };
  });
}

const ZAuditState = z.object({
  premoderated: z.boolean(),
  suspendedUntil: z.string().nullable(),
  banned: z.boolean(),
  trusted: z.boolean(),
  version: z.number().int(),
});
const ACTION_BY_AUDIT = new Map(Object.entries(AUTHOR_AUDIT).map(([k, v]) => [v, k]));

export async function undoAuthorAction(
  user: TSessionUser,
  actionId: number,
): Promise<TAuthorOutcome> {
  const db = await getDb();
  return db.prisma.$transaction(async (tx) => {
    const row = await tx.moderationAction.findUnique({ where: { id: actionId } });
    const action = row
      ? (ACTION_BY_AUDIT.get(row.action) as TAuthorAction | "note" | "undo" | undefined)
      : undefined;
    if (!row || row.targetType !== "AUTHOR" || !action || action === "note" || action === "undo")
      throw new NotFoundError("That author action");
    // Undoing a ban or a trust needs the right to ban.
    if ((BAN_ACTIONS as readonly string[]).includes(action) && !can(user.role, "author:ban"))
      throw new ForbiddenError();
    const before = ZAuditState.safeParse(row.before);
    const after = ZAuditState.safeParse(row.after);
    if (!before.success || !after.success) throw new DomainError("This action cannot be undone.");
    if (await tx.moderationAction.findFirst({ where: { undoOf: row.id }, select: { id: true } }))
      throw new ConflictError("That action was already undone.");
    const authorId = Number(row.targetId);
    const { version: _b, ...restored } = before.data;
    if (!(await writeState(tx, authorId, after.data.version, restored))) {
      const current = await tx.author.findUnique({ where: { id: authorId }, select: { id: true } });
      if (!current) throw new NotFoundError("Author");
      throw new ConflictError("Cannot undo: the author was changed again since.");
    }
    const version = after.data.version + 1;
    const { version: _a, ...undone } = after.data;
    const auditId = await recordAudit(tx, {
      actor: user,
      targetType: "AUTHOR",
      targetId: authorId,
      action: AUTHOR_AUDIT.undo,
      before: { ...undone, version: after.data.version },
      after: { ...restored, version },
      reason: `Undo of ${row.action}`,
      undoOf: row.id,
    });
    return { authorId, ...restored, version, auditId };
  });
}

// Writes one row of the append-only audit log. Call it inside the same transaction as the change.
import type { Prisma } from "@/lib/db/generated/client";
import type { TSessionUser } from "@/lib/auth/session-types";

type TTx = Pick<Prisma.TransactionClient, "moderationAction">;

export type TAuditEntry = {
  actor: TSessionUser | null;
  targetType:
    | "COMMENT"
    | "ARTICLE"
    | "AUTHOR"
    | "USER"
    | "SETTING"
    | "RULE"
    | "TERM"
    | "FACTCHECK"
    | "APIKEY"
    | "IMPORT"
    | "CLAIM_MATCH"
    | "EXPORT";
  targetId: string | number;
  action: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  batchId?: string | null;
  undoOf?: number | null;
};

const json = (value: unknown) =>
  value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);

function toRow(entry: TAuditEntry): Prisma.ModerationActionCreateManyInput {
  return {
    actorId: entry.actor?.id ?? null,
    actorEmail: entry.actor?.email ?? null,
    targetType: entry.targetType,
    targetId: String(entry.targetId),
    action: entry.action,
    before: json(entry.before),
    after: json(entry.after),
    reason: entry.reason ?? null,
    batchId: entry.batchId ?? null,
    undoOf: entry.undoOf ?? null,
  };
}

export async function recordAudit(tx: TTx, entry: TAuditEntry): Promise<number> {
  const row = await tx.moderationAction.create({ data: toRow(entry), select: { id: true } });
  return row.id;
}

/** A batch's rows (one per target, all with the batch id) in one INSERT. */
export async function recordAuditMany(tx: TTx, entries: TAuditEntry[]): Promise<number> {
  if (entries.length === 0) return 0;
  const { count } = await tx.moderationAction.createMany({ data: entries.map(toRow) });
  return count;
}

// Set-based pieces of bulk moderation: the audit rows of a batch, and a raw-SQL handle over a
// Prisma transaction so the queue's filter SQL can run inside it.
import type { TAuditEntry } from "@/lib/audit/record";
import type { Prisma } from "@/lib/db/generated/client";
import type { TSql } from "@/lib/db/connect";
import type { TSessionUser } from "@/lib/auth/session-types";

/** Prisma stores DateTime as UTC wall time in `timestamp(3)`; raw writes must do the same. */
export const NOW = `(now() AT TIME ZONE 'UTC')`;

export function txSql(tx: Prisma.TransactionClient): TSql {
  const sql: TSql = {
    query: async <R>(text: string, params?: unknown[]) => ({
      rows: (await tx.$queryRawUnsafe(text, ...(params ?? []))) as R[],
    }),
    exec: async (text: string) => {
      await tx.$executeRawUnsafe(text);
    },
    transaction: (fn) => fn(sql),
  };
  return sql;
}

type TBatchRow = { id: number; before: unknown; after: unknown; undoOf?: number };

/** One audit entry per comment, all carrying the batch id (written with recordAuditMany). */
export function auditRowsFor(
  user: TSessionUser,
  batchId: string,
  action: string,
  reason: string | null,
  rows: TBatchRow[],
): TAuditEntry[] {
  return rows.map((r) => ({
    actor: user,
    targetType: "COMMENT",
    targetId: r.id,
    action,
    before: r.before,
    after: r.after,
    reason,
    batchId,
    undoOf: r.undoOf ?? null,
  }));
}

// Bulk approve / flag / hide: one UPDATE guarded by the status each comment had when the moderator
// saw it (and by nobody else holding its lease), one batch id on every audit row, and a report of
// what was skipped because someone else got there first.
import { recordAuditMany } from "@/lib/audit/record";
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/session-types";
import { DomainError } from "@/lib/errors";
import { COMMENT_ACTIONS } from "./audit-actions";
import { auditRowsFor, NOW, txSql } from "./bulk-sql";
import { parseQueueParams } from "./queue-params";
import { selectFilterTargets } from "./queue-sql";
import { BULK_CAP, type TBulkModerateInput } from "./schemas";
import type { TBulkOutcome, TCommentStatus } from "./types";

const TARGET: Record<TBulkModerateInput["action"], TCommentStatus> = {
  approve: "APPROVED",
  flag: "FLAGGED",
  hide: "HIDDEN",
};

export async function bulkModerate(
  user: TSessionUser,
  input: TBulkModerateInput,
): Promise<TBulkOutcome> {
  const db = await getDb();
  return db.prisma.$transaction(async (tx) => {
    let items: Array<{ id: number; status: TCommentStatus }>;
    if (input.target.kind === "ids") {
      items = [...new Map(input.target.items.map((i) => [i.id, i])).values()];
    } else {
      const params = { ...parseQueueParams(input.target.params), cursor: undefined };
      items = await selectFilterTargets(txSql(tx), params, BULK_CAP);
      if (items.length > BULK_CAP)
        throw new DomainError(
          `This filter matches more than ${BULK_CAP} comments. Narrow it down and try again.`,
        );
      if (items.length === 0) throw new DomainError("No comments match this filter any more.");
    }
    const status = TARGET[input.action];
    const category =
      input.action === "approve"
        ? `NULL`
        : input.action === "flag"
          ? `$4::"FlagCategory"`
          : `c."flagCategory"`;
    const args: unknown[] = [items.map((i) => i.id), items.map((i) => i.status), user.id];
    if (input.action === "flag") args.push(input.category);
    const changed = await tx.$queryRawUnsafe<
      Array<{ id: number; version: number; bs: string; bc: string | null; ac: string | null }>
    >(
      `UPDATE "Comment" c SET "status" = '${status}', "flagCategory" = ${category}, "version" = c."version" + 1, "updatedAt" = ${NOW}
       FROM unnest($1::int[], $2::text[]) AS e(id, status), "Comment" o
       WHERE c."id" = e.id AND o."id" = c."id" AND c."status" = e.status::"CommentStatus"
         AND NOT (c."status" = '${status}' AND c."flagCategory" IS NOT DISTINCT FROM ${category})
         AND (c."claimedById" IS NULL OR c."claimedById" = $3 OR c."claimExpiresAt" < ${NOW})
       RETURNING c."id", c."version", o."status"::text AS bs, o."flagCategory"::text AS bc, c."flagCategory"::text AS ac`,
      ...args,
    );
    const batchId = randomUUID();
    await recordAuditMany(
      tx,
      auditRowsFor(
        user,
        batchId,
        COMMENT_ACTIONS[input.action],
        input.reason || null,
        changed.map((r) => ({
          id: Number(r.id),
          before: { status: r.bs, flagCategory: r.bc, version: Number(r.version) - 1 },
          after: { status, flagCategory: r.ac, version: Number(r.version) },
        })),
      ),
    );
    const doneIds = new Set(changed.map((r) => Number(r.id)));
    const skipped = items.filter((i) => !doneIds.has(i.id));
    let reviewing = 0;
    if (skipped.length) {
      const rows = await tx.$queryRawUnsafe<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM "Comment" c JOIN unnest($1::int[], $2::text[]) AS e(id, status) ON e.id = c."id"
         WHERE c."status" = e.status::"CommentStatus" AND c."claimedById" <> $3 AND c."claimExpiresAt" >= ${NOW}`,
        skipped.map((i) => i.id),
        skipped.map((i) => i.status),
        user.id,
      );
      reviewing = Number(rows[0]?.n ?? 0);
    }
    return {
      batchId,
      done: doneIds.size,
      skippedHandled: skipped.length - reviewing,
      skippedReviewing: reviewing,
      doneIds: [...doneIds],
    };
  });
}

// "Dismiss reports": a moderator decides a comment's open reports need no action, without a status
// change (an approved comment stays approved). A status decision (approve / flag / hide, single or
// bulk) resolves them by itself: a trigger on the audit log (migration 20261130205500) marks them
// dismissed or upheld and points them at the decision's audit row; undoing the decision reopens them.
import { getDb } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/session-types";
import { recordAudit } from "@/lib/audit/record";
import { DomainError, NotFoundError } from "@/lib/errors";
import { NOW } from "@/lib/moderation/bulk-sql";

export const REPORT_AUDIT = { dismiss: "reports.dismiss" } as const;

export async function dismissReports(
  user: TSessionUser,
  input: { commentId: number; reason?: string },
): Promise<{ commentId: number; dismissed: number; auditId: number }> {
  const db = await getDb();
  return db.prisma.$transaction(async (tx) => {
    const comment = await tx.comment.findUnique({
      where: { id: input.commentId },
      select: { id: true },
    });
    if (!comment) throw new NotFoundError("Comment");
    const open = await tx.readerReport.count({
      where: { commentId: input.commentId, status: "OPEN" },
    });
    if (open === 0) throw new DomainError("This comment has no open reports.", "unchanged");
    const auditId = await recordAudit(tx, {
      actor: user,
      targetType: "COMMENT",
      targetId: input.commentId,
      action: REPORT_AUDIT.dismiss,
      before: { openReports: open },
      after: { openReports: 0, reports: "dismissed" },
      reason: input.reason || null,
    });
    const dismissed = await tx.$executeRawUnsafe(
      `UPDATE "ReaderReport" SET "status" = 'DISMISSED', "resolvedActionId" = $2, "resolvedById" = $3, "resolvedAt" = ${NOW}
       WHERE "commentId" = $1 AND "status" = 'OPEN'`,
      input.commentId,
      auditId,
      user.id,
    );
    await tx.comment.update({ where: { id: input.commentId }, data: { openReports: 0 } });
    return { commentId: input.commentId, dismissed, auditId };
  });
}

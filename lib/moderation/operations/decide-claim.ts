// Confirm or reject a suggested fact-check match, guarded by the match's status the moderator saw.
import { defineOperation } from "@/lib/auth/operation";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { CLAIM_ACTIONS } from "../audit-actions";
import { ZDecideClaim } from "../schemas";

export const decideClaim = defineOperation({
  name: "claim.decide",
  permission: "claim:decide",
  input: ZDecideClaim,
  example: { matchId: 1, decision: "CONFIRMED" as const, expected: "SUGGESTED" as const },
  run: async ({ user }, input) => {
    const db = await getDb();
    return db.prisma.$transaction(async (tx) => {
      const match = await tx.claimMatch.findUnique({
        where: { id: input.matchId },
        select: { commentId: true, status: true },
      });
      if (!match) throw new NotFoundError("Fact-check match");
      const updated = await tx.claimMatch.updateMany({
        where: { id: input.matchId, status: input.expected },
        data: { status: input.decision, decidedById: user.id, decidedAt: new Date() },
      });
      if (updated.count === 0)
        throw new ConflictError(`Changed by someone else: this match is now ${match.status}.`, {
          status: match.status,
        });
      // The queue's "has claim match" filter means a match still worth a look.
      const live = await tx.claimMatch.count({
        where: { commentId: match.commentId, status: { not: "REJECTED" } },
      });
      await tx.comment.update({
        where: { id: match.commentId },
        data: { hasClaimMatch: live > 0 },
      });
      await recordAudit(tx, {
        actor: user,
        targetType: "CLAIM_MATCH",
        targetId: input.matchId,
        action: input.decision === "CONFIRMED" ? CLAIM_ACTIONS.confirm : CLAIM_ACTIONS.reject,
        before: { status: input.expected, commentId: match.commentId },
        after: { status: input.decision, commentId: match.commentId },
      });
      return { id: input.matchId, status: input.decision };
    });
  },
});

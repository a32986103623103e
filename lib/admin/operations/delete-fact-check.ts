// Deletes a fact-check that no comment was matched to; one with matches is deactivated instead, so
// moderators' confirmed matches are never lost.
import { defineOperation } from "@/lib/auth/operation";
import { recordAudit } from "@/lib/audit/record";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { inTransaction } from "../db";
import { ZIdInput } from "../schemas";

export const deleteFactCheck = defineOperation({
  name: "factcheck.delete",
  permission: "settings:manage",
  input: ZIdInput,
  example: { id: 2_000_000_000 },
  revalidate: ["/admin/settings/fact-checks"],
  run: async ({ user }, input) =>
    inTransaction(async (tx) => {
      const before = await tx.factCheck.findUnique({
        where: { id: input.id },
        select: {
          id: true,
          externalId: true,
          claim: true,
          verdict: true,
          url: true,
          publisher: true,
          active: true,
          _count: { select: { matches: true } },
        },
      });
      if (!before) throw new NotFoundError("The fact-check");
      const { _count, ...record } = before;
      if (_count.matches > 0)
        throw new ConflictError(
          `Comments were matched to this fact-check ${_count.matches} time(s). Deactivate it instead, to keep those decisions.`,
        );
      await tx.factCheck.delete({ where: { id: input.id } });
      await recordAudit(tx, {
        actor: user,
        targetType: "FACTCHECK",
        targetId: input.id,
        action: "factcheck.delete",
        before: record,
      });
      return { id: input.id };
    }),
});

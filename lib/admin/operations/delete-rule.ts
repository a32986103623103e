// Deletes an auto-moderation rule; the audit row keeps what it was.
import { defineOperation } from "@/lib/auth/operation";
import { recordAudit } from "@/lib/audit/record";
import { NotFoundError } from "@/lib/errors";
import { inTransaction } from "../db";
import { ZIdInput } from "../schemas";

export const deleteRule = defineOperation({
  name: "rule.delete",
  permission: "settings:manage",
  input: ZIdInput,
  example: { id: 2_000_000_000 },
  revalidate: ["/admin/settings/rules"],
  run: async ({ user }, input) =>
    inTransaction(async (tx) => {
      const before = await tx.rule.findUnique({
        where: { id: input.id },
        select: {
          id: true,
          name: true,
          harm: true,
          minScore: true,
          maxScore: true,
          action: true,
          enabled: true,
        },
      });
      if (!before) throw new NotFoundError("The rule");
      await tx.rule.delete({ where: { id: input.id } });
      await recordAudit(tx, {
        actor: user,
        targetType: "RULE",
        targetId: input.id,
        action: "rule.delete",
        before,
      });
      return { id: input.id };
    }),
});

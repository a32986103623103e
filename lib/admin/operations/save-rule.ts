// Creates or edits an auto-moderation rule. A new rule starts switched off; editing an enabled rule
// switches it off again, so a changed rule is always backtested before it acts.
import { defineOperation } from "@/lib/auth/operation";
import { recordAudit } from "@/lib/audit/record";
import { NotFoundError } from "@/lib/errors";
import { inTransaction } from "../db";
import { ZRuleInput } from "../schemas";

const FIELDS = {
  id: true,
  name: true,
  harm: true,
  minScore: true,
  maxScore: true,
  action: true,
  enabled: true,
} as const;

export const saveRule = defineOperation({
  name: "rule.save",
  permission: "settings:manage",
  input: ZRuleInput,
  example: {
    name: "Hold likely threats",
    harm: "threat",
    minScore: 0.8,
    maxScore: 1,
    action: "HOLD",
  } as const,
  revalidate: ["/admin/settings/rules"],
  run: async ({ user }, input) =>
    inTransaction(async (tx) => {
      const { id, ...data } = input;
      if (id === undefined) {
        const created = await tx.rule.create({ data: { ...data, enabled: false }, select: FIELDS });
        await recordAudit(tx, {
          actor: user,
          targetType: "RULE",
          targetId: created.id,
          action: "rule.create",
          after: created,
        });
        return created;
      }
      const before = await tx.rule.findUnique({ where: { id }, select: FIELDS });
      if (!before) throw new NotFoundError("The rule");
      const after = await tx.rule.update({
        where: { id },
        data: { ...data, enabled: false },
        select: FIELDS,
      });
      await recordAudit(tx, {
        actor: user,
        targetType: "RULE",
        targetId: id,
        action: "rule.update",
        before,
        after,
      });
      return after;
    }),
});

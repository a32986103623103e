// Switches a rule on or off. Switching on re-runs the backtest and keeps its figures in the audit
// row, so the record shows what the admin knew when the rule started acting.
import { defineOperation } from "@/lib/auth/operation";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { backtestRule, type TRuleAction } from "@/lib/reports/backtest";
import { type THarm } from "@/lib/triage/types";
import { inTransaction } from "../db";
import { ZRuleEnabled } from "../schemas";

export const setRuleEnabled = defineOperation({
  name: "rule.setEnabled",
  permission: "settings:manage",
  input: ZRuleEnabled,
  example: { id: 2_000_000_000, enabled: true },
  revalidate: ["/admin/settings/rules"],
  run: async ({ user }, input) => {
    const db = await getDb();
    const rule = await db.prisma.rule.findUnique({ where: { id: input.id } });
    if (!rule) throw new NotFoundError("The rule");
    const backtest = input.enabled
      ? await backtestRule(db.sql, {
          harm: rule.harm as THarm,
          minScore: rule.minScore,
          maxScore: rule.maxScore,
          action: rule.action as TRuleAction,
        })
      : null;
    return inTransaction(async (tx) => {
      const updated = await tx.rule.updateMany({
        where: { id: rule.id, enabled: !input.enabled },
        data: { enabled: input.enabled },
      });
      if (updated.count === 0) return { id: rule.id, enabled: input.enabled, changed: false };
      const summary = backtest && {
        matched: backtest.matched,
        decided: backtest.decided,
        agreement: backtest.agreement,
      };
      await recordAudit(tx, {
        actor: user,
        targetType: "RULE",
        targetId: rule.id,
        action: input.enabled ? "rule.enable" : "rule.disable",
        before: { name: rule.name, enabled: !input.enabled },
        after: {
          name: rule.name,
          enabled: input.enabled,
          ...(summary ? { backtest: summary } : {}),
        },
      });
      return { id: rule.id, enabled: input.enabled, changed: true };
    });
  },
});

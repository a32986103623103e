// Runs a rule's backtest without saving anything: the rules page shows it before switching on.
import { defineOperation } from "@/lib/auth/operation";
import { getDb } from "@/lib/db";
import { backtestRule as runBacktest } from "@/lib/reports/backtest";
import { ZRuleSpec } from "../schemas";

export const backtestRule = defineOperation({
  name: "rule.backtest",
  permission: "settings:manage",
  input: ZRuleSpec,
  example: { harm: "hate", minScore: 0.7, maxScore: 1, action: "FLAG" } as const,
  run: async (_ctx, input) => runBacktest((await getDb()).sql, input),
});

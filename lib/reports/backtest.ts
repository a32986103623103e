// Backtests an auto-moderation rule on stored comments before it is switched on: how many it would
// act on, examples, and how often it agrees with what moderators already decided on those comments.
import type { TSql } from "@/lib/db/connect";
import { type THarm } from "@/lib/triage/types";
import { scoreColumn } from "./sql";

export const RULE_ACTIONS = ["FLAG", "HIDE", "HOLD"] as const;
export type TRuleAction = (typeof RULE_ACTIONS)[number];

export type TRuleSpec = { harm: THarm; minScore: number; maxScore: number; action: TRuleAction };

export type TBacktestExample = {
  id: number;
  excerpt: string;
  score: number;
  status: string;
  articleTitle: string;
};

export type TBacktest = {
  /** Comments stored, and how many of them have been scored. */
  scanned: number;
  scored: number;
  matched: number;
  examples: TBacktestExample[];
  /** Matched comments whose latest human status change is a decision (an undo to pending is none), by that decision. */
  decided: number;
  breakdown: { approved: number; flagged: number; hidden: number };
  agreeing: number;
  /** agreeing / decided; null when no matched comment has a decision yet. */
  agreement: number | null;
};

/**
 * Which decisions agree with a rule's action. FLAG and HOLD (keep out of the public view until a
 * person looks) agree with any harmful verdict; HIDE agrees only with a moderator hiding it.
 */
export const AGREEING_DECISIONS: Record<TRuleAction, ReadonlyArray<"FLAGGED" | "HIDDEN">> = {
  FLAG: ["FLAGGED", "HIDDEN"],
  HOLD: ["FLAGGED", "HIDDEN"],
  HIDE: ["HIDDEN"],
};

export function agreementOf(
  action: TRuleAction,
  breakdown: TBacktest["breakdown"],
): { agreeing: number; agreement: number | null } {
  const decided = breakdown.approved + breakdown.flagged + breakdown.hidden;
  const agreeing = AGREEING_DECISIONS[action].reduce(
    (n, status) => n + (status === "FLAGGED" ? breakdown.flagged : breakdown.hidden),
    0,
  );
  return { agreeing, agreement: decided === 0 ? null : agreeing / decided };
}

export async function backtestRule(sql: TSql, rule: TRuleSpec): Promise<TBacktest> {
  const score = scoreColumn(rule.harm);
  const params = [rule.minScore, rule.maxScore];
  const match = `${score} >= $1 AND ${score} <= $2`;
  const [totals, decisions, examples] = await Promise.all([
    sql.query<{ scanned: number; scored: number; matched: number }>(
      `SELECT count(*)::int AS "scanned", count(c."scoredAt")::int AS "scored", count(*) FILTER (WHERE ${match})::int AS "matched" FROM "Comment" c`,
      params,
    ),
    sql.query<{ approved: number; flagged: number; hidden: number }>(
      `SELECT count(*) FILTER (WHERE d."status" = 'APPROVED')::int AS "approved",
              count(*) FILTER (WHERE d."status" = 'FLAGGED')::int AS "flagged",
              count(*) FILTER (WHERE d."status" = 'HIDDEN')::int AS "hidden"
       FROM "Comment" c
       CROSS JOIN LATERAL (
         SELECT upper(m."after"->>'status') AS "status" FROM "ModerationAction" m
         WHERE m."targetType" = 'COMMENT' AND m."targetId" = c."id"::text AND m."actorId" IS NOT NULL
           AND m."after" ? 'status'
         ORDER BY m."createdAt" DESC, m."id" DESC LIMIT 1) d
       WHERE ${match}`,
      params,
    ),
    sql.query<TBacktestExample>(
      `SELECT c."id", left(c."body", 240) AS "excerpt", ${score}::float8 AS "score", c."status"::text AS "status", a."title" AS "articleTitle"
       FROM "Comment" c JOIN "Article" a ON a."id" = c."articleId"
       WHERE ${match} ORDER BY ${score} DESC, c."id" LIMIT 5`,
      params,
    ),
  ]);
  const breakdown = decisions.rows[0] ?? { approved: 0, flagged: 0, hidden: 0 };
  const { agreeing, agreement } = agreementOf(rule.action, breakdown);
  return {
    ...totals.rows[0],
    examples: examples.rows.map((e) => ({ ...e, score: Number(e.score) })),
    decided: breakdown.approved + breakdown.flagged + breakdown.hidden,
    breakdown,
    agreeing,
    agreement,
  };
}

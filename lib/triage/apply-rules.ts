// Auto-moderation: enabled rules act on freshly scored comments that are still pending. A comment
// matched by rules that disagree is held for review instead of acted on. Every change is audited.
import type { TSql } from "@/lib/db/connect";
import { trustedAuthorComments } from "@/lib/authors/arrival";
import type { THarm, TTriageResult } from "./types";

type TRule = {
  id: number;
  name: string;
  harm: string;
  minScore: number;
  maxScore: number;
  action: "FLAG" | "HIDE" | "HOLD";
};

const FLAG_CATEGORY: Record<THarm, string> = {
  hate: "HATE",
  harassment: "HARASSMENT",
  threat: "THREAT",
  profanity: "OTHER",
  extremism: "EXTREMISM",
  misinformation: "MISINFORMATION",
};

export function decideRuleAction(
  rules: TRule[],
  scores: TTriageResult["scores"],
): { action: TRule["action"]; rules: TRule[] } | null {
  const hits = rules.filter((r) => {
    const score = scores[r.harm as THarm];
    return typeof score === "number" && score >= r.minScore && score <= r.maxScore;
  });
  if (hits.length === 0) return null;
  const actions = new Set(hits.map((r) => r.action));
  return { action: actions.size === 1 ? hits[0].action : "HOLD", rules: hits };
}

export async function applyRules(
  tx: TSql,
  results: Array<{ id: number; result: TTriageResult }>,
): Promise<number> {
  const { rows: rules } = await tx.query<TRule>(
    `SELECT "id","name","harm","minScore","maxScore","action" FROM "Rule" WHERE "enabled" ORDER BY "id"`,
  );
  if (rules.length === 0) return 0;
  let acted = 0;
  const trusted = await trustedAuthorComments(
    tx,
    results.map((r) => r.id),
  );
  for (const { id, result } of results) {
    const decision = decideRuleAction(rules, result.scores);
    if (!decision || decision.action === "HOLD") {
      // A held comment waits for a person before it is public; a trusted author's comment is not held.
      if (decision && !trusted.has(id)) {
        await tx.query(
          `UPDATE "Comment" SET "heldReason" = COALESCE("heldReason", $2) WHERE "id" = $1 AND "status" = 'PENDING'`,
          [id, `rules: ${decision.rules.map((r) => r.name).join(", ")}`],
        );
        await audit(
          tx,
          id,
          "rule.hold",
          null,
          decision.rules,
          "Rules disagree or ask to hold: left for a person to review.",
        );
      }
      continue;
    }
    const status = decision.action === "FLAG" ? "FLAGGED" : "HIDDEN";
    const harm = decision.rules[0].harm as THarm;
    const { rows } = await tx.query<{ version: number }>(
      `UPDATE "Comment" SET "status"=$2::"CommentStatus","flagCategory"=$3::"FlagCategory","version"="version"+1,"updatedAt"=now()
       WHERE "id"=$1 AND "status"='PENDING' RETURNING "version"`,
      [id, status, FLAG_CATEGORY[harm] ?? "OTHER"],
    );
    if (rows.length === 0) continue;
    await audit(
      tx,
      id,
      decision.action === "FLAG" ? "flag" : "hide",
      status,
      decision.rules,
      `Auto-moderation: ${decision.rules.map((r) => r.name).join(", ")}`,
    );
    acted++;
  }
  return acted;
}

async function audit(
  tx: TSql,
  commentId: number,
  action: string,
  status: string | null,
  rules: TRule[],
  reason: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO "ModerationAction" ("actorId","actorEmail","targetType","targetId","action","before","after","reason")
     VALUES (NULL, 'auto-moderation', 'COMMENT', $1, $2, $3::jsonb, $4::jsonb, $5)`,
    [
      String(commentId),
      action,
      JSON.stringify({ status: "PENDING" }),
      JSON.stringify(
        status ? { status, rules: rules.map((r) => r.id) } : { rules: rules.map((r) => r.id) },
      ),
      reason,
    ],
  );
}

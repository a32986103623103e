// Moderators' decisions as training examples for `vigil train --from-decisions db`: a comment a
// person approved is negative for every harm; one a person flagged is positive for its category.
// Automatic (rule) actions are not decisions and are left out.
import type { TDb } from "@/lib/db/connect";
import type { THarm } from "./types";
import type { TDecision } from "./model/training/examples";

const CATEGORY_HARM: Record<string, THarm | undefined> = {
  HATE: "hate",
  HARASSMENT: "harassment",
  THREAT: "threat",
  EXTREMISM: "extremism",
  MISINFORMATION: "misinformation",
};

export async function readDecisionsFromDb(db: TDb, limit = 200_000): Promise<TDecision[]> {
  // The latest human action on each comment decides; its status must still be the current one.
  const { rows } = await db.sql.query<{
    body: string;
    status: string;
    flagCategory: string | null;
  }>(
    `SELECT c."body", c."status", c."flagCategory"
     FROM "Comment" c
     JOIN LATERAL (SELECT m."after" FROM "ModerationAction" m
                   WHERE m."targetType" = 'COMMENT' AND m."targetId" = c."id"::text AND m."actorId" IS NOT NULL
                   ORDER BY m."id" DESC LIMIT 1) last ON true
     WHERE c."status" IN ('APPROVED', 'FLAGGED', 'HIDDEN')
     ORDER BY c."id" DESC LIMIT $1`,
    [limit],
  );
  const out: TDecision[] = [];
  for (const row of rows) {
    if (row.status === "APPROVED") {
      out.push({ text: row.body, labels: { hate: 0, harassment: 0 } });
      continue;
    }
    const harm = row.flagCategory ? CATEGORY_HARM[row.flagCategory] : undefined;
    if (harm) out.push({ text: row.body, labels: { [harm]: 1 } });
  }
  return out;
}

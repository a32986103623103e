// Re-scores stored comments in the background: the never-scored ones, or all of them after the
// triage configuration changed. Audited, since it can change the queue order for everyone.
import { z } from "zod";
import { defineOperation } from "@/lib/auth/operation";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { backfillScores } from "@/lib/triage/score-comments";
import { logger } from "@/lib/log";

export const startBackfill = defineOperation({
  name: "triage.backfill",
  permission: "settings:manage",
  input: z.object({ all: z.boolean().default(false) }),
  example: { all: false },
  run: async ({ user }, { all }) => {
    const db = await getDb();
    await db.prisma.$transaction((tx) => recordAudit(tx, { actor: user, targetType: "SETTING", targetId: "triage.backfill", action: "triage.backfill", after: { all } }));
    void backfillScores(db, { all }).catch((error) => logger.error({ err: error }, "backfill failed"));
    return { started: true };
  },
});

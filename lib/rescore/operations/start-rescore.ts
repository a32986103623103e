// "Rescore stored comments" from admin Settings, after terms, thresholds or the model changed: puts
// one `rescore` job on the job queue (lib/jobs; run by `vigil worker` or the web server's in-process
// worker) with the count it will touch. One at a time; audited, since it reorders everyone's queue.
import { z } from "zod";
import { defineOperation } from "@/lib/auth/operation";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db";
import type { TDb } from "@/lib/db/connect";
import type { TSessionUser } from "@/lib/auth/session-types";
import { ConflictError } from "@/lib/errors";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { randomUUID } from "node:crypto";
import { countRescoreTargets, latestRescoreJob } from "../queries";

/** The one audit row of a rescore: from Settings (a queued job) or `vigil rescore` (run in place, actor null). */
export function recordRescore(
  tx: Parameters<typeof recordAudit>[0],
  actor: TSessionUser | null,
  after: { all: boolean; total: number; jobId?: string; via?: "cli" | "factcheck.import" },
) {
  return recordAudit(tx, {
    actor,
    targetType: "SETTING",
    targetId: "triage.rescore",
    action: "triage.rescore",
    after,
  });
}

/**
 * Counts what a rescore touches, queues the job and audits it: the one path for Settings' button
 * and a fact-check library import. The caller decides whether an unfinished rescore stands in the way.
 */
export async function queueRescore(
  db: TDb,
  user: TSessionUser,
  all: boolean,
  via?: "factcheck.import",
): Promise<{ jobId: string; total: number }> {
  const counts = await countRescoreTargets(db);
  const total = all ? counts.all : counts.unscored;
  const jobId = randomUUID();
  // Queued first: an audit row never names a job that does not exist.
  await enqueueJob(db, "rescore", { id: jobId, createdById: user.id, total, payload: { all } });
  await db.prisma.$transaction((tx) =>
    recordRescore(tx, user, via ? { all, total, jobId, via } : { all, total, jobId }),
  );
  return { jobId, total };
}

export const ZStartRescore = z.object({ all: z.boolean() }).strict();

export const startRescore = defineOperation({
  name: "triage.rescore",
  permission: "settings:manage",
  input: ZStartRescore,
  example: { all: false },
  run: async ({ user }, { all }) => {
    const db = await getDb();
    const running = await latestRescoreJob(db);
    if (running && !running.finished)
      throw new ConflictError(
        `A rescore is already ${running.status === "RUNNING" ? "running" : "waiting to run"} (${running.processed} of ${running.total} done).`,
      );
    return queueRescore(db, user, all);
  },
});

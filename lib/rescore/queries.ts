// What "Rescore stored comments" will touch, and the latest rescore job's progress (admin Settings).
import "server-only";
import { getDb } from "@/lib/db";
import type { TDb } from "@/lib/db/connect";
import { listJobs } from "@/lib/jobs/queries";
import { isJobFinished } from "@/lib/jobs/kinds";

export type TRescoreJob = {
  id: string;
  status: string;
  processed: number;
  total: number;
  finished: boolean;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
};
export type TRescoreState = { all: number; unscored: number; job: TRescoreJob | null };

export async function countRescoreTargets(db: TDb): Promise<{ all: number; unscored: number }> {
  const { rows } = await db.sql.query<{ all: number; unscored: number }>(
    `SELECT count(*)::int AS "all", count(*) FILTER (WHERE "scoredAt" IS NULL)::int AS "unscored" FROM "Comment"`,
  );
  return { all: Number(rows[0]?.all ?? 0), unscored: Number(rows[0]?.unscored ?? 0) };
}

export async function latestRescoreJob(db: TDb): Promise<TRescoreJob | null> {
  const [job] = await listJobs(db, { kind: "rescore", limit: 1 });
  if (!job) return null;
  return {
    id: job.id,
    status: job.status,
    processed: job.processed,
    total: job.total,
    finished: isJobFinished(job.status),
    error: job.error,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}

/**
 * A rescore of every comment that no worker has started yet: it will read the fact-check library
 * and settings as they are when it starts, so a change made now needs no second one.
 */
export async function waitingFullRescore(db: TDb): Promise<{ id: string; total: number } | null> {
  const { rows } = await db.sql.query<{ id: string; total: number }>(
    `SELECT "id", "total" FROM "Job" WHERE "kind" = 'rescore' AND "status" = 'QUEUED' AND "startedAt" IS NULL
       AND ("payload"::jsonb ->> 'all') = 'true' ORDER BY "createdAt" DESC LIMIT 1`,
  );
  return rows[0] ? { id: rows[0].id, total: Number(rows[0].total) } : null;
}

export async function getRescoreState(): Promise<TRescoreState> {
  const db = await getDb();
  const [counts, job] = await Promise.all([countRescoreTargets(db), latestRescoreJob(db)]);
  return { ...counts, job };
}

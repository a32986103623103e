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

export async function getRescoreState(): Promise<TRescoreState> {
  const db = await getDb();
  const [counts, job] = await Promise.all([countRescoreTargets(db), latestRescoreJob(db)]);
  return { ...counts, job };
}

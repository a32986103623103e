// Reads of the Job table for `vigil jobs` and the admin Jobs page: plain objects, newest first.
import type { TDb } from "@/lib/db/connect";
import type { TJobKind } from "./kinds";
import type { TJobStatus } from "./records";

export type TJobView = {
  id: string;
  kind: TJobKind;
  status: TJobStatus;
  filenames: string[];
  processed: number;
  total: number;
  /**
   * Attempts made, as pg-boss counts them (retryCount + 1): a job done at the first try made 1,
   * one running now counts its current attempt, one still waiting has made only those that failed.
   */
  attempts: number;
  error: string | null;
  createdBy: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  heartbeatAt: string | null;
  report: unknown;
};

type TRow = Omit<TJobView, "createdAt" | "startedAt" | "finishedAt" | "heartbeatAt"> & {
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  heartbeatAt: Date | null;
};

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export async function listJobs(
  db: TDb,
  opts: { limit?: number; kind?: TJobKind; status?: TJobStatus } = {},
): Promise<TJobView[]> {
  const { rows } = await db.sql.query<TRow>(
    `SELECT j."id", j."kind", j."status"::text AS status, j."filenames", j."processed", j."total",
            j."attempts" + CASE WHEN j."status" IN ('RUNNING', 'DONE') THEN 1 ELSE 0 END AS "attempts", j."error",
            u."name" AS "createdBy", j."createdAt", j."startedAt", j."finishedAt", j."heartbeatAt", j."report"
     FROM "Job" j LEFT JOIN "User" u ON u."id" = j."createdById"
     WHERE ($1::text IS NULL OR j."kind" = $1) AND ($2::text IS NULL OR j."status"::text = $2)
     ORDER BY j."createdAt" DESC, j."id" LIMIT $3`,
    [opts.kind ?? null, opts.status ?? null, Math.min(Math.max(opts.limit ?? 50, 1), 500)],
  );
  return rows.map((r) => ({
    ...r,
    filenames: r.filenames ?? [],
    createdAt: iso(r.createdAt)!,
    startedAt: iso(r.startedAt),
    finishedAt: iso(r.finishedAt),
    heartbeatAt: iso(r.heartbeatAt),
  }));
}

/** Counts per kind and status, for the Jobs page's summary line. */
export async function countJobs(
  db: TDb,
): Promise<Array<{ kind: TJobKind; status: TJobStatus; n: number }>> {
  const { rows } = await db.sql.query<{ kind: TJobKind; status: TJobStatus; n: number }>(
    `SELECT "kind", "status"::text AS status, count(*)::int AS n FROM "Job" GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  return rows;
}

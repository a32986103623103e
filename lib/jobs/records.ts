// The Job row: the durable record of a background job and its lease. A worker owns a job while its
// heartbeat is fresh; a job whose worker died (kill -9, lost host) is taken back after
// `staleAfterSeconds`. Every state change is one guarded UPDATE, so two workers never both own one.
import type { TDb, TSql } from "@/lib/db/connect";
import { MAX_ATTEMPTS, type TJobKind } from "./kinds";

export type TJobStatus = "QUEUED" | "RUNNING" | "DONE" | "FAILED" | "CANCELLED";
export type TJobRow = {
  id: string;
  kind: TJobKind;
  status: TJobStatus;
  createdById: string | null;
  filenames: string[];
  total: number;
  processed: number;
  /** Attempts that ended without success (failed, lost or cancelled mid-run); see listJobs for attempts made. */
  attempts: number;
  error: string | null;
  payload: string | null;
  checkpoint: unknown;
  report: unknown;
  workerId: string | null;
  heartbeatAt: Date | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
};

const NOW = `timezone('UTC', now())`;

/** jsonb refuses \u0000 and text columns refuse the NUL byte: replace it wherever it came from. */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    typeof v === "string" ? v.replace(/\u0000/g, "\uFFFD") : v,
  );
}

export function cleanText(text: string, max = 2000): string {
  return text.replace(/\u0000/g, "\uFFFD").slice(0, max);
}

export async function insertJob(
  tx: TSql,
  row: {
    id: string;
    kind: TJobKind;
    createdById: string | null;
    filenames: string[];
    total: number;
    payload: unknown;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO "Job" ("id","kind","createdById","filenames","status","total","payload","createdAt") VALUES ($1,$2,$3,$4::text[],'QUEUED',$5,$6,${NOW})`,
    // Plain JSON text: NUL stays escaped (\u0000), which a text column stores; the handler sees the input as given.
    [
      row.id,
      row.kind,
      row.createdById,
      row.filenames,
      row.total,
      JSON.stringify(row.payload ?? null),
    ],
  );
}

export async function readJob(db: TDb, id: string): Promise<TJobRow | null> {
  const { rows } = await db.sql.query<TJobRow>(`SELECT * FROM "Job" WHERE "id" = $1`, [id]);
  return rows[0] ?? null;
}

/** Why a job's attempt was counted when its worker vanished (reaped or taken over). */
const LOST_WORKER =
  "The worker running this job stopped responding (killed or lost); it was handed to another worker.";

/**
 * Takes the job if it is waiting, or if its worker stopped sending heartbeats. Taking over a dead
 * worker's job counts its lost attempt, as the reaper would (one left at least; else the reaper
 * fails it). Null: someone else has it.
 */
export async function claimJob(
  db: TDb,
  id: string,
  workerId: string,
  staleSeconds: number,
): Promise<TJobRow | null> {
  const { rows } = await db.sql.query<TJobRow>(
    `UPDATE "Job" SET "status"='RUNNING', "workerId"=$2, "heartbeatAt"=${NOW}, "startedAt"=COALESCE("startedAt", ${NOW}),
       "attempts"="attempts" + CASE WHEN "status"='RUNNING' THEN 1 ELSE 0 END,
       "error"=CASE WHEN "status"='RUNNING' THEN $5 ELSE "error" END
     WHERE "id"=$1 AND ("status"='QUEUED' OR ("status"='RUNNING' AND "heartbeatAt" < ${NOW} - make_interval(secs => $3) AND "attempts"+1 < $4))
     RETURNING *`,
    [id, workerId, staleSeconds, MAX_ATTEMPTS, LOST_WORKER],
  );
  return rows[0] ?? null;
}

/** Renews the lease (and stores progress). False when the job was cancelled or taken over. */
export async function heartbeat(
  db: TDb,
  id: string,
  workerId: string,
  progress: { processed: number; total: number | null },
): Promise<boolean> {
  const { rows } = await db.sql.query(
    `UPDATE "Job" SET "heartbeatAt"=${NOW}, "processed"=$3, "total"=COALESCE($4, "total") WHERE "id"=$1 AND "workerId"=$2 AND "status"='RUNNING' RETURNING "id"`,
    [id, workerId, progress.processed, progress.total],
  );
  return rows.length > 0;
}

/** Stores where a job can resume, with its progress; false when the lease is gone. */
export async function saveCheckpoint(
  tx: TSql,
  id: string,
  workerId: string,
  checkpoint: unknown,
  processed: number,
): Promise<boolean> {
  const { rows } = await tx.query(
    `UPDATE "Job" SET "checkpoint"=$3::jsonb, "processed"=$4, "heartbeatAt"=${NOW} WHERE "id"=$1 AND "workerId"=$2 AND "status"='RUNNING' RETURNING "id"`,
    [id, workerId, toJsonText(checkpoint), processed],
  );
  return rows.length > 0;
}

export async function finishJob(
  db: TDb,
  id: string,
  workerId: string,
  report: unknown,
  progress: { processed: number; total: number | null },
): Promise<void> {
  await db.sql.query(
    `UPDATE "Job" SET "status"='DONE', "report"=$3::jsonb, "processed"=$4, "total"=COALESCE($5, "total"), "finishedAt"=${NOW}, "workerId"=NULL
     WHERE "id"=$1 AND "workerId"=$2 AND "status"='RUNNING'`,
    [id, workerId, toJsonText(report), progress.processed, progress.total],
  );
}

/** Counts a failed attempt: back to QUEUED to be retried, or FAILED with its error after MAX_ATTEMPTS. */
export async function failAttempt(
  db: TDb,
  id: string,
  workerId: string,
  error: string,
): Promise<"retry" | "failed" | "gone"> {
  const { rows } = await db.sql.query<{ status: TJobStatus }>(
    `UPDATE "Job" SET "attempts"="attempts"+1, "error"=$3, "workerId"=NULL,
       "status"=(CASE WHEN "attempts"+1 >= $4 THEN 'FAILED' ELSE 'QUEUED' END)::"JobStatus",
       "finishedAt"=CASE WHEN "attempts"+1 >= $4 THEN ${NOW} ELSE NULL END,
       "report"=CASE WHEN "attempts"+1 >= $4 THEN jsonb_build_object('error', $3::text) ELSE "report" END
     WHERE "id"=$1 AND "workerId"=$2 AND "status"='RUNNING' RETURNING "status"::text AS status`,
    [id, workerId, cleanText(error), MAX_ATTEMPTS],
  );
  if (!rows[0]) return "gone";
  return rows[0].status === "FAILED" ? "failed" : "retry";
}

/** A worker that stops (SIGTERM) hands its job back without counting an attempt. */
export async function releaseJob(db: TDb, id: string, workerId: string): Promise<void> {
  await db.sql.query(
    `UPDATE "Job" SET "status"='QUEUED', "workerId"=NULL WHERE "id"=$1 AND "workerId"=$2 AND "status"='RUNNING'`,
    [id, workerId],
  );
}

/**
 * Jobs whose worker vanished: an attempt is counted; they go back to the queue (or fail after three).
 * A worker never takes back its own jobs: it is alive, only busy (the encoder can hold the event
 * loop longer than a heartbeat), so `running` lists the jobs the caller is running right now.
 */
export async function reapStaleJobs(
  db: TDb,
  staleSeconds: number,
  running: string[] = [],
): Promise<number> {
  const { rows } = await db.sql.query(
    `UPDATE "Job" SET "attempts"="attempts"+1, "workerId"=NULL,
       "error"=$4,
       "status"=(CASE WHEN "attempts"+1 >= $2 THEN 'FAILED' ELSE 'QUEUED' END)::"JobStatus",
       "finishedAt"=CASE WHEN "attempts"+1 >= $2 THEN ${NOW} ELSE NULL END
     WHERE "status"='RUNNING' AND "heartbeatAt" < ${NOW} - make_interval(secs => $1) AND NOT ("id" = ANY($3::text[])) RETURNING "id"`,
    [staleSeconds, MAX_ATTEMPTS, running, LOST_WORKER],
  );
  return rows.length;
}

/** QUEUED jobs with no waiting pg-boss job (released, reaped, or enqueued by a process that died). */
export async function undispatchedJobs(db: TDb): Promise<Array<{ id: string; kind: TJobKind }>> {
  const { rows } = await db.sql.query<{ id: string; kind: TJobKind }>(
    `SELECT j."id", j."kind" FROM "Job" j WHERE j."status"='QUEUED'
       AND NOT EXISTS (SELECT 1 FROM pgboss.job b WHERE b.name = j."kind" AND b.state IN ('created','retry') AND b.data->>'jobId' = j."id")
     ORDER BY j."createdAt" LIMIT 100`,
  );
  return rows;
}

/** A job cancelled while running ends its attempt there: it is counted, like a failed one. */
export async function cancelJobRow(db: TDb, id: string): Promise<TJobStatus | null> {
  const { rows } = await db.sql.query<{ status: TJobStatus }>(
    `UPDATE "Job" SET "status"='CANCELLED', "finishedAt"=${NOW}, "workerId"=NULL,
       "attempts"="attempts" + CASE WHEN "status"='RUNNING' THEN 1 ELSE 0 END
     WHERE "id"=$1 AND "status" IN ('QUEUED','RUNNING') RETURNING "status"::text AS status`,
    [id],
  );
  return rows[0]?.status ?? null;
}

/** A failed or cancelled job, queued again from where it stopped (its checkpoint is kept). */
export async function requeueJobRow(db: TDb, id: string): Promise<boolean> {
  const { rows } = await db.sql.query(
    `UPDATE "Job" SET "status"='QUEUED', "attempts"=0, "finishedAt"=NULL, "workerId"=NULL WHERE "id"=$1 AND "status" IN ('FAILED','CANCELLED') RETURNING "id"`,
    [id],
  );
  return rows.length > 0;
}

// Putting work on the queue: the Job row and its pg-boss job are written in one transaction, so a
// job is never visible without being dispatched (nor dispatched without its record).
import { randomUUID } from "node:crypto";
import type { TDb } from "@/lib/db/connect";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { getBoss, txExecutor } from "./boss";
import type { TJobKind } from "./kinds";
import { cancelJobRow, insertJob, readJob, requeueJobRow } from "./records";

export type TEnqueue = {
  createdById?: string | null;
  filenames?: string[];
  total?: number;
  payload?: unknown;
  /** Chosen by the caller when it must name the job before it exists (e.g. in the audit record). */
  id?: string;
};

export async function enqueueJob(db: TDb, kind: TJobKind, opts: TEnqueue = {}): Promise<string> {
  const boss = await getBoss(db);
  const id = opts.id ?? randomUUID();
  await db.sql.transaction(async (tx) => {
    await insertJob(tx, {
      id,
      kind,
      createdById: opts.createdById ?? null,
      filenames: opts.filenames ?? [],
      total: opts.total ?? 0,
      payload: opts.payload ?? null,
    });
    await boss.send(kind, { jobId: id }, { db: txExecutor(tx) });
  });
  return id;
}

/** Sends an existing QUEUED job to the queue again (after a release, a take-over or a retry). */
export async function dispatchJob(db: TDb, id: string, kind: TJobKind): Promise<void> {
  const boss = await getBoss(db);
  await boss.send(kind, { jobId: id });
}

/** At most one scoring drain waits at a time; more would only find nothing left to score. */
export async function enqueueUnlessWaiting(
  db: TDb,
  kind: TJobKind,
  opts: TEnqueue = {},
): Promise<string | null> {
  const { rows } = await db.sql.query(
    `SELECT 1 FROM "Job" WHERE "kind"=$1 AND "status"='QUEUED' LIMIT 1`,
    [kind],
  );
  if (rows.length) return null;
  return enqueueJob(db, kind, opts);
}

export async function cancelJob(db: TDb, id: string): Promise<void> {
  const job = await readJob(db, id);
  if (!job) throw new NotFoundError(`Job ${id}`);
  if (!(await cancelJobRow(db, id)))
    throw new ConflictError(
      `Job ${id} is ${job.status.toLowerCase()}; only queued or running jobs can be cancelled.`,
    );
}

export async function retryJob(db: TDb, id: string): Promise<void> {
  const job = await readJob(db, id);
  if (!job) throw new NotFoundError(`Job ${id}`);
  if (!(await requeueJobRow(db, id)))
    throw new ConflictError(
      `Job ${id} is ${job.status.toLowerCase()}; only failed or cancelled jobs can be retried.`,
    );
  await dispatchJob(db, id, job.kind);
}

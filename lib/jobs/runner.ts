// Runs one job under its lease: claims the Job row, renews the heartbeat while the handler works,
// and records the outcome (DONE with its report, QUEUED for a retry, FAILED after three attempts,
// or handed back when the worker stops). Handlers are idempotent and resume from their checkpoint.
import type { TDb, TSql } from "@/lib/db/connect";
import { logger } from "@/lib/log";
import { HEARTBEAT_MS, type TJobKind } from "./kinds";
import {
  claimJob,
  failAttempt,
  finishJob,
  heartbeat,
  releaseJob,
  saveCheckpoint,
  type TJobRow,
} from "./records";

/** Thrown at a batch boundary when the job must stop: the worker is stopping, or the job was cancelled. */
export class JobStopped extends Error {
  constructor(readonly reason: "released" | "lost") {
    super(reason === "released" ? "the worker is stopping" : "the job was cancelled or taken over");
    this.name = "JobStopped";
  }
}

export type TJobContext = {
  db: TDb;
  job: TJobRow;
  /** The payload given at enqueue time (parsed JSON). */
  payload: unknown;
  /** The resume point saved by an earlier attempt, or null. */
  checkpoint: unknown;
  /** Reports progress; throws JobStopped when the job must stop. Cheap: the heartbeat writes it. */
  progress(processed: number, total?: number): void;
  /** Saves a resume point in `tx` (with the batch it follows, so both commit together). */
  checkpointIn(tx: TSql, value: unknown, processed: number): Promise<void>;
  /** The worker runs inside the web server: handlers keep each synchronous step short. */
  interactive: boolean;
};

export type THandler = (ctx: TJobContext) => Promise<unknown>;

export type TRunOptions = {
  workerId: string;
  staleSeconds: number;
  isStopping: () => boolean;
  interactive?: boolean;
};

export async function runJob(
  db: TDb,
  kind: TJobKind,
  jobId: string,
  handler: THandler,
  opts: TRunOptions,
): Promise<"done" | "retry" | "failed" | "skipped" | "released"> {
  const job = await claimJob(db, jobId, opts.workerId, opts.staleSeconds);
  if (!job) return "skipped"; // done, cancelled, or another worker holds a live lease
  let processed = job.processed;
  let total: number | null = null;
  let lost = false;
  const beat = setInterval(() => {
    void heartbeat(db, jobId, opts.workerId, { processed, total })
      .then((held) => {
        if (!held) lost = true;
      })
      .catch((error) => logger.warn({ err: error, job: jobId }, "job heartbeat failed"));
  }, HEARTBEAT_MS);
  const check = () => {
    if (lost) throw new JobStopped("lost");
    if (opts.isStopping()) throw new JobStopped("released");
  };
  const ctx: TJobContext = {
    db,
    job,
    payload: job.payload ? JSON.parse(job.payload) : null,
    checkpoint: job.checkpoint ?? null,
    interactive: opts.interactive ?? false,
    progress(done, all) {
      processed = done;
      if (all !== undefined) total = all;
      check();
    },
    async checkpointIn(tx, value, done) {
      processed = done;
      if (!(await saveCheckpoint(tx, jobId, opts.workerId, value, done))) lost = true;
    },
  };
  try {
    const report = await handler(ctx);
    await finishJob(db, jobId, opts.workerId, report ?? null, { processed, total });
    return "done";
  } catch (error) {
    if (error instanceof JobStopped) {
      if (error.reason === "lost") return "skipped";
      await releaseJob(db, jobId, opts.workerId);
      return "released";
    }
    const message = error instanceof Error ? error.message : String(error);
    logger.warn({ err: error, job: jobId, kind }, "job attempt failed");
    const outcome = await failAttempt(db, jobId, opts.workerId, message);
    return outcome === "gone" ? "skipped" : outcome;
  } finally {
    clearInterval(beat);
  }
}

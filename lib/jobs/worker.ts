// A job worker: pg-boss fetches (SKIP LOCKED) and retries with backoff; each job runs under its
// lease (runner.ts). Housekeeping every few seconds: take back jobs of dead workers, re-dispatch
// jobs with no queue entry, and start a scoring drain whenever comments wait below stage 2.
import { randomUUID } from "node:crypto";
import os from "node:os";
import type { TDb } from "@/lib/db/connect";
import { logger } from "@/lib/log";
import { getBoss, stopBoss } from "./boss";
import { dispatchJob, enqueueUnlessWaiting } from "./enqueue";
import { staleAfterSeconds, type TJobKind } from "./kinds";
import { reapStaleJobs, undispatchedJobs } from "./records";
import { runJob, type THandler } from "./runner";
import { HANDLERS } from "./handlers";
import { hasUnscoredComments } from "./handlers/score";

export type TWorkerOptions = {
  concurrency?: number;
  kinds: TJobKind[];
  housekeepingMs?: number;
  /** Inside the web server (lib/jobs/in-process.ts): see TJobContext.interactive. */
  interactive?: boolean;
};
export type TWorker = { id: string; stop(): Promise<void>; running(): number };

const HOUSEKEEPING_MS = 5_000;

class RetryLater extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RetryLater";
  }
}

export async function startWorker(db: TDb, opts: TWorkerOptions): Promise<TWorker> {
  const id = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const staleSeconds = staleAfterSeconds();
  const boss = await getBoss(db);
  let stopping = false;
  let active = 0;
  const runningJobs = new Set<string>();
  const runOne = async (kind: TJobKind, jobId: string, handler: THandler) => {
    active++;
    runningJobs.add(jobId);
    try {
      const outcome = await runJob(db, kind, jobId, handler, {
        workerId: id,
        staleSeconds,
        isStopping: () => stopping,
        interactive: opts.interactive,
      });
      logger.info({ job: jobId, kind, outcome, worker: id }, "job attempt ended");
      // pg-boss retries a thrown job with backoff; our row says QUEUED with the error meanwhile.
      if (outcome === "retry") throw new RetryLater(`job ${jobId} will be retried`);
    } finally {
      active--;
      runningJobs.delete(jobId);
    }
  };
  for (const kind of opts.kinds) {
    const handler = HANDLERS[kind];
    for (let i = 0; i < Math.max(1, opts.concurrency ?? 1); i++) {
      await boss.work(kind, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) =>
        runOne(kind, job.data.jobId, handler),
      );
    }
  }

  let busy = false;
  const housekeeping = async () => {
    if (busy || stopping) return;
    busy = true;
    try {
      const reaped = await reapStaleJobs(db, staleSeconds, [...runningJobs]);
      if (reaped) logger.warn({ reaped }, "took back jobs of workers that stopped responding");
      for (const job of await undispatchedJobs(db))
        if (opts.kinds.includes(job.kind)) await dispatchJob(db, job.id, job.kind);
      // Comments left unscored (kill -9 mid-import, an outage) or below stage 2 are always picked up.
      if (opts.kinds.includes("score-stage2") && (await hasUnscoredComments(db)))
        await enqueueUnlessWaiting(db, "score-stage2");
    } catch (error) {
      logger.warn({ err: error }, "job housekeeping failed (will retry)");
    } finally {
      busy = false;
    }
  };
  await housekeeping();
  const timer = setInterval(() => void housekeeping(), opts.housekeepingMs ?? HOUSEKEEPING_MS);

  return {
    id,
    running: () => active,
    async stop() {
      if (stopping) return;
      stopping = true;
      clearInterval(timer);
      // Handlers see `stopping` at their next batch boundary and hand their job back (QUEUED).
      for (const kind of opts.kinds) await boss.offWork(kind).catch(() => undefined);
      const deadline = Date.now() + 30_000;
      while (active > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      await stopBoss(db, { graceful: true, timeout: 5_000 });
    },
  };
}

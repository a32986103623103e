// The worker inside the web server process (what `npm start` runs unless VIGIL_WORKER=0). On the
// embedded database it is the only possible worker, since PGlite allows one process; on PostgreSQL
// it is a convenience, and deployments run `vigil worker` processes instead. Keeps trying to start
// while the database is unreachable.
import "server-only";
import { getDb } from "@/lib/db";
import { logger } from "@/lib/log";
import { parseKinds } from "./kinds";
import { startWorker, type TWorker } from "./worker";

const state = globalThis as unknown as {
  vigilInProcessWorker?: { worker: TWorker | null; starting: boolean };
};

export function inProcessWorkerEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.VIGIL_WORKER !== "0";
}

export function startInProcessWorker(): void {
  if (state.vigilInProcessWorker) return;
  const slot: { worker: TWorker | null; starting: boolean } = (state.vigilInProcessWorker = {
    worker: null,
    starting: true,
  });
  const concurrency = Math.max(1, Number(process.env.VIGIL_WORKER_CONCURRENCY ?? 1) || 1);
  const attempt = async (delayMs: number): Promise<void> => {
    try {
      const db = await getDb();
      slot.worker = await startWorker(db, {
        concurrency,
        kinds: parseKinds(process.env.VIGIL_WORKER_QUEUES),
        interactive: true,
      });
      slot.starting = false;
      logger.info({ worker: slot.worker.id }, "in-process job worker started");
    } catch (error) {
      logger.warn(
        { err: error, retryInMs: delayMs },
        "in-process job worker could not start (will retry)",
      );
      setTimeout(() => void attempt(Math.min(delayMs * 2, 30_000)), delayMs).unref();
    }
  };
  void attempt(1_000);
  const stop = () => void slot.worker?.stop().catch(() => undefined);
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

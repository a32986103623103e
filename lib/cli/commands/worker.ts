// `vigil worker`: runs background jobs (imports, scoring, exports…) until stopped. SIGTERM or
// SIGINT: the current jobs stop at their next batch and go back to the queue, then it exits.
import { parseArgs } from "node:util";
import { UsageError, type TCommand } from "../command";
import { openCliDb } from "../open-db";
import { parseKinds } from "@/lib/jobs/kinds";
import { startWorker } from "@/lib/jobs/worker";

const USAGE =
  "vigil worker [--concurrency N] [--queues import,score-stage2,rescore,external-score,export]";

export const command: TCommand = {
  name: "worker",
  summary: "Run background jobs until stopped",
  usage: USAGE,
  async run(argv) {
    let values;
    try {
      ({ values } = parseArgs({
        args: argv,
        options: { concurrency: { type: "string" }, queues: { type: "string" } },
      }));
    } catch (error) {
      throw new UsageError(`${(error as Error).message}. Usage: ${USAGE}`);
    }
    const concurrency = values.concurrency === undefined ? 1 : Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32)
      throw new UsageError(
        `--concurrency must be a whole number from 1 to 32 (got "${values.concurrency}")`,
      );
    let kinds;
    try {
      kinds = parseKinds(values.queues);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const db = await openCliDb();
    // A worker that cannot start says why and ends (its pool closed), rather than idling on.
    const worker = await startWorker(db, { concurrency, kinds }).catch(async (error: unknown) => {
      await db.close().catch(() => undefined);
      throw error;
    });
    process.stdout.write(
      `worker ${worker.id} running ${kinds.join(", ")} (concurrency ${concurrency}) on ${db.target.display}\n`,
    );
    await new Promise<void>((resolve) => {
      const onSignal = () => resolve();
      process.once("SIGTERM", onSignal);
      process.once("SIGINT", onSignal);
    });
    process.stdout.write("stopping: handing back unfinished jobs…\n");
    await worker.stop();
    await db.close();
    process.stdout.write("worker stopped\n");
    return 0;
  },
};

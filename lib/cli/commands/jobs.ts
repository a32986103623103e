// `vigil jobs`: lists background jobs (kind, status, progress, errors); `vigil jobs retry|cancel ID`.
import { parseArgs } from "node:util";
import { UsageError, type TCommand } from "../command";
import { openCliDb } from "../open-db";
import { stopBoss } from "@/lib/jobs/boss";
import { cancelJob, retryJob } from "@/lib/jobs/enqueue";
import { isJobKind } from "@/lib/jobs/kinds";
import { listJobs, type TJobView } from "@/lib/jobs/queries";

const USAGE =
  "vigil jobs [--json] [--limit N] [--kind KIND]   |   vigil jobs retry ID   |   vigil jobs cancel ID";

function progress(job: TJobView): string {
  if (job.total > 0)
    return `${job.processed}/${job.total} (${Math.floor((job.processed / job.total) * 100)}%)`;
  return job.processed ? String(job.processed) : "-";
}

function formatJobs(jobs: TJobView[]): string {
  if (jobs.length === 0) return "no jobs\n";
  const lines = jobs.map(
    (j) =>
      [
        j.id,
        j.kind.padEnd(14),
        j.status.padEnd(9),
        progress(j).padEnd(22),
        `attempts ${j.attempts}`,
        j.createdAt.slice(0, 19).replace("T", " "),
        j.filenames.join(", "),
      ].join("  ") + (j.error ? `\n    error: ${j.error}` : ""),
  );
  return lines.join("\n") + "\n";
}

export const command: TCommand = {
  name: "jobs",
  summary: "List background jobs; jobs retry|cancel ID",
  usage: USAGE,
  async run(argv) {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        options: { json: { type: "boolean" }, limit: { type: "string" }, kind: { type: "string" } },
      });
    } catch (error) {
      throw new UsageError(`${(error as Error).message}. Usage: ${USAGE}`);
    }
    const { values, positionals } = parsed;
    const [action, id, ...extra] = positionals;
    if (action && action !== "retry" && action !== "cancel")
      throw new UsageError(`unknown action "${action}". Usage: ${USAGE}`);
    if (action && (!id || extra.length)) throw new UsageError(`give one job id. Usage: ${USAGE}`);
    if (values.kind && !isJobKind(values.kind))
      throw new UsageError(`--kind must be a job kind (got "${values.kind}")`);
    const limit = values.limit === undefined ? 50 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1)
      throw new UsageError(`--limit must be a positive whole number (got "${values.limit}")`);
    const db = await openCliDb();
    try {
      if (action === "cancel") {
        await cancelJob(db, id);
        process.stdout.write(`cancelled ${id}\n`);
        return 0;
      }
      if (action === "retry") {
        await retryJob(db, id);
        process.stdout.write(`queued ${id} again\n`);
        return 0;
      }
      const jobs = await listJobs(db, { limit, kind: values.kind as TJobView["kind"] | undefined });
      process.stdout.write(values.json ? JSON.stringify(jobs, null, 2) + "\n" : formatJobs(jobs));
      return 0;
    } finally {
      await stopBoss(db, { graceful: false, timeout: 1000 });
      await db.close();
    }
  },
};

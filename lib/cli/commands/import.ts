// `vigil import PATH…`: imports files or folders and prints what was created, updated, unchanged
// and rejected, with the place and reason of each rejection. `--queue` hands the paths to a worker
// instead (`vigil worker`, or the app's in-process worker) and prints the job id.
import { parseArgs } from "node:util";
import { UsageError, type TCommand } from "../command";
import { openCliDb } from "../open-db";
import { importPaths, type TImportReport } from "@/lib/import/import-paths";
import { scoreAfterImport } from "@/lib/import/score-hook";
import { isConnectionLost, type TDb } from "@/lib/db/connect";
import { DomainError } from "@/lib/errors";

const USAGE = "vigil import PATH... [--json] [--no-score] [--queue]";

/**
 * One job per path given, so several workers share a multi-file import. Workers read the files
 * themselves: the paths must be readable where the workers run.
 */
async function enqueuePaths(db: TDb, paths: string[], score: boolean): Promise<string[]> {
  const { stat } = await import("node:fs/promises");
  const path = await import("node:path");
  const absolute = paths.map((p) => path.resolve(p));
  for (const p of absolute)
    if (!(await stat(p).catch(() => null))) throw new UsageError(`${p}: no such file or folder`);
  const { enqueueJob } = await import("@/lib/jobs/enqueue");
  const { stopBoss } = await import("@/lib/jobs/boss");
  try {
    const ids: string[] = [];
    for (const p of absolute)
      ids.push(
        await enqueueJob(db, "import", {
          filenames: [path.basename(p)],
          payload: { source: "paths", paths: [p], score },
        }),
      );
    return ids;
  } finally {
    await stopBoss(db, { graceful: false, timeout: 1000 });
  }
}

function formatReport(r: TImportReport): string {
  const row = (label: string, c: TImportReport["articles"]) =>
    `  ${label.padEnd(9)} created ${c.created}, updated ${c.updated}, unchanged ${c.unchanged}, rejected ${c.rejected}`;
  const lines = [
    `Imported ${r.files} file(s):`,
    row("articles", r.articles),
    row("comments", r.comments),
  ];
  if (r.rejections.length) {
    lines.push(`Rejected (${r.rejections.length + r.unlistedRejections}):`);
    for (const x of r.rejections.slice(0, 200)) lines.push(`  ${x.file}: ${x.where}: ${x.message}`);
    const more = r.rejections.length - 200 + r.unlistedRejections;
    if (more > 0)
      lines.push(
        `  … and ${more} more${r.rejections.length > 200 ? " (use --json to list the first 1000)" : ""}`,
      );
  }
  if (r.warnings.length) lines.push(`Warnings: ${r.warnings.length} (use --json to list them)`);
  return lines.join("\n") + "\n";
}

/**
 * Comments an earlier, interrupted import wrote but never scored come back "unchanged": score them
 * now (stage 1), and leave stage 2 to a worker (the app's in-process one, or `vigil worker`).
 */
async function scoreLeftovers(db: TDb): Promise<void> {
  const { scoreUnscored } = await import("@/lib/triage/score-comments");
  await scoreUnscored(db);
  const { enqueueUnlessWaiting } = await import("@/lib/jobs/enqueue");
  const { stopBoss } = await import("@/lib/jobs/boss");
  try {
    await enqueueUnlessWaiting(db, "score-stage2");
  } finally {
    await stopBoss(db, { graceful: false, timeout: 1000 });
  }
}

export const command: TCommand = {
  name: "import",
  summary: "Import files or folders of articles and comments",
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: "boolean" },
        "no-score": { type: "boolean" },
        queue: { type: "boolean" },
      },
    });
    if (positionals.length === 0)
      throw new UsageError(`give at least one file or folder. Usage: ${USAGE}`);
    const db = await openCliDb();
    try {
      if (values.queue) {
        const ids = await enqueuePaths(db, positionals, !values["no-score"]);
        process.stdout.write(
          values.json ? JSON.stringify({ jobIds: ids }) + "\n" : ids.join("\n") + "\n",
        );
        return 0;
      }
      const report = await importPaths(db, positionals, {
        actor: null,
        onWritten: values["no-score"] ? undefined : (ids) => scoreAfterImport(db, ids),
      }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT_PATH") throw new UsageError(error.message);
        throw error;
      });
      const { drainExternalScoring } = await import("@/lib/triage/external-scoring");
      await drainExternalScoring();
      if (!values["no-score"]) await scoreLeftovers(db);
      process.stdout.write(
        values.json ? JSON.stringify(report, null, 2) + "\n" : formatReport(report),
      );
      return 0;
    } catch (error) {
      if (isConnectionLost(error)) {
        const why = error instanceof Error ? error.message : String(error);
        throw new DomainError(
          `lost the connection to the database at ${db.target.display} (${why}). What was written stays; run the same import again when it is back: written records are skipped and the rest are imported.`,
          "db_down",
        );
      }
      throw error;
    } finally {
      await db.close().catch(() => undefined); // after an outage the connections are already gone
    }
  },
};

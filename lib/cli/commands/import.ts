// `vigil import PATH…`: imports files or folders and prints what was created, updated, unchanged
// and rejected, with the place and reason of each rejection.
import { parseArgs } from "node:util";
import { UsageError, type TCommand } from "../command";
import { openCliDb } from "../open-db";
import { importPaths, type TImportReport } from "@/lib/import/import-paths";
import { scoreAfterImport } from "@/lib/import/score-hook";

const USAGE = "vigil import PATH... [--json] [--no-score]";

function formatReport(r: TImportReport): string {
  const row = (label: string, c: TImportReport["articles"]) =>
    `  ${label.padEnd(9)} created ${c.created}, updated ${c.updated}, unchanged ${c.unchanged}, rejected ${c.rejected}`;
  const lines = [`Imported ${r.files} file(s):`, row("articles", r.articles), row("comments", r.comments)];
  if (r.rejections.length) {
    lines.push(`Rejected (${r.rejections.length + r.unlistedRejections}):`);
    for (const x of r.rejections.slice(0, 200)) lines.push(`  ${x.file}: ${x.where}: ${x.message}`);
    const more = r.rejections.length - 200 + r.unlistedRejections;
    if (more > 0) lines.push(`  … and ${more} more${r.rejections.length > 200 ? " (use --json to list the first 1000)" : ""}`);
  }
  if (r.warnings.length) lines.push(`Warnings: ${r.warnings.length} (use --json to list them)`);
  return lines.join("\n") + "\n";
}

export const command: TCommand = {
  name: "import",
  summary: "Import files or folders of articles and comments",
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: "boolean" }, "no-score": { type: "boolean" } } });
    if (positionals.length === 0) throw new UsageError(`give at least one file or folder. Usage: ${USAGE}`);
    const db = await openCliDb();
    try {
      const report = await importPaths(db, positionals, {
        actor: null,
        onWritten: values["no-score"] ? undefined : (ids) => scoreAfterImport(db, ids),
      }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT_PATH") throw new UsageError(error.message);
        throw error;
      });
      const { drainExternalScoring } = await import("@/lib/triage/external-scoring");
      await drainExternalScoring();
      process.stdout.write(values.json ? JSON.stringify(report, null, 2) + "\n" : formatReport(report));
      return 0;
    } finally {
      await db.close();
    }
  },
};

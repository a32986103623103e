// `vigil export`: streams moderation actions or comments as CSV / NDJSON to stdout or a file, with
// the same code and filters as the Reports page's export buttons.
import { createWriteStream } from "node:fs";
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { UsageError, type TCommand } from "../command";
import { openCliDb } from "../open-db";
import {
  EXPORT_FORMATS,
  EXPORT_KINDS,
  type TExportFormat,
  type TExportKind,
} from "@/lib/reports/export-kinds";
import { exportChunks } from "@/lib/reports/export-stream";
import { dayStart, toDay, type TReportFilters } from "@/lib/reports/filters";
import { isHarm } from "@/lib/reports/harms";
import { HARMS } from "@/lib/triage/types";
import path from "node:path";
import type { TDb } from "@/lib/db/connect";
import type { TExportPayload } from "@/lib/jobs/handlers/export";

/** Large exports as a job: a worker streams the file (it must be able to write the path). */
async function enqueueExport(db: TDb, payload: TExportPayload): Promise<number> {
  const { enqueueJob } = await import("@/lib/jobs/enqueue");
  const { stopBoss } = await import("@/lib/jobs/boss");
  try {
    const id = await enqueueJob(db, "export", {
      filenames: [path.basename(payload.output)],
      payload,
    });
    process.stdout.write(`${id}\n`);
    return 0;
  } finally {
    await stopBoss(db, { graceful: false, timeout: 1000 });
    await db.close();
  }
}

const USAGE =
  "vigil export --from YYYY-MM-DD --to YYYY-MM-DD --format csv|ndjson [--what actions|comments] [--output FILE]\n" +
  "       [--article ID] [--moderator USER_ID] [--harm " +
  HARMS.join("|") +
  "] [--action NAME] [--queue (with --output: a worker writes it)]";

function day(flag: string, value: string | undefined): string {
  if (!value) throw new UsageError(`--${flag} is required (YYYY-MM-DD). Usage: ${USAGE}`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(dayStart(value).getTime()) ||
    toDay(dayStart(value)) !== value
  ) {
    throw new UsageError(`--${flag} must be a date as YYYY-MM-DD (got "${value}")`);
  }
  return value;
}

function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback?: T,
): T {
  if (value === undefined && fallback) return fallback;
  if (value === undefined)
    throw new UsageError(`--${flag} is required: ${allowed.join(" or ")}. Usage: ${USAGE}`);
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${flag} must be ${allowed.join(" or ")} (got "${value}")`);
  return value as T;
}

export function parseExportArgs(argv: string[]): {
  kind: TExportKind;
  format: TExportFormat;
  filters: TReportFilters;
  output: string | null;
  queue: boolean;
} {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        from: { type: "string" },
        to: { type: "string" },
        format: { type: "string" },
        what: { type: "string" },
        output: { type: "string", short: "o" },
        article: { type: "string" },
        moderator: { type: "string" },
        harm: { type: "string" },
        action: { type: "string" },
        queue: { type: "boolean" },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}. Usage: ${USAGE}`);
  }
  const v = parsed.values;
  const from = day("from", v.from);
  const to = day("to", v.to);
  if (from > to) throw new UsageError(`--from (${from}) is after --to (${to})`);
  const filters: TReportFilters = { from, to };
  if (v.article !== undefined) {
    if (!/^[1-9]\d{0,9}$/.test(v.article))
      throw new UsageError(
        `--article must be an article id (a positive number, got "${v.article}")`,
      );
    filters.article = Number(v.article);
  }
  if (v.harm !== undefined) {
    if (!isHarm(v.harm))
      throw new UsageError(`--harm must be one of ${HARMS.join(", ")} (got "${v.harm}")`);
    filters.harm = v.harm;
  }
  if (v.moderator) filters.moderator = v.moderator;
  if (v.action) filters.action = v.action;
  return {
    kind: oneOf("what", v.what, EXPORT_KINDS, "actions"),
    format: oneOf("format", v.format, EXPORT_FORMATS),
    filters,
    output: v.output && v.output !== "-" ? v.output : null,
    queue: Boolean(v.queue),
  };
}

export const command: TCommand = {
  name: "export",
  summary: "Export moderation actions or comments as CSV / NDJSON",
  usage: USAGE,
  async run(argv) {
    const { kind, format, filters, output, queue } = parseExportArgs(argv);
    if (queue && !output)
      throw new UsageError(
        `--queue needs --output FILE (the worker writes the file). Usage: ${USAGE}`,
      );
    const db = await openCliDb();
    if (queue) return enqueueExport(db, { kind, format, filters, output: path.resolve(output!) });
    let rows = 0;
    const started = performance.now();
    try {
      const source = Readable.from(
        exportChunks(db, { kind, format, filters, onRows: (n) => (rows += n) }),
      );
      const sink: Writable = output ? createWriteStream(output) : process.stdout;
      // stdout must stay open for the shell; a file is closed when the stream ends.
      await pipeline(source, sink, { end: Boolean(output) });
      const seconds = (performance.now() - started) / 1000;
      process.stderr.write(
        `exported ${rows} ${kind} (${filters.from} to ${filters.to}) as ${format}${output ? ` to ${output}` : ""} in ${seconds.toFixed(1)} s (${Math.round(rows / Math.max(seconds, 0.001))} rows/s)\n`,
      );
      return 0;
    } finally {
      await db.close();
    }
  },
};

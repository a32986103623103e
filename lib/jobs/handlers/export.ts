// The `export` job (large exports, `vigil export --queue`): streams the same CSV / NDJSON as the
// Reports page into FILE.part and renames it to FILE when complete, so a re-run after a crash
// rewrites the file from the start and the finished file holds every row exactly once.
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { countExport, exportChunks } from "@/lib/reports/export-stream";
import type { TExportFormat, TExportKind } from "@/lib/reports/export-kinds";
import type { TReportFilters } from "@/lib/reports/filters";
import type { TJobContext } from "../runner";

export type TExportPayload = {
  kind: TExportKind;
  format: TExportFormat;
  filters: TReportFilters;
  output: string;
};

export async function runExport(ctx: TJobContext): Promise<{ rows: number; output: string }> {
  const p = ctx.payload as TExportPayload;
  const part = `${p.output}.part`;
  let rows = 0;
  ctx.progress(0, await countExport(ctx.db.sql, p.kind, p.filters));
  try {
    const batchSize = Number(process.env.VIGIL_EXPORT_BATCH) || undefined; // tests slow it down to kill it midway
    const source = Readable.from(
      exportChunks(ctx.db, {
        kind: p.kind,
        format: p.format,
        filters: p.filters,
        batchSize,
        onRows: (n) => ctx.progress((rows += n)),
      }),
    );
    await pipeline(source, createWriteStream(part));
  } catch (error) {
    await rm(part, { force: true });
    throw error;
  }
  await rename(part, p.output);
  return { rows, output: p.output };
}

// The `import` job. Web imports carry their previewed parse result in the payload and resume from
// a checkpoint (file, article) saved with every batch, so a re-run after a crash neither re-reads
// nor re-counts what was written; CLI imports (`vigil import --queue`) carry file paths and re-run
// idempotently (written records come back "unchanged"). Each batch gets stage-1 scores at once;
// stage 2 and external scorers follow as their own jobs.
import path from "node:path";
import type { TDb } from "@/lib/db/connect";
import {
  emptyWriteResult,
  writeArticles,
  type TWriteResult,
} from "@/lib/import/ingest/write-articles";
import type { TJobReport } from "@/lib/import/jobs";
import type { TStartImport } from "@/lib/import/schemas";
import { scoreComments } from "@/lib/triage/score-comments";
import { enqueueJob, enqueueUnlessWaiting } from "../enqueue";
import type { TJobContext } from "../runner";

const BATCH = 500; // comments per transaction: small enough for a smooth progress bar

export type TImportPayload =
  { source: "web"; input: TStartImport } | { source: "paths"; paths: string[]; score?: boolean };
type TCheckpoint = {
  file: number;
  article: number;
  processed: number;
  report: TJobReport;
  partial: TWriteResult | null;
};

/** After new comments land: stage 2 and the external scorers run as their own jobs. */
export async function followUpScoring(db: TDb, touched: number[]): Promise<void> {
  await enqueueUnlessWaiting(db, "score-stage2");
  if (touched.length === 0) return;
  const { hasExternalScorers } = await import("./external");
  if (hasExternalScorers())
    await enqueueJob(db, "external-score", { payload: { ids: touched }, total: touched.length });
}

async function importParsed(ctx: TJobContext, input: TStartImport): Promise<TJobReport> {
  const { db } = ctx;
  const saved = ctx.checkpoint as TCheckpoint | null;
  const report: TJobReport = saved?.report ?? { files: [] };
  let processed = saved?.processed ?? 0;
  const total = input.files.reduce(
    (n, f) => n + f.articles.reduce((m, a) => m + a.comments.length + 1, 0),
    0,
  );
  ctx.progress(processed, total);
  const touchedAll: number[] = [];
  for (let f = saved?.file ?? 0; f < input.files.length; f++) {
    const file = input.files[f];
    const written = saved && saved.file === f && saved.partial ? saved.partial : emptyWriteResult();
    let start = saved && saved.file === f ? saved.article : 0;
    while (start < file.articles.length) {
      let end = start;
      let size = 0;
      while (end < file.articles.length && size < BATCH)
        size += file.articles[end++].comments.length + 1;
      const before = written.touchedCommentIds.length;
      await writeArticles(db.sql, file.articles.slice(start, end), written, start);
      const touched = written.touchedCommentIds.splice(before); // ids are not kept in the checkpoint
      if (touched.length) await scoreComments(db, touched);
      touchedAll.push(...touched.slice(0, 100_000 - touchedAll.length));
      processed += size;
      start = end;
      const next: TCheckpoint = { file: f, article: start, processed, report, partial: written };
      await db.sql.transaction((tx) => ctx.checkpointIn(tx, next, processed));
      ctx.progress(processed);
    }
    report.files.push({
      name: file.name,
      articles: written.articles,
      comments: { ...written.comments, rejected: written.comments.rejected + file.errors.length },
      rejections: [
        ...file.errors,
        ...written.failures.map((x) => ({
          where: `article "${x.title ?? "?"}"`,
          message: x.message,
        })),
      ].slice(0, 1000),
      warnings: file.warnings.length,
    });
    const next: TCheckpoint = { file: f + 1, article: 0, processed, report, partial: null };
    await db.sql.transaction((tx) => ctx.checkpointIn(tx, next, processed));
  }
  await followUpScoring(db, touchedAll);
  return report;
}

/** `score: false` (`vigil import --queue --no-score`) leaves all scoring to the background drain. */
async function importFromPaths(ctx: TJobContext, paths: string[], score: boolean) {
  const { db } = ctx;
  const { importPaths } = await import("@/lib/import/import-paths");
  const touchedAll: number[] = [];
  const report = await importPaths(db, paths, {
    actor: null,
    onWritten: async (ids) => {
      if (score) await scoreComments(db, ids);
      touchedAll.push(...ids.slice(0, 100_000 - touchedAll.length));
    },
    onProgress: ({ bytes, totalBytes }) => ctx.progress(bytes, totalBytes),
  });
  if (score) await followUpScoring(db, touchedAll);
  return { ...report, paths: paths.map((p) => path.basename(p)) };
}

export async function runImport(ctx: TJobContext): Promise<unknown> {
  const payload = ctx.payload as TImportPayload;
  if (payload.source === "web") return importParsed(ctx, payload.input);
  return importFromPaths(ctx, payload.paths, payload.score !== false);
}

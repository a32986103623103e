// Import jobs started from the web: written in the background with progress kept in ImportJob,
// so the browser can show a progress bar and the history keeps each job's report.
import "server-only";
import { randomUUID } from "node:crypto";
import type { TDb } from "@/lib/db/connect";
import type { Prisma } from "@/lib/db/generated/client";
import type { TSessionUser } from "@/lib/auth/session-types";
import { recordAudit } from "@/lib/audit/record";
import { logger } from "@/lib/log";
import { emptyWriteResult, writeArticles } from "./ingest/write-articles";
import { scoreAfterImport } from "./score-hook";
import type { TStartImport } from "./schemas";

export type TJobReport = {
  files: Array<{
    name: string;
    articles: { created: number; updated: number; unchanged: number; rejected: number };
    comments: { created: number; updated: number; unchanged: number; rejected: number };
    rejections: Array<{ where: string; message: string }>;
    warnings: number;
  }>;
};

const BATCH = 500; // comments per transaction: small enough for a smooth progress bar

export async function startImportJob(db: TDb, user: TSessionUser, input: TStartImport): Promise<string> {
  const id = randomUUID();
  const total = input.files.reduce((n, f) => n + f.articles.reduce((m, a) => m + a.comments.length + 1, 0), 0);
  await db.prisma.$transaction(async (tx) => {
    await tx.importJob.create({ data: { id, createdById: user.id, filenames: input.files.map((f) => f.name), status: "RUNNING", total } });
    await recordAudit(tx, { actor: user, targetType: "IMPORT", targetId: id, action: "import.start", after: { files: input.files.map((f) => f.name), total } });
  });
  // Runs after the response; failures are recorded on the job, never lost.
  void runImportJob(db, id, input).catch(async (error) => {
    logger.error({ err: error, job: id }, "import job failed");
    await db.prisma.importJob.update({ where: { id }, data: { status: "FAILED", finishedAt: new Date(), report: { error: "The import stopped unexpectedly; what was written before stays." } } }).catch(() => undefined);
  });
  return id;
}

async function runImportJob(db: TDb, id: string, input: TStartImport): Promise<void> {
  const report: TJobReport = { files: [] };
  let processed = 0;
  for (const file of input.files) {
    const written = emptyWriteResult();
    let batch: typeof file.articles = [];
    let size = 0;
    const flush = async () => {
      if (!batch.length) return;
      const before = written.touchedCommentIds.length;
      await writeArticles(db.sql, batch, written);
      const touched = written.touchedCommentIds.slice(before);
      if (touched.length) await scoreAfterImport(db, touched);
      processed += size;
      batch = [];
      size = 0;
      await db.prisma.importJob.update({ where: { id }, data: { processed } });
    };
    for (const article of file.articles) {
      batch.push(article);
      size += article.comments.length + 1;
      if (size >= BATCH) await flush();
    }
    await flush();
    report.files.push({
      name: file.name,
      articles: written.articles,
      comments: { ...written.comments, rejected: written.comments.rejected + file.errors.length },
      rejections: [...file.errors, ...written.failures.map((f) => ({ where: `article "${f.title ?? "?"}"`, message: f.message }))],
      warnings: file.warnings.length,
    });
  }
  await db.prisma.importJob.update({
    where: { id },
    data: { status: "DONE", processed, finishedAt: new Date(), report: report as unknown as Prisma.InputJsonValue },
  });
}

/** Jobs left RUNNING by a server that stopped are marked failed at the next start. */
export async function failInterruptedJobs(db: TDb): Promise<number> {
  const { count } = await db.prisma.importJob.updateMany({
    where: { status: { in: ["RUNNING", "QUEUED"] } },
    data: { status: "FAILED", finishedAt: new Date(), report: { error: "The server stopped during this import; what was written before stays. Import the file again: unchanged records are skipped." } },
  });
  return count;
}

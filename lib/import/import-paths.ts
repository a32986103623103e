// Imports files or folders: every format through the parser, JSONL streamed line by line so memory
// stays flat however large the file. Reports created / updated / unchanged / rejected per kind.
import { open, readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { TDb } from "@/lib/db/connect";
import type { TSessionUser } from "@/lib/auth/session-types";
import type { TParsedArticle } from "@/lib/import/types";
import { parseFile } from "@/lib/import/parse/parse-file";
import { detectFormat } from "@/lib/import/parse/detect-format";
import { parseVigilLine } from "@/lib/import/parse/vigil-json";
import {
  emptyWriteResult,
  writeArticles,
  type TCounts,
  type TWriteResult,
} from "./ingest/write-articles";
import { RecordBatch } from "./ingest/record-batch";
import { readLines } from "./ingest/read-lines";

export type { TCounts as TImportCounts };
export type TRejection = { file: string; where: string; message: string };
export type TImportReport = {
  files: number;
  /** Rejections beyond MAX_LISTED_REJECTIONS are counted, not listed, so memory stays bounded. */
  unlistedRejections: number;
  articles: TCounts;
  comments: TCounts;
  rejections: TRejection[];
  warnings: TRejection[];
  /** Comments created or changed (their ids go to `onWritten` batch by batch, not kept here). */
  touched: number;
};

export type TImportOptions = {
  actor: TSessionUser | null;
  /** Called after each batch is written, e.g. to hand new comments to the triage engine. */
  onWritten?: (commentIds: number[]) => Promise<void>;
  onProgress?: (done: { bytes: number; totalBytes: number }) => void;
  batchComments?: number;
};

export const MAX_LISTED_REJECTIONS = 1000;

function reject(report: TImportReport, rejection: TRejection): void {
  if (report.rejections.length < MAX_LISTED_REJECTIONS) report.rejections.push(rejection);
  else report.unlistedRejections++;
}

const TEXT_EXTENSIONS = new Set([
  ".txt",
  ".json",
  ".jsonl",
  ".ndjson",
  ".csv",
  ".xml",
  ".wxr",
  ".html",
  ".htm",
  "",
]);

async function expand(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (!info)
      throw Object.assign(new Error(`${p}: no such file or folder`), { code: "ENOENT_PATH" });
    if (info.isDirectory()) {
      const entries = (await readdir(p)).filter((n) => !n.startsWith(".")).sort();
      files.push(
        ...(await expand(entries.map((n) => path.join(p, n)))).filter((f) =>
          TEXT_EXTENSIONS.has(path.extname(f).toLowerCase()),
        ),
      );
    } else files.push(p);
  }
  return files;
}

function emptyReport(): TImportReport {
  const zero = () => ({ created: 0, updated: 0, unchanged: 0, rejected: 0 });
  return {
    files: 0,
    articles: zero(),
    comments: zero(),
    rejections: [],
    warnings: [],
    touched: 0,
    unlistedRejections: 0,
  };
}

function absorb(
  report: TImportReport,
  file: string,
  written: TWriteResult,
  articles: TParsedArticle[],
): void {
  for (const k of ["created", "updated", "unchanged", "rejected"] as const) {
    report.articles[k] += written.articles[k];
    report.comments[k] += written.comments[k];
  }
  report.touched += written.touchedCommentIds.length;
  for (const f of written.failures) {
    reject(report, {
      file,
      where: `article "${articles[f.index]?.title ?? f.title ?? "?"}"`,
      message: f.message,
    });
  }
}

async function writeAndNotify(
  db: TDb,
  file: string,
  articles: TParsedArticle[],
  report: TImportReport,
  opts: TImportOptions,
): Promise<void> {
  const written = emptyWriteResult();
  await writeArticles(db.sql, articles, written);
  absorb(report, file, written, articles);
  if (opts.onWritten && written.touchedCommentIds.length)
    await opts.onWritten(written.touchedCommentIds);
}

/** JSONL: parse and write in bounded batches; records of one article may be spread over the file. */
async function importJsonlStream(
  db: TDb,
  file: string,
  report: TImportReport,
  opts: TImportOptions,
): Promise<void> {
  const limit = opts.batchComments ?? 5000;
  const totalBytes = (await stat(file)).size;
  const batch = new RecordBatch();
  let bytes = 0;
  const flush = async () => {
    if (batch.size === 0) return;
    await writeAndNotify(db, file, batch.take(), report, opts);
    opts.onProgress?.({ bytes, totalBytes });
  };
  let lineNumber = 0;
  for await (const { line: rawLine, bytes: lineBytes } of readLines(file)) {
    lineNumber++;
    bytes += lineBytes;
    const line = lineNumber === 1 ? rawLine.replace(/^\uFEFF/, "") : rawLine;
    const record = parseVigilLine(line, lineNumber);
    if (!record) continue;
    if (record.kind === "error") {
      reject(report, { file, ...record.error });
      report.comments.rejected++;
      continue;
    }
    if (record.kind === "article") {
      for (const e of record.errors) reject(report, { file, ...e });
      report.comments.rejected += record.errors.length;
    }
    batch.add(record);
    if (batch.size >= limit) await flush();
  }
  await flush();
}

/** The first bytes of a file, to detect its format without reading all of it. */
async function readHead(file: string, bytes: number): Promise<Uint8Array> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function importOneFile(
  db: TDb,
  file: string,
  report: TImportReport,
  opts: TImportOptions,
): Promise<void> {
  const head = await readHead(file, 64 * 1024);
  const format = detectFormat(head, file);
  if (format === "jsonl") return importJsonlStream(db, file, report, opts);
  const bytes = await readFile(file);
  const parsed = parseFile(bytes, { filename: file });
  for (const e of parsed.errors) reject(report, { file, ...e });
  for (const w of parsed.warnings) report.warnings.push({ file, ...w });
  report.comments.rejected += parsed.errors.filter((e) => e.where !== "file").length;
  await writeAndNotify(db, file, parsed.articles, report, opts);
  opts.onProgress?.({ bytes: bytes.length, totalBytes: bytes.length });
}

export async function importPaths(
  db: TDb,
  paths: string[],
  opts: TImportOptions,
): Promise<TImportReport> {
  const report = emptyReport();
  for (const file of await expand(paths)) {
    report.files++;
    try {
      await importOneFile(db, file, report, opts);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      reject(report, {
        file,
        where: "file",
        message:
          e.code === "EISDIR"
            ? "is a folder"
            : e.code
              ? `cannot read (${e.code})`
              : String(e.message),
      });
    }
  }
  return report;
}

// npm run bench:import — imports a generated 1,000,000-comment JSONL file (10,000 articles) into a
// fresh PostgreSQL database and compares the rate with a raw COPY of the same rows in the same run.
// Scoring is excluded. Options: BENCH_COMMENTS (default 1e6), BENCH_PG (server URL).
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { once } from "node:events";
import os from "node:os";
import path from "node:path";
import { openDb } from "@/lib/db/connect";
import { createDatabase, dropDatabase } from "../helpers/databases";
import { applyMigrations } from "@/lib/db/migrate";
import { commentContentHash, commentDedupeKey } from "@/lib/import/ingest/keys";

const COMMENTS = Number(process.env.BENCH_COMMENTS ?? 1_000_000);
const ARTICLES = Math.max(1, Math.round(COMMENTS / 100));
const SERVER = process.env.BENCH_PG ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const WORDS = "the army said on monday that forces had moved north of the river while residents reported shelling near town I think this is wrong and you should read the report again before posting".split(" ");

function sentence(seed: number): string {
  let s = seed;
  const n = 20 + (seed % 40);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    out.push(WORDS[s % WORDS.length]);
  }
  return out.join(" ") + ".";
}

async function writeLines(file: string, lines: (i: number) => string, count: number): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) if (!out.write(lines(i))) await once(out, "drain");
  out.end();
  await once(out, "finish");
}

const readFileSafe = (file: string) => {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
};

const commentOf = (i: number) => ({ externalId: `c${i}`, author: `reader${i % 5000}`, body: `${sentence(i)} (#${i})`, postedAt: null, parentExternalId: null, replyTo: null });

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "vigil-bench-"));
  const jsonl = path.join(dir, "comments.jsonl");
  console.log(`generating ${COMMENTS.toLocaleString()} comments in ${ARTICLES.toLocaleString()} articles…`);
  await writeLines(jsonl, (i) => JSON.stringify({ articleUrl: `https://bench.example/a/${i % ARTICLES}`, articleTitle: `Article ${i % ARTICLES}`, ...commentOf(i) }) + "\n", COMMENTS);
  const size = (await stat(jsonl)).size;

  // Baseline: COPY the same rows (articles, authors, comments with keys and hashes) into the same schema.
  const copyUrl = await createDatabase(SERVER, "vigil_bench_copy");
  const copyDb = await openDb({ kind: "postgres", url: copyUrl, display: "copy" });
  await applyMigrations(copyDb.sql);
  await copyDb.close();
  const articlesCsv = path.join(dir, "articles.csv");
  const authorsCsv = path.join(dir, "authors.csv");
  const commentsCsv = path.join(dir, "comments.csv");
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  await writeLines(articlesCsv, (i) => `${i + 1},${q(`url:https://bench.example/a/${i}`)},${q(`Article ${i}`)},now()\n`.replace(",now()", ",2026-01-01"), ARTICLES);
  await writeLines(authorsCsv, (i) => `${i + 1},${q(`reader${i}`)},${q(`reader${i}`)}\n`, Math.min(5000, COMMENTS));
  await writeLines(commentsCsv, (i) => {
    const c = commentOf(i);
    return `${(i % ARTICLES) + 1},${(i % 5000) + 1},${q(c.externalId)},${q(commentDedupeKey(c))},${q(c.body)},${q(commentContentHash(c))},2026-01-01\n`;
  }, COMMENTS);
  const copyStart = performance.now();
  execFileSync("psql", [copyUrl, "-q", "-v", "ON_ERROR_STOP=1",
    "-c", `\\copy "Article" ("id","key","title","updatedAt") FROM '${articlesCsv}' CSV`,
    "-c", `\\copy "Author" ("id","key","name") FROM '${authorsCsv}' CSV`,
    "-c", `\\copy "Comment" ("articleId","authorId","externalId","dedupeKey","body","contentHash","updatedAt") FROM '${commentsCsv}' CSV`]);
  const copySeconds = (performance.now() - copyStart) / 1000;
  await dropDatabase(SERVER, "vigil_bench_copy");

  // Vigil's import, end to end through the CLI in its own process (parse + validate + dedupe +
  // insert), so its peak memory is the importer's alone (VmHWM from /proc).
  const url = await createDatabase(SERVER, "vigil_bench_import");
  const run = async () => {
    const started = performance.now();
    const child = spawn(process.execPath, ["lib/cli/bin.mjs", "import", jsonl, "--json", "--no-score"], { env: { ...process.env, DATABASE_URL: url } });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => process.stderr.write(d));
    let peakKb = 0;
    const sampler = setInterval(() => {
      // The CLI re-executes itself with a bounded heap (lib/cli/bin.mjs): measure both processes.
      const kids = readFileSafe(`/proc/${child.pid}/task/${child.pid}/children`).trim().split(/\s+/).filter(Boolean);
      for (const pid of [String(child.pid), ...kids]) {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSafe(`/proc/${pid}/status`));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      }
    }, 200);
    const [code] = await once(child, "exit");
    clearInterval(sampler);
    if (code !== 0) throw new Error(`vigil import exited with ${code}`);
    return { report: JSON.parse(out) as { comments: { created: number; unchanged: number }; rejections: unknown[] }, seconds: (performance.now() - started) / 1000, peak: peakKb * 1024 };
  };
  const first = await run();
  const second = await run();
  await dropDatabase(SERVER, "vigil_bench_import");
  await rm(dir, { recursive: true, force: true });
  const { report, seconds, peak } = first;
  const reimportSeconds = second.seconds;

  const rate = report.comments.created / seconds;
  const copyRate = COMMENTS / copySeconds;
  console.log(`machine: ${os.cpus()[0]?.model} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, PostgreSQL at ${new URL(SERVER).host}`);
  console.log(`data: ${COMMENTS.toLocaleString()} comments, ${ARTICLES.toLocaleString()} articles, ${(size / 2 ** 20).toFixed(0)} MiB JSONL`);
  console.log(`import:  ${report.comments.created.toLocaleString()} created in ${seconds.toFixed(1)} s = ${Math.round(rate).toLocaleString()} comments/s, peak RSS of the import process ${(peak / 2 ** 20).toFixed(0)} MiB`);
  console.log(`COPY:    ${COMMENTS.toLocaleString()} rows in ${copySeconds.toFixed(1)} s = ${Math.round(copyRate).toLocaleString()} rows/s (ceiling, same schema and indexes)`);
  console.log(`ratio:   ${(rate / copyRate).toFixed(2)} of COPY (target ≥ 0.40)`);
  console.log(`re-import of the same file: ${second.report.comments.unchanged.toLocaleString()} unchanged, ${second.report.comments.created} created, ${reimportSeconds.toFixed(1)} s`);
  if (report.rejections.length) console.log(`rejections: ${report.rejections.length} (first: ${JSON.stringify(report.rejections[0])})`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

// npm run bench:import — imports a generated 1,000,000-comment JSONL file (10,000 articles) into a
// fresh PostgreSQL database and compares the rate with a raw COPY of the same rows in the same run;
// then through the job queue (`vigil import --queue` of the file split in 4 parts, run by one and by
// two `vigil worker` processes), each as a ratio of COPY. Scoring is excluded.
// Options: BENCH_COMMENTS (default 1e6), BENCH_PG (server URL), BENCH_QUEUE=0 skips the queue runs.
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import pg from "pg";
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
const WORDS =
  "the army said on monday that forces had moved north of the river while residents reported shelling near town I think this is wrong and you should read the report again before posting".split(
    " ",
  );

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

async function writeLines(
  file: string,
  lines: (i: number) => string,
  count: number,
): Promise<void> {
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

const commentOf = (i: number) => ({
  externalId: `c${i}`,
  author: `reader${i % 5000}`,
  body: `${sentence(i)} (#${i})`,
  postedAt: null,
  parentExternalId: null,
  replyTo: null,
});

/** Splits the JSONL by article into `parts` files (each article in one part), for one job each. */
async function splitByArticle(file: string, parts: number): Promise<string[]> {
  const names = Array.from({ length: parts }, (_, k) =>
    file.replace(/\.jsonl$/, `.part${k}.jsonl`),
  );
  const outs = names.map((n) => createWriteStream(n));
  let i = 0;
  for await (const line of createInterface({ input: createReadStream(file) })) {
    const out = outs[(i++ % ARTICLES) % parts];
    if (!out.write(line + "\n")) await once(out, "drain");
  }
  await Promise.all(
    outs.map(async (o) => {
      o.end();
      await once(o, "finish");
    }),
  );
  return names;
}

/** `vigil import --queue` of the parts, run by `workers` worker processes: seconds from enqueue to all done. */
async function queueRun(
  parts: string[],
  workers: number,
): Promise<{ seconds: number; comments: number }> {
  const url = await createDatabase(SERVER, "vigil_bench_queue");
  const env = { ...process.env, DATABASE_URL: url, LOG_LEVEL: "warn" };
  execFileSync(process.execPath, ["lib/cli/bin.mjs", "db", "deploy"], { env, stdio: "ignore" });
  const procs = Array.from({ length: workers }, () =>
    spawn(process.execPath, ["lib/cli/bin.mjs", "worker", "--queues", "import"], {
      env,
      stdio: ["ignore", "pipe", "inherit"],
    }),
  );
  // A worker that dies before it runs ends the benchmark with its exit code instead of a hang.
  await Promise.all(
    procs.map(
      (p) =>
        new Promise<void>((resolve, reject) => {
          p.stdout!.on("data", (d) => String(d).includes("running") && resolve());
          p.once("exit", (code) =>
            reject(new Error(`a worker exited with ${code} before it started`)),
          );
        }),
    ),
  );
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  const ids = execFileSync(
    process.execPath,
    ["lib/cli/bin.mjs", "import", "--queue", "--no-score", ...parts],
    { env },
  )
    .toString()
    .trim()
    .split("\n");
  for (;;) {
    const { rows } = await client.query(
      `SELECT count(*) FILTER (WHERE "status" = 'DONE')::int AS done, count(*) FILTER (WHERE "status" = 'FAILED')::int AS failed FROM "Job" WHERE "id" = ANY($1)`,
      [ids],
    );
    if (rows[0].failed) throw new Error("a queued import failed");
    if (rows[0].done === ids.length) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const seconds = (performance.now() - started) / 1000;
  const comments = Number(
    (await client.query(`SELECT count(*)::int AS n FROM "Comment"`)).rows[0].n,
  );
  await client.end();
  for (const p of procs) p.kill("SIGTERM");
  await Promise.all(procs.map((p) => once(p, "exit")));
  await dropDatabase(SERVER, "vigil_bench_queue");
  return { seconds, comments };
}

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "vigil-bench-"));
  const jsonl = path.join(dir, "comments.jsonl");
  console.log(
    `generating ${COMMENTS.toLocaleString()} comments in ${ARTICLES.toLocaleString()} articles…`,
  );
  await writeLines(
    jsonl,
    (i) =>
      JSON.stringify({
        articleUrl: `https://bench.example/a/${i % ARTICLES}`,
        articleTitle: `Article ${i % ARTICLES}`,
        ...commentOf(i),
      }) + "\n",
    COMMENTS,
  );
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
  await writeLines(
    articlesCsv,
    (i) =>
      `${i + 1},${q(`url:https://bench.example/a/${i}`)},${q(`Article ${i}`)},now()\n`.replace(
        ",now()",
        ",2026-01-01",
      ),
    ARTICLES,
  );
  await writeLines(
    authorsCsv,
    (i) => `${i + 1},${q(`reader${i}`)},${q(`reader${i}`)}\n`,
    Math.min(5000, COMMENTS),
  );
  await writeLines(
    commentsCsv,
    (i) => {
      const c = commentOf(i);
      return `${(i % ARTICLES) + 1},${(i % 5000) + 1},${q(c.externalId)},${q(commentDedupeKey(c))},${q(c.body)},${q(commentContentHash(c))},2026-01-01\n`;
    },
    COMMENTS,
  );
  const copyStart = performance.now();
  execFileSync("psql", [
    copyUrl,
    "-q",
    "-v",
    "ON_ERROR_STOP=1",
    "-c",
    `\\copy "Article" ("id","key","title","updatedAt") FROM '${articlesCsv}' CSV`,
    "-c",
    `\\copy "Author" ("id","key","name") FROM '${authorsCsv}' CSV`,
    "-c",
    `\\copy "Comment" ("articleId","authorId","externalId","dedupeKey","body","contentHash","updatedAt") FROM '${commentsCsv}' CSV`,
  ]);
  const copySeconds = (performance.now() - copyStart) / 1000;
  await dropDatabase(SERVER, "vigil_bench_copy");

  // Vigil's import, end to end through the CLI in its own process (parse + validate + dedupe +
  // insert), so its peak memory is the importer's alone (VmHWM from /proc).
  const url = await createDatabase(SERVER, "vigil_bench_import");
  const run = async () => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      ["lib/cli/bin.mjs", "import", jsonl, "--json", "--no-score"],
      { env: { ...process.env, DATABASE_URL: url } },
    );
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => process.stderr.write(d));
    let peakKb = 0;
    const sampler = setInterval(() => {
      // The CLI re-executes itself with a bounded heap (lib/cli/bin.mjs): measure both processes.
      const kids = readFileSafe(`/proc/${child.pid}/task/${child.pid}/children`)
        .trim()
        .split(/\s+/)
        .filter(Boolean);
      for (const pid of [String(child.pid), ...kids]) {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSafe(`/proc/${pid}/status`));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      }
    }, 200);
    const [code] = await once(child, "exit");
    clearInterval(sampler);
    if (code !== 0) throw new Error(`vigil import exited with ${code}`);
    return {
      report: JSON.parse(out) as {
        comments: { created: number; unchanged: number };
        rejections: unknown[];
      },
      seconds: (performance.now() - started) / 1000,
      peak: peakKb * 1024,
    };
  };
  const first = await run();
  const second = await run();
  await dropDatabase(SERVER, "vigil_bench_import");
  const queue: Array<{ workers: number; seconds: number; comments: number }> = [];
  if (process.env.BENCH_QUEUE !== "0") {
    const parts = await splitByArticle(jsonl, 4);
    for (const workers of [1, 2]) queue.push({ workers, ...(await queueRun(parts, workers)) });
  }
  await rm(dir, { recursive: true, force: true });
  const { report, seconds, peak } = first;
  const reimportSeconds = second.seconds;

  const rate = report.comments.created / seconds;
  const copyRate = COMMENTS / copySeconds;
  console.log(
    `machine: ${os.cpus()[0]?.model} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, PostgreSQL at ${new URL(SERVER).host}`,
  );
  console.log(
    `data: ${COMMENTS.toLocaleString()} comments, ${ARTICLES.toLocaleString()} articles, ${(size / 2 ** 20).toFixed(0)} MiB JSONL`,
  );
  console.log(
    `import:  ${report.comments.created.toLocaleString()} created in ${seconds.toFixed(1)} s = ${Math.round(rate).toLocaleString()} comments/s, peak RSS of the import process ${(peak / 2 ** 20).toFixed(0)} MiB`,
  );
  console.log(
    `COPY:    ${COMMENTS.toLocaleString()} rows in ${copySeconds.toFixed(1)} s = ${Math.round(copyRate).toLocaleString()} rows/s (ceiling, same schema and indexes)`,
  );
  console.log(`ratio:   ${(rate / copyRate).toFixed(2)} of COPY (target ≥ 0.40)`);
  console.log(
    `re-import of the same file: ${second.report.comments.unchanged.toLocaleString()} unchanged, ${second.report.comments.created} created, ${reimportSeconds.toFixed(1)} s`,
  );
  for (const q of queue) {
    const queueRate = q.comments / q.seconds;
    console.log(
      `queue, ${q.workers} worker${q.workers > 1 ? "s" : ""}: ${q.comments.toLocaleString()} comments (4 jobs) in ${q.seconds.toFixed(1)} s = ${Math.round(queueRate).toLocaleString()} comments/s = ${(queueRate / copyRate).toFixed(2)} of COPY`,
    );
  }
  if (queue.length === 2)
    console.log(
      `two workers / one worker: ${(queue[0].seconds / queue[1].seconds).toFixed(2)}× (on ${os.cpus().length} cores shared by PostgreSQL, the workers and this script)`,
    );
  if (report.rejections.length)
    console.log(
      `rejections: ${report.rejections.length} (first: ${JSON.stringify(report.rejections[0])})`,
    );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

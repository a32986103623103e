// Benchmark of the streamed export: 1,000,000 audit rows in a fresh PostgreSQL database, exported
// as CSV through lib/reports/export-stream.ts to /dev/null; prints rows/s and peak RSS, then a
// `psql \copy ... TO` baseline of the same rows. Run: npm run bench:export
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { openDb } from "@/lib/db/connect";
import { createDatabase, databaseUrl, dropDatabase } from "../helpers/databases";
import { applyMigrations } from "@/lib/db/migrate";
import { exportChunks } from "@/lib/reports/export-stream";

const SERVER = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const NAME = `vigil_bench_export_${process.pid}`;
const BATCH = Number(process.env.BENCH_BATCH ?? 5_000);
const RANGE = { from: "2026-01-01", to: "2026-12-31" };

const dbUrl = () => databaseUrl(SERVER, NAME);

/** Samples RSS every 20 ms; returns a stop function giving the peak in MB. */
function samplePeakRss(): () => number {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    if (process.env.BENCH_DEBUG && m.rss > peak)
      console.log(
        Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Math.round(v / 1048576)])),
      );
    peak = Math.max(peak, m.rss);
  }, 20);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage().rss) / 1024 / 1024;
  };
}

function peakKbOf(pid: number | undefined): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** The CLI re-executes itself with a bounded heap; its child does the work. */
function childPids(pid: number | undefined): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

async function main(): Promise<void> {
  await createDatabase(SERVER, NAME);
  const db = await openDb({ kind: "postgres", url: dbUrl(), display: NAME });
  try {
    await applyMigrations(db.sql);
    let t = performance.now();
    // Realistic rows: a comment decision with before/after JSON and a moderator, spread over the year.
    await db.sql.exec(`
      INSERT INTO "ModerationAction" ("actorId","actorEmail","targetType","targetId","action","before","after","reason","batchId","createdAt")
      SELECT 'user-' || (g % 40), 'moderator' || (g % 40) || '@news.example', 'COMMENT', (g % 250000 + 1)::text,
             (ARRAY['approve','flag','hide','undo'])[g % 4 + 1],
             jsonb_build_object('status', 'PENDING', 'version', g % 7 + 1),
             jsonb_build_object('status', (ARRAY['APPROVED','FLAGGED','HIDDEN','PENDING'])[g % 4 + 1], 'flagCategory', CASE WHEN g % 4 = 1 THEN 'HATE' END, 'version', g % 7 + 2),
             CASE WHEN g % 10 = 0 THEN 'Reader complaint, "quoted", with a comma' END,
             CASE WHEN g % 50 = 0 THEN 'batch-' || (g / 50) END,
             timestamp '2026-01-01' + (g * interval '31 seconds')
      FROM generate_series(1, ${ROWS}) AS g`);
    await db.sql.exec(`ANALYZE "ModerationAction"`);
    console.log(
      `inserted ${ROWS.toLocaleString("en")} actions in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );

    global.gc?.();
    const baseRss = process.memoryUsage().rss / 1024 / 1024;
    const stopSampling = samplePeakRss();
    let rows = 0;
    let bytes = 0;
    t = performance.now();
    const sink = createWriteStream("/dev/null");
    const counter = new Writable({
      write(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        if (!sink.write(chunk)) sink.once("drain", done);
        else done();
      },
      final(done) {
        sink.end(done);
      },
    });
    await pipeline(
      Readable.from(
        exportChunks(db, {
          kind: "actions",
          format: "csv",
          filters: RANGE,
          batchSize: BATCH,
          onRows: (n) => (rows += n),
        }),
      ),
      counter,
    );
    const seconds = (performance.now() - t) / 1000;
    const peak = stopSampling();
    console.log(
      `vigil export (CSV, keyset batches of ${BATCH.toLocaleString("en")}): ${rows.toLocaleString("en")} rows, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${seconds.toFixed(2)} s` +
        ` = ${Math.round(rows / seconds).toLocaleString("en")} rows/s; peak RSS ${peak.toFixed(0)} MB (${baseRss.toFixed(0)} MB before)`,
    );
    if (rows !== ROWS) throw new Error(`expected ${ROWS} rows, exported ${rows}`);

    // The same export end to end as a user runs it: `vigil export` in its own process (bounded heap,
    // see lib/cli/bin.mjs), peak memory read from the kernel (VmHWM).
    t = performance.now();
    const cli = spawn(
      process.execPath,
      [
        "lib/cli/bin.mjs",
        "export",
        "--from",
        RANGE.from,
        "--to",
        RANGE.to,
        "--format",
        "csv",
        "--what",
        "actions",
        "--output",
        "/dev/null",
      ],
      {
        env: { ...process.env, DATABASE_URL: dbUrl() },
        stdio: ["ignore", "inherit", "inherit"],
      },
    );
    let cliPeakKb = 0;
    const watch = setInterval(() => {
      for (const pid of [cli.pid, ...childPids(cli.pid)])
        cliPeakKb = Math.max(cliPeakKb, peakKbOf(pid));
    }, 100);
    const [cliCode] = await once(cli, "exit");
    clearInterval(watch);
    const cliSeconds = (performance.now() - t) / 1000;
    if (cliCode !== 0) throw new Error(`vigil export exited with ${cliCode}`);
    console.log(
      `npx vigil export (own process): ${ROWS.toLocaleString("en")} rows in ${cliSeconds.toFixed(2)} s = ${Math.round(ROWS / cliSeconds).toLocaleString("en")} rows/s including start-up; peak RSS ${(cliPeakKb / 1024).toFixed(0)} MB`,
    );

    const psql = spawnSync("psql", ["--version"], { encoding: "utf8" });
    if (psql.status !== 0) {
      console.log("baseline skipped: psql is not installed");
    } else {
      t = performance.now();
      const copy = spawnSync(
        "psql",
        [
          dbUrl(),
          "-v",
          "ON_ERROR_STOP=1",
          "-c",
          `\\copy (SELECT "id","createdAt","actorId","actorEmail","action","targetType","targetId","reason","batchId","undoOf","before","after" FROM "ModerationAction" ORDER BY "createdAt","id") TO '/dev/null' WITH (FORMAT csv, HEADER)`,
        ],
        { encoding: "utf8" },
      );
      const copySeconds = (performance.now() - t) / 1000;
      if (copy.status !== 0) console.log(`baseline failed: ${copy.stderr.trim()}`);
      else
        console.log(
          `baseline psql \\copy TO (CSV): ${copy.stdout.trim()} in ${copySeconds.toFixed(2)} s = ${Math.round(ROWS / copySeconds).toLocaleString("en")} rows/s`,
        );
    }
  } finally {
    await db.close();
    await dropDatabase(SERVER, NAME);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

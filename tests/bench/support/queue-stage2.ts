// The queue's responsiveness while stage-2 scoring runs inside the web server (the in-process
// worker, what `npm start` runs): one moderator polls /api/queue while the worker drains comments
// waiting for stage 2. This version and, with BENCH_BASELINE_DIR, an older one, each on its own
// database, in alternating segments so both see the same machine load.
import type { TDb } from "@/lib/db/connect";
import { openDb } from "@/lib/db/connect";
import { applyMigrations } from "@/lib/db/migrate";
import { createDatabase, databaseUrl, dropDatabase } from "../../helpers/databases";
import { loadLine, sleep, stats } from "./bench-stats";
import { loadQueueComments } from "./queue-load";
import { sessionCookies, startServer, type TServer } from "./queue-server";

const COMMENTS = Number(process.env.BENCH_STAGE2_COMMENTS ?? 3000);
const SEGMENT_SECONDS = Number(process.env.BENCH_STAGE2_SECONDS ?? 20);
const SEGMENTS = 2;
const POLL_MS = 100;

type TSide = {
  server: TServer;
  db: TDb;
  name: string;
  cookie: string;
  times: number[];
  scored: number;
  seconds: number;
};

const waiting = async (db: TDb) =>
  Number(
    (
      await db.sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "Comment" WHERE "scoreStage" < 2`,
      )
    ).rows[0].n,
  );

/** One segment: comments back to "waiting for stage 2", /api/queue polled while the worker drains them. */
async function segment(side: TSide): Promise<void> {
  await side.db.sql.exec(`UPDATE "Comment" SET "scoreStage" = 1`);
  // The worker's housekeeping (every 5 s) starts the drain; measure once it has begun.
  for (let i = 0; i < 100 && (await waiting(side.db)) >= COMMENTS; i++) await sleep(200);
  const before = await waiting(side.db);
  const started = performance.now();
  const until = Date.now() + SEGMENT_SECONDS * 1000;
  while (Date.now() < until) {
    const t = performance.now();
    try {
      const res = await fetch(`${side.server.base}/api/queue`, {
        headers: { cookie: side.cookie },
        signal: AbortSignal.timeout(30_000),
      });
      await res.text();
      if (res.status === 200) side.times.push(performance.now() - t);
    } catch {
      side.times.push(30_000); // counted as the timeout
    }
    await sleep(POLL_MS);
  }
  const scored = before - (await waiting(side.db));
  side.scored += scored;
  console.log(`  ${side.server.label}: ${scored} comments through stage 2 in ${SEGMENT_SECONDS} s`);
  side.seconds += (performance.now() - started) / 1000;
  // Stop the drain and wait for its job to end, so the next segment has the machine to itself.
  // Rows of the batch being scored are locked (and written by the worker): skip them, or this
  // update would wait behind each next batch to the end of the drain.
  for (let i = 0; i < 300 && (await waiting(side.db)) > 0; i++) {
    await side.db.sql.exec(
      `UPDATE "Comment" SET "scoreStage" = 2 WHERE "id" IN (SELECT "id" FROM "Comment" WHERE "scoreStage" < 2 FOR UPDATE SKIP LOCKED)`,
    );
    await sleep(200);
  }
  for (let i = 0; i < 150; i++) {
    const { rows } = await side.db.sql.query(
      `SELECT 1 FROM "Job" WHERE "kind" = 'score-stage2' AND "status" IN ('QUEUED', 'RUNNING') LIMIT 1`,
    );
    if (!rows.length) break;
    await sleep(200);
  }
}

async function prepareSide(
  serverUrl: string,
  label: string,
  dir: string,
  dist: string,
  port: number,
): Promise<TSide | null> {
  const name = `vigil_bench_queue_stage2_${label}`;
  const url = await createDatabase(serverUrl, name);
  const db = await openDb({ kind: "postgres", url, display: name });
  await applyMigrations(db.sql);
  await loadQueueComments(db, COMMENTS);
  await db.sql.exec(`UPDATE "Comment" SET "scoreStage" = 2`);
  const [cookie] = await sessionCookies(db, 1);
  const server = await startServer(label, databaseUrl(serverUrl, name), {
    dir,
    dist,
    port,
    worker: true,
  });
  if (!server) {
    await db.close();
    return null;
  }
  return { server, db, name, cookie, times: [], scored: 0, seconds: 0 };
}

/** /api/queue latency while the in-process worker runs stage 2 (BENCH_STAGE2=1; same BENCH_DIST_DIR,
 *  BENCH_PORT and BENCH_BASELINE_DIR / BENCH_BASELINE_DIST_DIR as the HTTP part). */
export async function benchStage2(serverUrl: string): Promise<void> {
  const dist = process.env.BENCH_DIST_DIR ?? ".next-mod";
  const port = Number(process.env.BENCH_PORT ?? 3291);
  const baselineDir = process.env.BENCH_BASELINE_DIR;
  const sides: TSide[] = [];
  try {
    const now = await prepareSide(serverUrl, "now", process.cwd(), dist, port);
    if (!now) return console.log("Stage-2 part skipped: the app server did not start.");
    sides.push(now);
    if (baselineDir) {
      const baselineDist = process.env.BENCH_BASELINE_DIST_DIR ?? dist;
      const before = await prepareSide(serverUrl, "before", baselineDir, baselineDist, port + 1);
      if (before) sides.push(before);
    }
    for (const side of sides) await segment({ ...side, times: [], scored: 0, seconds: 0 }); // warm the encoder
    for (let s = 0; s < SEGMENTS; s++) for (const side of sides) await segment(side);
    console.log(
      `\n/api/queue polled every ${POLL_MS} ms by one moderator while the in-process worker runs stage 2 over ${COMMENTS.toLocaleString("en-US")} comments (${SEGMENTS} segments of ${SEGMENT_SECONDS} s per version, alternating; ${loadLine()}):`,
    );
    for (const side of sides)
      console.log(
        `  ${side.server.label.padEnd(7)} ${stats(side.times)}  stage 2: ${(side.scored / side.seconds).toFixed(1)} comments/s`,
      );
  } finally {
    for (const side of sides) {
      side.server.child.kill("SIGTERM");
      await side.db.close();
      await dropDatabase(serverUrl, side.name).catch(() => undefined);
    }
  }
}

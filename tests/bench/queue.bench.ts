// Benchmark of the moderation queue: 1,000,000 comments in a fresh PostgreSQL database, then the
// queue query functions (lib/moderation/queue-sql.ts and queue-counts.ts) timed per scenario, then
// — when a build is there or can be made — the queue page and API over HTTP under 20 concurrent
// simulated moderators (support/queue-http.ts).
// Prints p50 / p95 / max and errors with machine info; for each route, where the time goes (the
// app's server-timing spans, VIGIL_TIMING=1), the payload bytes, and the CPU share of Next,
// PostgreSQL and the load generator under load. Run: npm run bench:queue (BENCH_ROWS=200000 for a
// smaller run; BENCH_REUSE=1 keeps the built database for the next run of the same size and reuses it;
// BENCH_PGLITE=1 times the first page's reads on the embedded database with the sample seeds instead;
// BENCH_STAGE2=1 times /api/queue while the in-process worker runs stage 2, support/queue-stage2.ts).
import os from "node:os";
import pg from "pg";
import { openDb, type TDb } from "@/lib/db/connect";
import { createDatabase, databaseUrl, dropDatabase } from "../helpers/databases";
import { applyMigrations } from "@/lib/db/migrate";
import { encodeCursor } from "@/lib/moderation/cursor";
import { parseQueueParams } from "@/lib/moderation/queue-params";
import { selectAdjacent, selectQueuePage } from "@/lib/moderation/queue-sql";
import { countMatching, countViews } from "@/lib/moderation/queue-counts";
import { benchPglite } from "./support/queue-pglite";
import { loadLine, stats } from "./support/bench-stats";
import { benchHttp } from "./support/queue-http";
import { benchStage2 } from "./support/queue-stage2";
import { loadQueueComments } from "./support/queue-load";

const SERVER = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
/** BENCH_REUSE=1: one database per size, kept after the run and reused (new migrations applied) when complete. */
const REUSE = process.env.BENCH_REUSE === "1";
const NAME = REUSE ? `vigil_bench_queue_reuse_${ROWS}` : `vigil_bench_queue_${process.pid}`;
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 30);

const dbUrl = () => databaseUrl(SERVER, NAME);

async function time(fn: () => Promise<unknown>): Promise<number[]> {
  await fn(); // warm-up
  const out: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

async function benchQueries(db: TDb): Promise<void> {
  const q = (raw: Record<string, string>) => parseQueueParams(raw);
  // A cursor 20 pages deep, to show keyset pages cost the same as the first.
  let deep = q({});
  for (let i = 0; i < 20; i++)
    deep = { ...deep, cursor: (await selectQueuePage(db.sql, deep)).nextCursor ?? undefined };
  // A cursor in the middle of the largest run of equal priorities (before triage every priority ties at 0).
  const tie = await db.sql.query<{ priority: number; id: number }>(
    `SELECT priority, (array_agg("id" ORDER BY "id"))[count(*) / 2] AS id FROM "Comment" WHERE "status" = 'PENDING' GROUP BY priority ORDER BY count(*) DESC LIMIT 1`,
  );
  const inTie = {
    ...q({}),
    cursor: encodeCursor({
      sort: "priority",
      value: Number(tie.rows[0].priority),
      id: Number(tie.rows[0].id),
    }),
  };
  const scenarios: Array<[string, () => Promise<unknown>]> = [
    ["needs review, page 1 (priority)", () => selectQueuePage(db.sql, q({}))],
    ["needs review, page 21 (keyset)", () => selectQueuePage(db.sql, deep)],
    ["keyset inside the largest priority tie", () => selectQueuePage(db.sql, inTie)],
    ["flagged view", () => selectQueuePage(db.sql, q({ view: "flagged" }))],
    ["all, newest first", () => selectQueuePage(db.sql, q({ view: "all", sort: "newest" }))],
    [
      "harm=hate, sort by hate score",
      () => selectQueuePage(db.sql, q({ harm: "hate", sort: "score-hate" })),
    ],
    [
      "min misinformation score 0.9",
      () => selectQueuePage(db.sql, q({ scoreHarm: "misinformation", minScore: "0.9" })),
    ],
    [
      "  same, without the walk (before)",
      () =>
        selectQueuePage(db.sql, q({ scoreHarm: "misinformation", minScore: "0.9" }), undefined, 0),
    ],
    ["one article", () => selectQueuePage(db.sql, q({ article: "42" }))],
    ["one author", () => selectQueuePage(db.sql, q({ view: "all", author: "4242" }))],
    [
      "date range (posted, 3 days)",
      () =>
        selectQueuePage(
          db.sql,
          q({
            view: "all",
            dateField: "posted",
            from: new Date(Date.now() - 5 * 86400e3).toISOString().slice(0, 10),
            to: new Date(Date.now() - 3 * 86400e3).toISOString().slice(0, 10),
          }),
        ),
    ],
    ["has claim match", () => selectQueuePage(db.sql, q({ claim: "1" }))],
    ["FTS q=opcw faked", () => selectQueuePage(db.sql, q({ q: '"opcw faked"' }))],
    // A word no comment has: the planner's estimate and a capped count send it to the index at once.
    ["FTS q=avalanche (no match)", () => selectQueuePage(db.sql, q({ q: "avalanche" }))],
    [
      "  same, walking first (as before)",
      () => selectQueuePage(db.sql, q({ q: "avalanche" }), undefined, undefined, false),
    ],
    // Two words always in the same sentence: estimated rare, in fact common (the count catches it).
    ["FTS q=nightfall convoy", () => selectQueuePage(db.sql, q({ q: "nightfall convoy" }))],
    // Two common words, never in this order: the walk finds nothing, the full-text index decides.
    ['FTS q="report faked" (no match)', () => selectQueuePage(db.sql, q({ q: '"report faked"' }))],
    [
      "  same, as before (walk, then plain query)",
      () => selectQueuePage(db.sql, q({ q: '"report faked"' }), undefined, undefined, false),
    ],
    [
      "FTS q=bridge repairs, all (~12% rows)",
      () => selectQueuePage(db.sql, q({ view: "all", q: "bridge repairs" })),
    ],
    // The same pages without the walk along the sort's index (what every search did before): the ratio, in this run.
    [
      "  same, without the walk (before)",
      () => selectQueuePage(db.sql, q({ view: "all", q: "bridge repairs" }), undefined, 0),
    ],
    ["FTS q=bridge, needs review (~12%)", () => selectQueuePage(db.sql, q({ q: "bridge" }))],
    [
      "  same, without the walk (before)",
      () => selectQueuePage(db.sql, q({ q: "bridge" }), undefined, 0),
    ],
    ["all, priority (merged per status)", () => selectQueuePage(db.sql, q({ view: "all" }))],
    ["harm=hate, priority order", () => selectQueuePage(db.sql, q({ harm: "hate" }))],
    [
      "  same, without the walk (before)",
      () => selectQueuePage(db.sql, q({ harm: "hate" }), undefined, 0),
    ],
    ["view counts (capped at 10,000)", () => countViews(db.sql, q({}))],
    ["view counts, one article", () => countViews(db.sql, q({ article: "42" }))],
    ["view counts, harm=hate", () => countViews(db.sql, q({ harm: "hate" }))],
    ["view counts, FTS q=bridge repairs", () => countViews(db.sql, q({ q: "bridge repairs" }))],
    ['view counts, FTS q="opcw faked"', () => countViews(db.sql, q({ q: '"opcw faked"' }))],
    ["bulk count (cap 1,000), FTS", () => countMatching(db.sql, q({ q: "idiot" }), 1000)],
    [
      "next unleased comment (j)",
      () => selectAdjacent(db.sql, q({}), 500_000, "next", "bench-user"),
    ],
  ];
  console.log(`\nQueue query functions (${ITERATIONS} runs each after a warm-up; ${loadLine()}):`);
  for (const [name, fn] of scenarios) console.log(`  ${name.padEnd(38)} ${stats(await time(fn))}`);
  console.log(`  (after: ${loadLine()})`);
}

/** Comments in the kept database of this size, or null when there is none (BENCH_REUSE=1). */
async function builtRows(): Promise<number | null> {
  const c = new pg.Client({ connectionString: dbUrl() });
  try {
    await c.connect();
    const { rows } = await c.query(`SELECT count(*)::int AS n FROM "Comment"`);
    return Number(rows[0].n);
  } catch {
    return null;
  } finally {
    await c.end().catch(() => undefined);
  }
}

async function main(): Promise<void> {
  const version = await (async () => {
    const c = new pg.Client({ connectionString: SERVER });
    await c.connect();
    const { rows } = await c.query("SHOW server_version");
    await c.end();
    return rows[0].server_version as string;
  })();
  console.log(
    `Machine: ${os.cpus()[0]?.model ?? "cpu"} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, PostgreSQL ${version}`,
  );
  if (process.env.BENCH_PGLITE === "1") return benchPglite(time, stats, loadLine);
  if (process.env.BENCH_STAGE2 === "1") return benchStage2(SERVER);
  const reused = REUSE && (await builtRows()) === ROWS;
  if (!reused) await createDatabase(SERVER, NAME);
  const db = await openDb({ kind: "postgres", url: dbUrl(), display: NAME });
  try {
    await applyMigrations(db.sql);
    if (reused) {
      await db.sql.exec(`DELETE FROM "User" WHERE "email" LIKE 'bench%@vigil.local'`); // sessions go with them
      await db.sql.exec(`VACUUM ANALYZE "Comment"`);
      console.log(
        `Reusing database ${NAME} (${ROWS.toLocaleString("en-US")} comments, BENCH_REUSE=1)`,
      );
    } else await loadQueueComments(db, ROWS);
    await benchQueries(db);
    if (process.env.BENCH_HTTP !== "0") await benchHttp(db, dbUrl());
  } finally {
    await db.close();
    if (REUSE) console.log(`\nKept database ${NAME} for the next BENCH_REUSE=1 run.`);
    else if (process.env.BENCH_KEEP === "1")
      console.log(`\nKept database ${NAME} (BENCH_KEEP=1); drop it when done.`);
    else await dropDatabase(SERVER, NAME);
  }
}

main().catch(async (error) => {
  console.error(error);
  if (!REUSE) await dropDatabase(SERVER, NAME).catch(() => undefined);
  process.exit(1);
});

// Benchmark of the moderation queue: 1,000,000 comments in a fresh PostgreSQL database, then the
// queue query functions (lib/moderation/queue-sql.ts) timed per scenario, then — when a build is
// there or can be made — the queue page and API over HTTP under 20 concurrent simulated moderators.
// Prints p50 / p95 / max and errors with machine info; for each route, where the time goes (the
// app's server-timing spans, VIGIL_TIMING=1), the payload bytes, and the CPU share of Next,
// PostgreSQL and the load generator under load. Run: npm run bench:queue (BENCH_ROWS=200000 for a
// smaller run; BENCH_REUSE=1 keeps the built database for the next run of the same size and reuses it;
// BENCH_PGLITE=1 times the first page's reads on the embedded database with the sample seeds instead).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { openDb, type TDb } from "@/lib/db/connect";
import { createDatabase, databaseUrl, dropDatabase } from "../helpers/databases";
import { applyMigrations } from "@/lib/db/migrate";
import { encodeCursor } from "@/lib/moderation/cursor";
import { parseQueueParams } from "@/lib/moderation/queue-params";
import { selectAdjacent, selectQueuePage } from "@/lib/moderation/queue-sql";
import { countMatching, countViews } from "@/lib/moderation/queue-counts";
import { TIMING_LINE_PREFIX, type TSpan } from "@/lib/perf/server-timing";
import { cpuShares, sampleCpu } from "./support/proc-cpu";
import { benchPglite } from "./support/queue-pglite";

const SERVER = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
/** BENCH_REUSE=1: one database per size, kept after the run and reused (new migrations applied) when complete. */
const REUSE = process.env.BENCH_REUSE === "1";
const NAME = REUSE ? `vigil_bench_queue_reuse_${ROWS}` : `vigil_bench_queue_${process.pid}`;
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 30);
const MODERATORS = 20;
const HTTP_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 30);
const PORT = Number(process.env.BENCH_PORT ?? 3291);
/** A moderator reads a comment before the next request; 0 disables the second, realistic run. */
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 1000);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const DIST = process.env.BENCH_DIST_DIR ?? ".next-mod";
const SECRET = randomBytes(32).toString("base64url");

const dbUrl = () => databaseUrl(SERVER, NAME);
/** The machine is shared: every figure is printed beside the load it ran under. */
const loadLine = () => `load average ${os.loadavg().map((n) => n.toFixed(1)).join(" ")} on ${os.cpus().length} cores`;
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
function stats(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  return `p50 ${pct(s, 50).toFixed(1)} ms  p95 ${pct(s, 95).toFixed(1)} ms  max ${s[s.length - 1].toFixed(1)} ms  (n=${s.length})`;
}

const SENTENCES = [
  "These people are rats and should be driven out of the country",
  "I think the ceasefire will hold if both sides keep talking",
  "The OPCW faked its report and everyone knows it",
  "Thanks for the clear map of the front line this week",
  "Government forces recaptured the villages south of the river",
  "ISIS is america and the media will never tell you",
  "Reasonable analysis though the dates look a little off",
  "Nobody asked for your opinion you idiot",
  "The convoy reached the city before nightfall on Tuesday",
  "Kill every single one of them and be done with it",
  "Air support made the difference in the desert pocket",
  "Source please, I cannot find this anywhere else",
  "The bridge reopened after two weeks of repairs",
  "Civilians were evacuated through the northern corridor",
  "Another propaganda piece from the usual suspects",
  "Great reporting, keep it up",
];

async function load(db: TDb): Promise<void> {
  const t = performance.now();
  await db.sql.query(`INSERT INTO "Article" ("key","title","body","updatedAt") SELECT 'bench:' || g, 'Bench article ' || g, 'Body', now() FROM generate_series(1, 2000) g`);
  await db.sql.query(`INSERT INTO "Author" ("key","name") SELECT 'bench:' || g, 'Reader ' || g FROM generate_series(1, 50000) g`);
  // Building the full-text GIN index once after the load is far faster than maintaining it per row.
  await db.sql.exec(`DROP INDEX "vigil_comment_fts"`);
  const chunk = 100_000;
  for (let from = 1; from <= ROWS; from += chunk) {
    const to = Math.min(ROWS, from + chunk - 1);
    await db.sql.query(
      `INSERT INTO "Comment" ("articleId","authorId","dedupeKey","body","contentHash","status","flagCategory","priority",
         "hateScore","harassmentScore","threatScore","profanityScore","extremismScore","misinfoScore","flaggedHarms","hasClaimMatch",
         "createdAt","postedAt","updatedAt")
       SELECT 1 + (g::bigint * 7919) % 2000, 1 + (g::bigint * 104729) % 50000, 'b' || g,
         s.a || '. ' || s.b || ' (#' || g || ')', md5(g::text),
         st.status::"CommentStatus", CASE WHEN st.status = 'FLAGGED' THEN 'HATE'::"FlagCategory" END,
         round((sc.hate * 60 + sc.misinfo * 40)::numeric, 2)::float8,
         sc.hate, sc.har, sc.thr, sc.prof, sc.ext, sc.misinfo,
         array_remove(ARRAY[CASE WHEN sc.hate >= 0.5 THEN 'hate' END, CASE WHEN sc.misinfo >= 0.5 THEN 'misinformation' END,
                            CASE WHEN sc.thr >= 0.5 THEN 'threat' END], NULL),
         g % 97 = 0, now() - make_interval(secs => ($2::int - g) * 30), now() - make_interval(secs => ($2::int - g) * 30 + 600), now()
       FROM generate_series($1::int, $3::int) g
       CROSS JOIN LATERAL (SELECT (ARRAY[${SENTENCES.map((s) => `'${s}'`).join(",")}])[1 + (g * 31) % ${SENTENCES.length}] AS a,
                                  (ARRAY[${SENTENCES.map((s) => `'${s}'`).join(",")}])[1 + (g * 17) % ${SENTENCES.length}] AS b) s
       CROSS JOIN LATERAL (SELECT CASE WHEN g % 20 < 12 THEN 'PENDING' WHEN g % 20 < 16 THEN 'APPROVED' WHEN g % 20 < 18 THEN 'FLAGGED' ELSE 'HIDDEN' END AS status) st
       -- "WHERE g IS NOT NULL" ties the subquery to the row: uncorrelated, PostgreSQL would run it
       -- once and give every comment of a chunk the same scores.
       CROSS JOIN LATERAL (SELECT power(random(), 3) AS hate, power(random(), 4) AS har, power(random(), 5) AS thr,
                                  power(random(), 3) AS prof, power(random(), 5) AS ext, power(random(), 4) AS misinfo WHERE g IS NOT NULL) sc`,
      [from, ROWS, to],
    );
    process.stdout.write(`  loaded ${to.toLocaleString("en-US")} comments\r`);
  }
  await db.sql.exec(`SET maintenance_work_mem = '512MB'`);
  await db.sql.exec(`CREATE INDEX "vigil_comment_fts" ON "Comment" USING GIN (to_tsvector('english', "body"))`);
  await db.sql.exec(`VACUUM ANALYZE "Comment"`);
  console.log(`\nLoaded ${ROWS.toLocaleString("en-US")} comments (2,000 articles, 50,000 authors) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

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
  for (let i = 0; i < 20; i++) deep = { ...deep, cursor: (await selectQueuePage(db.sql, deep)).nextCursor ?? undefined };
  // A cursor in the middle of the largest run of equal priorities (before triage every priority ties at 0).
  const tie = await db.sql.query<{ priority: number; id: number }>(
    `SELECT priority, (array_agg("id" ORDER BY "id"))[count(*) / 2] AS id FROM "Comment" WHERE "status" = 'PENDING' GROUP BY priority ORDER BY count(*) DESC LIMIT 1`,
  );
  const inTie = { ...q({}), cursor: encodeCursor({ sort: "priority", value: Number(tie.rows[0].priority), id: Number(tie.rows[0].id) }) };
  const scenarios: Array<[string, () => Promise<unknown>]> = [
    ["needs review, page 1 (priority)", () => selectQueuePage(db.sql, q({}))],
    ["needs review, page 21 (keyset)", () => selectQueuePage(db.sql, deep)],
    ["keyset inside the largest priority tie", () => selectQueuePage(db.sql, inTie)],
    ["flagged view", () => selectQueuePage(db.sql, q({ view: "flagged" }))],
    ["all, newest first", () => selectQueuePage(db.sql, q({ view: "all", sort: "newest" }))],
    ["harm=hate, sort by hate score", () => selectQueuePage(db.sql, q({ harm: "hate", sort: "score-hate" }))],
    ["min misinformation score 0.9", () => selectQueuePage(db.sql, q({ scoreHarm: "misinformation", minScore: "0.9" }))],
    ["  same, without the walk (before)", () => selectQueuePage(db.sql, q({ scoreHarm: "misinformation", minScore: "0.9" }), undefined, 0)],
    ["one article", () => selectQueuePage(db.sql, q({ article: "42" }))],
    ["one author", () => selectQueuePage(db.sql, q({ view: "all", author: "4242" }))],
    ["date range (posted, 3 days)", () => selectQueuePage(db.sql, q({ view: "all", dateField: "posted", from: new Date(Date.now() - 5 * 86400e3).toISOString().slice(0, 10), to: new Date(Date.now() - 3 * 86400e3).toISOString().slice(0, 10) }))],
    ["has claim match", () => selectQueuePage(db.sql, q({ claim: "1" }))],
    ["FTS q=opcw faked", () => selectQueuePage(db.sql, q({ q: '"opcw faked"' }))],
    ["FTS q=bridge repairs, all (~12% rows)", () => selectQueuePage(db.sql, q({ view: "all", q: "bridge repairs" }))],
    // The same pages without the walk along the sort's index (what every search did before): the ratio, in this run.
    ["  same, without the walk (before)", () => selectQueuePage(db.sql, q({ view: "all", q: "bridge repairs" }), undefined, 0)],
    ["FTS q=bridge, needs review (~12%)", () => selectQueuePage(db.sql, q({ q: "bridge" }))],
    ["  same, without the walk (before)", () => selectQueuePage(db.sql, q({ q: "bridge" }), undefined, 0)],
    ["all, priority (merged per status)", () => selectQueuePage(db.sql, q({ view: "all" }))],
    ["harm=hate, priority order", () => selectQueuePage(db.sql, q({ harm: "hate" }))],
    ["  same, without the walk (before)", () => selectQueuePage(db.sql, q({ harm: "hate" }), undefined, 0)],
    ["view counts (capped at 10,000)", () => countViews(db.sql, q({}))],
    ["view counts, one article", () => countViews(db.sql, q({ article: "42" }))],
    ["view counts, harm=hate", () => countViews(db.sql, q({ harm: "hate" }))],
    ["view counts, FTS q=bridge repairs", () => countViews(db.sql, q({ q: "bridge repairs" }))],
    ['view counts, FTS q="opcw faked"', () => countViews(db.sql, q({ q: '"opcw faked"' }))],
    ["bulk count (cap 1,000), FTS", () => countMatching(db.sql, q({ q: "idiot" }), 1000)],
    ["next unleased comment (j)", () => selectAdjacent(db.sql, q({}), 500_000, "next", "bench-user")],
  ];
  console.log(`\nQueue query functions (${ITERATIONS} runs each after a warm-up; ${loadLine()}):`);
  for (const [name, fn] of scenarios) console.log(`  ${name.padEnd(38)} ${stats(await time(fn))}`);
  console.log(`  (after: ${loadLine()})`);
}

async function sessionCookies(db: TDb): Promise<string[]> {
  const cookies: string[] = [];
  for (let i = 0; i < MODERATORS; i++) {
    const id = randomUUID();
    await db.prisma.user.create({ data: { id, email: `bench${i}@vigil.local`, name: `Bench Moderator ${i}`, role: "MODERATOR", emailVerified: true } });
    const token = randomBytes(24).toString("base64url");
    await db.prisma.session.create({ data: { id: randomUUID(), token, userId: id, expiresAt: new Date(Date.now() + 3600e3) } });
    // better-auth's signed cookie: "<token>.<base64 HMAC-SHA256(secret, token)>", URI-encoded.
    const signature = createHmac("sha256", SECRET).update(token).digest("base64");
    cookies.push(`better-auth.session_token=${encodeURIComponent(`${token}.${signature}`)}`);
  }
  return cookies;
}

/** GET, body read; one retry when the connection drops (a kept-alive socket the server just closed). */
async function fetchBytes(url: string, headers: Record<string, string> = {}): Promise<number> {
  try {
    return (await (await fetch(url, { headers })).arrayBuffer()).byteLength;
  } catch {
    return (await (await fetch(url, { headers })).arrayBuffer()).byteLength;
  }
}

/** Spans the server reported (VIGIL_TIMING lines on its stderr) since the last reset. */
let serverSpans: TSpan[] = [];

/** "session 1× 2.1 ms · queue.rows 1× 3.0 ms …": spans per request and their mean duration. */
function spanBreakdown(spans: TSpan[], requests: number, totalMs: number): string {
  const by = new Map<string, number[]>();
  for (const s of spans) by.set(s.name, [...(by.get(s.name) ?? []), s.ms]);
  const parts = [...by].map(([name, ms]) => `${name} ${(ms.length / requests).toFixed(1)}× ${(ms.reduce((a, b) => a + b, 0) / ms.length).toFixed(1)} ms`);
  const inSpans = spans.reduce((a, s) => a + s.ms, 0) / requests;
  return `${parts.join(" · ") || "no spans"} · outside spans (routing, render, serialise) ≈ ${Math.max(0, totalMs - inSpans).toFixed(1)} ms`;
}

async function startServer(): Promise<ChildProcess | null> {
  const next = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const env = { ...process.env, DATABASE_URL: dbUrl(), VIGIL_DIST_DIR: DIST, BETTER_AUTH_SECRET: SECRET, VIGIL_INSECURE_COOKIES: "1", NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "warn", PORT: String(PORT), VIGIL_DB_POOL: "20", VIGIL_TIMING: "1" };
  if (!existsSync(path.join(DIST, "BUILD_ID"))) {
    console.log(`\nNo build in ${DIST}: building once for the HTTP part…`);
    if (spawnSync(process.execPath, [next, "build"], { stdio: "inherit", env }).status !== 0) return null;
  }
  const child = spawn(process.execPath, [next, "start", "-p", String(PORT)], { env, stdio: ["ignore", "ignore", "pipe"] });
  let partial = "";
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
    const lines = (partial + chunk).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) {
      if (line.startsWith(TIMING_LINE_PREFIX)) serverSpans.push(JSON.parse(line.slice(TIMING_LINE_PREFIX.length)) as TSpan);
      else if (line.trim()) process.stderr.write(line + "\n");
    }
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/login`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  return null;
}

async function benchHttp(db: TDb): Promise<void> {
  const cookies = await sessionCookies(db);
  const server = await startServer();
  if (!server) return console.log("\nHTTP part skipped: the app server did not start.");
  try {
    const base = `http://127.0.0.1:${PORT}`;
    const probe = await fetch(`${base}/api/queue`, { headers: { cookie: cookies[0] } });
    if (probe.status !== 200) return console.log(`\nHTTP part skipped: signed-in probe answered ${probe.status}.`);
    const paths = ["/queue", "/api/queue", "/api/queue?view=flagged&sort=newest", "/api/queue?q=%22opcw+faked%22", "/queue?harm=hate&sort=score-hate"];
    // Warm the server's routes, then one moderator alone: the latency without queueing.
    for (const p of paths) await (await fetch(base + p, { headers: { cookie: cookies[0] } })).text();
    console.log(`\nHTTP, one moderator, sequential (10 requests per path; ×N = mean request time over the mean time in the route's own spans, in this run):`);
    const breakdowns: string[] = [];
    for (const p of paths) {
      const alone: number[] = [];
      serverSpans = [];
      let bytes = 0;
      for (let i = 0; i < 10; i++) {
        const t = performance.now();
        bytes = await fetchBytes(base + p, { cookie: cookies[0] });
        alone.push(performance.now() - t);
      }
      await sleep(50); // let the last spans' stderr lines arrive
      const spans = [...serverSpans];
      let payload = `${(bytes / 1024).toFixed(1)} KiB ${p.startsWith("/api") ? "JSON" : "HTML"}`;
      if (!p.startsWith("/api")) {
        payload += `, ${((await fetchBytes(base + p, { cookie: cookies[0], RSC: "1" })) / 1024).toFixed(1)} KiB RSC payload`;
      }
      const mean = alone.reduce((a, b) => a + b, 0) / alone.length;
      const inSpans = spans.reduce((a, x) => a + x.ms, 0) / alone.length;
      console.log(`  GET ${p.padEnd(38)} ${stats(alone)}  ×${(mean / Math.max(inSpans, 0.1)).toFixed(1)}  ${payload}`);
      breakdowns.push(`  GET ${p.padEnd(38)} mean ${mean.toFixed(1)} ms: ${spanBreakdown(spans, alone.length, mean)}`);
    }
    console.log(`\nWhere the time goes (server-timing spans per request, mean; spans that run in parallel overlap):`);
    for (const line of breakdowns) console.log(line);
    // Closed loop (each moderator fires the next request at once: the worst case), then with the
    // pause a person takes to read a comment before the next request.
    for (const thinkMs of [0, THINK_MS]) {
      const times: Record<string, number[]> = Object.fromEntries(paths.map((p) => [p, []]));
      let errors = 0;
      let total = 0;
      const until = Date.now() + HTTP_SECONDS * 1000;
      const cpuBefore = sampleCpu(server.pid!);
      const started = performance.now();
      await Promise.all(
        cookies.map(async (cookie, m) => {
          if (thinkMs) await sleep(Math.random() * thinkMs); // moderators do not start in lockstep
          for (let i = m; Date.now() < until; i++) {
            const p = paths[i % paths.length];
            const t = performance.now();
            try {
              const res = await fetch(base + p, { headers: { cookie } });
              await res.text();
              if (res.status !== 200) errors++;
              else times[p].push(performance.now() - t);
            } catch {
              errors++;
            }
            total++;
            if (thinkMs) await sleep(thinkMs);
          }
        }),
      );
      const cpu = cpuShares(cpuBefore, sampleCpu(server.pid!), (performance.now() - started) / 1000);
      const mode = thinkMs ? `each pausing ${thinkMs} ms between requests` : "closed loop, no pause";
      console.log(`\nHTTP, ${MODERATORS} concurrent moderators for ${HTTP_SECONDS} s, ${mode}, against \`next start\` (${total} requests, ${(total / HTTP_SECONDS).toFixed(1)} req/s, ${errors} errors):`);
      for (const p of paths) if (times[p].length) console.log(`  GET ${p.padEnd(38)} ${stats(times[p])}`);
      console.log(`  all requests                               ${stats(Object.values(times).flat())}`);
      console.log(`  CPU during the run: ${cpu}; ${loadLine()}`);
    }
  } finally {
    server.kill("SIGTERM");
  }
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
  console.log(`Machine: ${os.cpus()[0]?.model ?? "cpu"} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, PostgreSQL ${version}`);
  if (process.env.BENCH_PGLITE === "1") return benchPglite(time, stats, loadLine);
  const reused = REUSE && (await builtRows()) === ROWS;
  if (!reused) await createDatabase(SERVER, NAME);
  const db = await openDb({ kind: "postgres", url: dbUrl(), display: NAME });
  try {
    await applyMigrations(db.sql);
    if (reused) {
      await db.sql.exec(`DELETE FROM "User" WHERE "email" LIKE 'bench%@vigil.local'`); // sessions go with them
      await db.sql.exec(`VACUUM ANALYZE "Comment"`);
      console.log(`Reusing database ${NAME} (${ROWS.toLocaleString("en-US")} comments, BENCH_REUSE=1)`);
    } else await load(db);
    await benchQueries(db);
    if (process.env.BENCH_HTTP !== "0") await benchHttp(db);
  } finally {
    await db.close();
    if (REUSE) console.log(`\nKept database ${NAME} for the next BENCH_REUSE=1 run.`);
    else if (process.env.BENCH_KEEP === "1") console.log(`\nKept database ${NAME} (BENCH_KEEP=1); drop it when done.`);
    else await dropDatabase(SERVER, NAME);
  }
}

main().catch(async (error) => {
  console.error(error);
  if (!REUSE) await dropDatabase(SERVER, NAME).catch(() => undefined);
  process.exit(1);
});

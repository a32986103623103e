// The queue benchmark's HTTP part: `next start` on the benchmark database, signed-in sessions for
// simulated moderators, latency per route with the server-timing breakdown, and CPU shares under
// load. With BENCH_BASELINE_DIR (a copy of an older version with its node_modules and a build in
// BENCH_BASELINE_DIST_DIR) both versions run side by side and the load alternates between them in
// short segments, so the ratio now / before holds on a machine shared with other jobs.
import type { TDb } from "@/lib/db/connect";
import type { TSpan } from "@/lib/perf/server-timing";
import { cpuShares, sampleCpu, type TCpuGroups } from "./proc-cpu";
import { loadLine, sleep, stats } from "./bench-stats";
import { sessionCookies, startServer, type TServer } from "./queue-server";

const MODERATORS = 20;
const HTTP_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 30);
const PORT = Number(process.env.BENCH_PORT ?? 3291);
/** A moderator reads a comment before the next request; 0 disables the second, realistic run. */
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 1000);
const DIST = process.env.BENCH_DIST_DIR ?? ".next-mod";
const BASELINE_DIR = process.env.BENCH_BASELINE_DIR;
const BASELINE_DIST = process.env.BENCH_BASELINE_DIST_DIR ?? DIST;
/** Segments per version and load run when two versions alternate. */
const SEGMENTS = 3;

const PATHS = [
  "/queue",
  "/api/queue",
  "/api/queue?view=flagged&sort=newest",
  "/api/queue?q=%22opcw+faked%22",
  "/queue?harm=hate&sort=score-hate",
];

/** GET, body read; one retry when the connection drops (a kept-alive socket the server just closed). */
async function fetchBytes(url: string, headers: Record<string, string> = {}): Promise<number> {
  try {
    return (await (await fetch(url, { headers })).arrayBuffer()).byteLength;
  } catch {
    return (await (await fetch(url, { headers })).arrayBuffer()).byteLength;
  }
}

/** "session 1× 2.1 ms · queue.rows 1× 3.0 ms …": spans per request and their mean duration. */
function spanBreakdown(spans: TSpan[], requests: number, totalMs: number): string {
  const by = new Map<string, number[]>();
  for (const s of spans) by.set(s.name, [...(by.get(s.name) ?? []), s.ms]);
  const parts = [...by].map(
    ([name, ms]) =>
      `${name} ${(ms.length / requests).toFixed(1)}× ${(ms.reduce((a, b) => a + b, 0) / ms.length).toFixed(1)} ms`,
  );
  const inSpans = spans.reduce((a, s) => a + s.ms, 0) / requests;
  return `${parts.join(" · ") || "no spans"} · outside spans (routing, render, serialise) ≈ ${Math.max(0, totalMs - inSpans).toFixed(1)} ms`;
}

/** One moderator alone, 10 requests per path: latency without queueing, payload and spans. */
async function benchAlone(server: TServer, cookie: string): Promise<void> {
  console.log(
    `\nHTTP (${server.label}), one moderator, sequential (10 requests per path; ×N = mean request time over the mean time in the route's own spans, in this run):`,
  );
  const breakdowns: string[] = [];
  for (const p of PATHS) {
    const alone: number[] = [];
    server.spans.length = 0;
    let bytes = 0;
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      bytes = await fetchBytes(server.base + p, { cookie });
      alone.push(performance.now() - t);
    }
    await sleep(50); // let the last spans' stderr lines arrive
    const spans = [...server.spans];
    let payload = `${(bytes / 1024).toFixed(1)} KiB ${p.startsWith("/api") ? "JSON" : "HTML"}`;
    if (!p.startsWith("/api"))
      payload += `, ${((await fetchBytes(server.base + p, { cookie, RSC: "1" })) / 1024).toFixed(1)} KiB RSC payload`;
    const mean = alone.reduce((a, b) => a + b, 0) / alone.length;
    const inSpans = spans.reduce((a, x) => a + x.ms, 0) / alone.length;
    console.log(
      `  GET ${p.padEnd(38)} ${stats(alone)}  ×${(mean / Math.max(inSpans, 0.1)).toFixed(1)}  ${payload}`,
    );
    breakdowns.push(
      `  GET ${p.padEnd(38)} mean ${mean.toFixed(1)} ms: ${spanBreakdown(spans, alone.length, mean)}`,
    );
  }
  console.log(
    `Where the time goes (${server.label}; server-timing spans per request, mean; spans that run in parallel overlap):`,
  );
  for (const line of breakdowns) console.log(line);
}

type TLoad = {
  times: Record<string, number[]>;
  errors: number;
  total: number;
  seconds: number;
  cpu: TCpuGroups;
};
const emptyLoad = (): TLoad => ({
  times: Object.fromEntries(PATHS.map((p) => [p, []])),
  errors: 0,
  total: 0,
  seconds: 0,
  cpu: { server: 0, postgres: 0, loadgen: 0, machine: 0 },
});

/** MODERATORS at once against one server for `seconds`, added to `load`. */
async function loadSegment(
  server: TServer,
  cookies: string[],
  thinkMs: number,
  seconds: number,
  load: TLoad,
): Promise<void> {
  const until = Date.now() + seconds * 1000;
  const cpuBefore = sampleCpu(server.child.pid!);
  const started = performance.now();
  await Promise.all(
    cookies.map(async (cookie, m) => {
      if (thinkMs) await sleep(Math.random() * thinkMs); // moderators do not start in lockstep
      for (let i = m; Date.now() < until; i++) {
        const p = PATHS[i % PATHS.length];
        const t = performance.now();
        try {
          const res = await fetch(server.base + p, { headers: { cookie } });
          await res.text();
          if (res.status !== 200) load.errors++;
          else load.times[p].push(performance.now() - t);
        } catch {
          load.errors++;
        }
        load.total++;
        if (thinkMs) await sleep(thinkMs);
      }
    }),
  );
  const cpuAfter = sampleCpu(server.child.pid!);
  for (const k of Object.keys(load.cpu) as Array<keyof TCpuGroups>)
    load.cpu[k] += cpuAfter[k] - cpuBefore[k];
  load.seconds += (performance.now() - started) / 1000;
}

const p = (ms: number[], q: number) => [...ms].sort((a, b) => a - b)[Math.floor(q * ms.length)];

function printLoad(server: TServer, load: TLoad, mode: string): void {
  console.log(
    `\nHTTP (${server.label}), ${MODERATORS} concurrent moderators for ${load.seconds.toFixed(0)} s, ${mode}, against \`next start\` (${load.total} requests, ${(load.total / load.seconds).toFixed(1)} req/s, ${load.errors} errors):`,
  );
  for (const path of PATHS)
    if (load.times[path].length) console.log(`  GET ${path.padEnd(38)} ${stats(load.times[path])}`);
  console.log(
    `  all requests                               ${stats(Object.values(load.times).flat())}`,
  );
  const zero = { server: 0, postgres: 0, loadgen: 0, machine: 0 };
  console.log(`  CPU during the run: ${cpuShares(zero, load.cpu, load.seconds)}; ${loadLine()}`);
}

function printRatios(now: TLoad, before: TLoad): void {
  console.log(`  now / before, same run (p50, p95):`);
  const rows: Array<[string, number[], number[]]> = [
    ...PATHS.map((path): [string, number[], number[]] => [
      `GET ${path}`,
      now.times[path],
      before.times[path],
    ]),
    ["all requests", Object.values(now.times).flat(), Object.values(before.times).flat()],
  ];
  for (const [name, a, b] of rows)
    if (a.length && b.length)
      console.log(
        `  ${name.padEnd(42)} ${(p(a, 0.5) / p(b, 0.5)).toFixed(2)}  ${(p(a, 0.95) / p(b, 0.95)).toFixed(2)}`,
      );
}

/** The queue page and API over HTTP: one moderator alone, then MODERATORS at once (closed loop, then pausing). */
export async function benchHttp(db: TDb, dbUrl: string): Promise<void> {
  const cookies = await sessionCookies(db, MODERATORS);
  const servers: TServer[] = [];
  try {
    const now = await startServer("now", dbUrl, { dir: process.cwd(), dist: DIST, port: PORT });
    if (!now) return console.log("\nHTTP part skipped: the app server did not start.");
    servers.push(now);
    if (BASELINE_DIR) {
      const opts = { dir: BASELINE_DIR, dist: BASELINE_DIST, port: PORT + 1 };
      const before = await startServer("before", dbUrl, opts);
      if (before) servers.push(before);
      else console.log(`\nThe baseline in ${BASELINE_DIR} did not start: this version alone.`);
    }
    for (const server of servers) {
      const probe = await fetch(`${server.base}/api/queue`, { headers: { cookie: cookies[0] } });
      if (probe.status !== 200)
        return console.log(`\nHTTP part skipped: ${server.label} answered ${probe.status}.`);
      // Warm the server's routes.
      for (const path of PATHS)
        await (await fetch(server.base + path, { headers: { cookie: cookies[0] } })).text();
    }
    for (const server of servers) await benchAlone(server, cookies[0]);
    // Closed loop (each moderator fires the next request at once: the worst case), then with the
    // pause a person takes to read a comment before the next request.
    for (const thinkMs of [0, THINK_MS]) {
      const loads = servers.map(emptyLoad);
      const segments = servers.length > 1 ? SEGMENTS : 1;
      for (let s = 0; s < segments; s++)
        for (const [i, server] of servers.entries())
          await loadSegment(server, cookies, thinkMs, HTTP_SECONDS / segments, loads[i]);
      const mode = thinkMs
        ? `each pausing ${thinkMs} ms between requests`
        : "closed loop, no pause";
      for (const [i, server] of servers.entries()) printLoad(server, loads[i], mode);
      if (loads.length > 1) printRatios(loads[0], loads[1]);
    }
  } finally {
    for (const server of servers) server.child.kill("SIGTERM");
  }
}

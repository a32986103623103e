// The queue benchmark's HTTP part: `next start` on the benchmark database, signed-in sessions for
// simulated moderators, latency per route with the server-timing breakdown, and CPU shares under load.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import type { TDb } from "@/lib/db/connect";
import { TIMING_LINE_PREFIX, type TSpan } from "@/lib/perf/server-timing";
import { cpuShares, sampleCpu } from "./proc-cpu";
import { loadLine, sleep, stats } from "./bench-stats";

const MODERATORS = 20;
const HTTP_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 30);
const PORT = Number(process.env.BENCH_PORT ?? 3291);
/** A moderator reads a comment before the next request; 0 disables the second, realistic run. */
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 1000);
const DIST = process.env.BENCH_DIST_DIR ?? ".next-mod";
const SECRET = randomBytes(32).toString("base64url");

async function sessionCookies(db: TDb): Promise<string[]> {
  const cookies: string[] = [];
  for (let i = 0; i < MODERATORS; i++) {
    const id = randomUUID();
    await db.prisma.user.create({
      data: {
        id,
        email: `bench${i}@vigil.local`,
        name: `Bench Moderator ${i}`,
        role: "MODERATOR",
        emailVerified: true,
      },
    });
    const token = randomBytes(24).toString("base64url");
    await db.prisma.session.create({
      data: { id: randomUUID(), token, userId: id, expiresAt: new Date(Date.now() + 3600e3) },
    });
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
  const parts = [...by].map(
    ([name, ms]) =>
      `${name} ${(ms.length / requests).toFixed(1)}× ${(ms.reduce((a, b) => a + b, 0) / ms.length).toFixed(1)} ms`,
  );
  const inSpans = spans.reduce((a, s) => a + s.ms, 0) / requests;
  return `${parts.join(" · ") || "no spans"} · outside spans (routing, render, serialise) ≈ ${Math.max(0, totalMs - inSpans).toFixed(1)} ms`;
}

async function startServer(dbUrl: string): Promise<ChildProcess | null> {
  const next = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const env = {
    ...process.env,
    DATABASE_URL: dbUrl,
    VIGIL_DIST_DIR: DIST,
    BETTER_AUTH_SECRET: SECRET,
    VIGIL_INSECURE_COOKIES: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: "warn",
    PORT: String(PORT),
    VIGIL_DB_POOL: "20",
    VIGIL_TIMING: "1",
    // The web tier alone, as deployed at this size (docs/SCALING.md): background scoring runs in
    // separate workers, not in the server answering the moderators being measured.
    VIGIL_WORKER: "0",
  };
  if (!existsSync(path.join(DIST, "BUILD_ID"))) {
    console.log(`\nNo build in ${DIST}: building once for the HTTP part…`);
    if (spawnSync(process.execPath, [next, "build"], { stdio: "inherit", env }).status !== 0)
      return null;
  }
  const child = spawn(process.execPath, [next, "start", "-p", String(PORT)], {
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let partial = "";
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
    const lines = (partial + chunk).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) {
      if (line.startsWith(TIMING_LINE_PREFIX))
        serverSpans.push(JSON.parse(line.slice(TIMING_LINE_PREFIX.length)) as TSpan);
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

/** The queue page and API over HTTP: one moderator alone, then MODERATORS at once (closed loop, then pausing). */
export async function benchHttp(db: TDb, dbUrl: string): Promise<void> {
  const cookies = await sessionCookies(db);
  const server = await startServer(dbUrl);
  if (!server) return console.log("\nHTTP part skipped: the app server did not start.");
  try {
    const base = `http://127.0.0.1:${PORT}`;
    const probe = await fetch(`${base}/api/queue`, { headers: { cookie: cookies[0] } });
    if (probe.status !== 200)
      return console.log(`\nHTTP part skipped: signed-in probe answered ${probe.status}.`);
    const paths = [
      "/queue",
      "/api/queue",
      "/api/queue?view=flagged&sort=newest",
      "/api/queue?q=%22opcw+faked%22",
      "/queue?harm=hate&sort=score-hate",
    ];
    // Warm the server's routes, then one moderator alone: the latency without queueing.
    for (const p of paths)
      await (await fetch(base + p, { headers: { cookie: cookies[0] } })).text();
    console.log(
      `\nHTTP, one moderator, sequential (10 requests per path; ×N = mean request time over the mean time in the route's own spans, in this run):`,
    );
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
      console.log(
        `  GET ${p.padEnd(38)} ${stats(alone)}  ×${(mean / Math.max(inSpans, 0.1)).toFixed(1)}  ${payload}`,
      );
      breakdowns.push(
        `  GET ${p.padEnd(38)} mean ${mean.toFixed(1)} ms: ${spanBreakdown(spans, alone.length, mean)}`,
      );
    }
    console.log(
      `\nWhere the time goes (server-timing spans per request, mean; spans that run in parallel overlap):`,
    );
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
      const cpu = cpuShares(
        cpuBefore,
        sampleCpu(server.pid!),
        (performance.now() - started) / 1000,
      );
      const mode = thinkMs
        ? `each pausing ${thinkMs} ms between requests`
        : "closed loop, no pause";
      console.log(
        `\nHTTP, ${MODERATORS} concurrent moderators for ${HTTP_SECONDS} s, ${mode}, against \`next start\` (${total} requests, ${(total / HTTP_SECONDS).toFixed(1)} req/s, ${errors} errors):`,
      );
      for (const p of paths)
        if (times[p].length) console.log(`  GET ${p.padEnd(38)} ${stats(times[p])}`);
      console.log(
        `  all requests                               ${stats(Object.values(times).flat())}`,
      );
      console.log(`  CPU during the run: ${cpu}; ${loadLine()}`);
    }
  } finally {
    server.kill("SIGTERM");
  }
}

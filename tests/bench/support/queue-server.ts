// The queue benchmark's app servers: `next start` on the benchmark database (this checkout, or a
// copy of an older version for a same-run comparison), each with the server-timing spans it
// reports, and signed-in sessions for the simulated moderators.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import type { TDb } from "@/lib/db/connect";
import { TIMING_LINE_PREFIX, type TSpan } from "@/lib/perf/server-timing";

const SECRET = randomBytes(32).toString("base64url");

/** A signed-in session cookie for each of `count` new moderators. */
export async function sessionCookies(db: TDb, count: number): Promise<string[]> {
  const cookies: string[] = [];
  for (let i = 0; i < count; i++) {
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

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .listen(port, () => probe.close(() => resolve(true)));
  });
}

export type TServer = {
  label: string;
  base: string;
  child: ChildProcess;
  /** Spans the server reported (VIGIL_TIMING lines on its stderr); the bench empties it between parts. */
  spans: TSpan[];
};

/** `next start` from `dir` (built into `dist` first when there is no build), or null if it does not come up. */
export async function startServer(
  label: string,
  dbUrl: string,
  opts: { dir: string; dist: string; port: number; worker?: boolean },
): Promise<TServer | null> {
  const next = path.join(opts.dir, "node_modules", "next", "dist", "bin", "next");
  const env = {
    ...process.env,
    DATABASE_URL: dbUrl,
    VIGIL_DIST_DIR: opts.dist,
    BETTER_AUTH_SECRET: SECRET,
    VIGIL_INSECURE_COOKIES: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: "warn",
    PORT: String(opts.port),
    VIGIL_DB_POOL: "20",
    VIGIL_TIMING: "1",
    // The web tier alone, as deployed at this size (docs/SCALING.md): background scoring runs in
    // separate workers, not in the server answering the moderators being measured (unless
    // `worker`: the stage-2 part measures the in-process worker on purpose).
    VIGIL_WORKER: opts.worker ? "1" : "0",
  };
  if (!existsSync(path.join(opts.dir, opts.dist, "BUILD_ID"))) {
    console.log(
      `\nNo build in ${path.join(opts.dir, opts.dist)}: building once for the HTTP part…`,
    );
    const built = spawnSync(process.execPath, [next, "build"], {
      stdio: "inherit",
      env,
      cwd: opts.dir,
    });
    if (built.status !== 0) return null;
  }
  if (!(await portIsFree(opts.port))) {
    console.log(`\nPort ${opts.port} is taken by another program: ${label} not started.`);
    return null;
  }
  const child = spawn(process.execPath, [next, "start", "-p", String(opts.port)], {
    env,
    cwd: opts.dir,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const server: TServer = { label, base: `http://127.0.0.1:${opts.port}`, child, spans: [] };
  let partial = "";
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
    const lines = (partial + chunk).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) {
      if (line.startsWith(TIMING_LINE_PREFIX))
        server.spans.push(JSON.parse(line.slice(TIMING_LINE_PREFIX.length)) as TSpan);
      else if (line.trim()) process.stderr.write(`[${label}] ${line}\n`);
    }
  });
  for (let i = 0; i < 120 && child.exitCode === null; i++) {
    try {
      // Ours only while it runs: another program may hold the port (EADDRINUSE ends the child).
      if ((await fetch(`${server.base}/login`)).ok && child.exitCode === null) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  return null;
}

// Real `vigil` processes for fault tests: run a command to completion, or start a long-running one
// (worker, serve) and kill it for real (SIGKILL, SIGTERM).
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { promisify } from "node:util";

const run = promisify(execFile);

export type TRunResult = { code: number; stdout: string; stderr: string };

export async function vigil(
  args: string[],
  env: Record<string, string | undefined>,
  timeout = 120_000,
): Promise<TRunResult> {
  const fullEnv = { ...process.env, ...env } as NodeJS.ProcessEnv;
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete fullEnv[k];
  try {
    const { stdout, stderr } = await run(process.execPath, ["lib/cli/bin.mjs", ...args], {
      env: fullEnv,
      timeout,
      maxBuffer: 64 * 2 ** 20,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return {
      code: typeof e.code === "number" ? e.code : 1,
      stdout: e.stdout ?? "",
      stderr: e.stderr ?? "",
    };
  }
}

export type TProcess = {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  kill: (signal: NodeJS.Signals) => void;
};

export function startVigil(args: string[], env: Record<string, string | undefined>): TProcess {
  const fullEnv = { ...process.env, ...env } as NodeJS.ProcessEnv;
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete fullEnv[k];
  // The worker is a plain Node process (no heap-capped re-exec), so its pid is the one we kill.
  const child = spawn(process.execPath, ["lib/cli/bin.mjs", ...args], {
    env: fullEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = once(child, "exit").then(([code]) => code as number | null);
  return { child, output: () => out, exited, kill: (signal) => child.kill(signal) };
}

export async function waitUntil<T>(
  probe: () => Promise<T | null | undefined | false>,
  what: string,
  timeoutMs = 60_000,
  everyMs = 200,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** A Vigil JSONL import file of `count` comments over `articles` articles (unique external ids). */
export async function writeCommentsJsonl(
  file: string,
  count: number,
  articles = Math.max(1, Math.round(count / 100)),
  tag = "f",
): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) {
    const line = JSON.stringify({
      articleUrl: `https://faults.example/${tag}/${i % articles}`,
      articleTitle: `Article ${i % articles}`,
      externalId: `${tag}${i}`,
      author: `reader${i % 300}`,
      body: `Comment number ${i}: I think the report about the river crossing is ${i % 7 === 0 ? "stupid garbage" : "worth reading"}.`,
      postedAt: null,
    });
    if (!out.write(line + "\n")) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

/** The production web server (`lib/server/next-server.mjs`, as `vigil serve` runs it) on `port`,
 *  from the build in VIGIL_DIST_DIR; plain-HTTP cookies so tests can talk to 127.0.0.1. */
export function startWebServer(port: number, env: Record<string, string | undefined>): TProcess {
  const base = `http://127.0.0.1:${port}`;
  const fullEnv = {
    ...process.env,
    PORT: String(port),
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    VIGIL_INSECURE_COOKIES: "1",
    BETTER_AUTH_URL: base,
    ...env,
  } as NodeJS.ProcessEnv;
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete fullEnv[k];
  const child = spawn(process.execPath, ["lib/server/next-server.mjs"], {
    env: fullEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = once(child, "exit").then(([code]) => code as number | null);
  return { child, output: () => out, exited, kill: (signal) => child.kill(signal) };
}

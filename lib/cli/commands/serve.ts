// `vigil serve` (what `npm start` runs): prepares the database, builds if needed, starts Next.js.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { TCommand } from "../command";
import { pgliteLockFile, prepareEmbeddedDb } from "../open-db";
import { openDb } from "@/lib/db/connect";
import { resolveDbTarget } from "@/lib/db/config";
import { bootstrap } from "@/lib/bootstrap/bootstrap";
import { formatDemoAccounts } from "@/lib/bootstrap/demo-accounts";

const SOURCE_DIRS = ["app", "components", "lib"];
const SOURCE_FILES = ["next.config.js", "package.json", "postcss.config.mjs", "tsconfig.json"];

function newestSourceMtime(root: string): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "generated" || entry.name === "model" || entry.name.startsWith("."))
        continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of SOURCE_DIRS) if (existsSync(path.join(root, dir))) walk(path.join(root, dir));
  for (const file of SOURCE_FILES)
    if (existsSync(path.join(root, file)))
      newest = Math.max(newest, statSync(path.join(root, file)).mtimeMs);
  return newest;
}

/** Builds when there is no build, or when a source file is newer than the last build. */
export function buildIfStale(root: string): void {
  const distDir = path.join(root, process.env.VIGIL_DIST_DIR || ".next");
  const stamp = path.join(distDir, "vigil-build-stamp");
  const built = existsSync(stamp) ? Number(readFileSync(stamp, "utf8")) : 0;
  const newest = newestSourceMtime(root);
  if (built >= newest && existsSync(path.join(distDir, "BUILD_ID"))) return;
  process.stdout.write("Building the app (first start or changed sources)…\n");
  const result = spawnSync(
    process.execPath,
    [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"],
    {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    },
  );
  if (result.status !== 0) throw new Error("next build failed");
  writeFileSync(stamp, String(newest));
}

export const command: TCommand = {
  name: "serve",
  summary: "Start the web app",
  usage:
    "vigil serve [--dev] [--no-demo]   (PORT sets the port, HOSTNAME the interface (default 127.0.0.1); DATABASE_URL selects PostgreSQL)",
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: { dev: { type: "boolean" }, "no-demo": { type: "boolean" } },
    });
    const root = process.cwd();
    const target = resolveDbTarget();
    prepareEmbeddedDb(target);
    process.stdout.write(`Database: ${target.display}\n`);
    const db = await openDb(target);
    try {
      const report = await bootstrap(db, {
        demo: !values["no-demo"] && process.env.VIGIL_DEMO !== "0",
      });
      if (report.migrations.length)
        process.stdout.write(`Applied ${report.migrations.length} migration(s).\n`);
      if (report.demoAccounts.length)
        process.stdout.write(formatDemoAccounts(report.demoAccounts) + "\n");
      if (report.sample)
        process.stdout.write(
          `Imported sample content: ${report.sample.articles} articles, ${report.sample.comments} comments.\n`,
        );
    } finally {
      await db.close(); // the embedded database allows one process: hand it over to the server
    }
    if (!values.dev) buildIfStale(root);
    const lock = target.kind === "pglite" && target.dataDir ? pgliteLockFile(target.dataDir) : null;
    if (lock) writeFileSync(lock, String(process.pid));
    // Our own small HTTP server around Next: it resolves the client address and binds to HOSTNAME.
    const child = spawn(
      process.execPath,
      [path.join(root, "lib", "server", "next-server.mjs"), ...(values.dev ? ["--dev"] : [])],
      {
        stdio: "inherit",
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      },
    );
    for (const signal of ["SIGINT", "SIGTERM"] as const)
      process.on(signal, () => child.kill(signal));
    const code = await new Promise<number>((resolve) =>
      child.on("exit", (c, s) => resolve(c ?? (s ? 0 : 1))),
    );
    if (lock) rmSync(lock, { force: true });
    return code;
  },
};

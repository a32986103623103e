#!/usr/bin/env node
// Entry point of `npx vigil`: loads the TypeScript CLI through tsx so no build step is needed.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { register as registerHooks } from "node:module";
import { register } from "tsx/esm/api";
import { fileURLToPath } from "node:url";
import path from "node:path";

// Paths (the tsconfig's "@/" aliases, migrations, models, seeds) are read from the project folder:
// started from anywhere else the CLI would die on a module-resolution stack trace, so say so.
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
if (!existsSync(path.join(process.cwd(), "lib", "cli", "bin.mjs"))) {
  process.stderr.write(
    `vigil: run it from the Vigil project folder: cd ${projectRoot} && npx vigil ${process.argv.slice(2).join(" ")}\n`,
  );
  process.exit(2);
}

// Streaming commands run with a bounded heap: their live memory is small and flat, and without a
// cap V8 grows the heap lazily to hundreds of MB on a large file before collecting.
const STREAMING = new Set(["import", "export"]);
const heapMb = process.env.VIGIL_HEAP_MB ?? "128";
const capped =
  process.execArgv.some((a) => a.startsWith("--max-old-space-size")) ||
  (process.env.NODE_OPTIONS ?? "").includes("--max-old-space-size");
if (STREAMING.has(process.argv[2] ?? "") && !capped && heapMb !== "0") {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, `--max-old-space-size=${heapMb}`, ...process.argv.slice(1)],
    { stdio: "inherit" },
  );
  process.exit(child.status ?? 1);
}

// `server-only` guards modules from client bundles; the CLI is a server, so it resolves to nothing.
const hooks = `export async function resolve(spec, ctx, next) {
  if (spec === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return next(spec, ctx);
}`;
registerHooks("data:text/javascript," + encodeURIComponent(hooks));
register();

const { main } = await import(path.join(projectRoot, "lib", "cli", "main.ts"));
process.exitCode = await main(process.argv.slice(2));

// Builds the production app once even when several test files ask at the same time (vitest runs
// files in parallel): a lock folder beside the build lets one file build while the others wait,
// and they then find the build fresh (buildIfStale compares it with the sources).
import { mkdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { buildIfStale } from "@/lib/cli/commands/serve";

const STALE_LOCK_MS = 20 * 60_000; // a lock left by a killed run

export async function buildAppOnce(distDir: string, root = process.cwd()): Promise<void> {
  process.env.VIGIL_DIST_DIR = distDir;
  const lock = path.join(root, `${distDir}.build-lock`);
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as { code?: string }).code !== "EEXIST") throw error;
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    buildIfStale(root);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

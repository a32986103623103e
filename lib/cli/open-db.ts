// Opens the configured database for a CLI command, refusing to share an embedded one with a server.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { openDb, type TDb } from "@/lib/db/connect";
import { resolveDbTarget, type TDbTarget } from "@/lib/db/config";
import { applyMigrationsAsOwner } from "@/lib/db/app-role";
import { DomainError } from "@/lib/errors";

export function pgliteLockFile(dataDir: string): string {
  return path.join(path.dirname(dataDir), "server.pid");
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** PGlite has no file lock of its own: two processes on one folder corrupt it. */
export function assertEmbeddedDbFree(dataDir: string): void {
  const lock = pgliteLockFile(dataDir);
  if (!existsSync(lock)) return;
  const pid = Number(readFileSync(lock, "utf8").trim());
  if (pid && pid !== process.pid && processAlive(pid)) {
    throw new DomainError(
      `the embedded database in ${path.relative(process.cwd(), dataDir)} is in use by the running app (pid ${pid}). Stop it first, or set DATABASE_URL to use PostgreSQL.`,
      "db_busy",
    );
  }
}

/** Before opening an embedded database: refuse one in use, create its folder when new. */
export function prepareEmbeddedDb(target: TDbTarget): void {
  if (target.kind !== "pglite" || !target.dataDir) return;
  assertEmbeddedDbFree(target.dataDir);
  mkdirSync(target.dataDir, { recursive: true });
}

export async function openCliDb(opts: { migrate?: boolean } = {}): Promise<TDb> {
  const target = resolveDbTarget();
  prepareEmbeddedDb(target);
  const db = await openDb(target);
  if (opts.migrate !== false) await applyMigrationsAsOwner(db);
  return db;
}

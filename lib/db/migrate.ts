// Applies prisma/migrations/*/migration.sql in order, recording them in Prisma's own
// _prisma_migrations table so `prisma migrate deploy` agrees where it can run. One transaction under
// an advisory lock: two processes starting at once on an empty database migrate it once (the
// second waits, then finds everything applied), and a failed migration leaves nothing half-done.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { TSql } from "./connect";

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export type TMigrationFile = { name: string; sql: string; checksum: string };

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<TMigrationFile[]> {
  const entries = await readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true }).catch(
    () => [],
  );
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(
        /*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"),
        "utf8",
      );
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

/** Any fixed 64-bit key; pg-boss and others use their own. */
const MIGRATION_LOCK_KEY = 7_311_862_240_771_001;

/** Returns the names of the migrations it applied (empty when the database was up to date). */
export async function applyMigrations(sql: TSql, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = await readMigrations(dir);
  return sql.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock($1::bigint)`, [MIGRATION_LOCK_KEY]);
    return applyLocked(tx, migrations);
  });
}

async function applyLocked(sql: TSql, migrations: TMigrationFile[]): Promise<string[]> {
  await sql.exec(CREATE_TABLE);
  const applied = await sql.query<{
    migration_name: string;
    checksum: string;
    finished_at: Date | null;
  }>(
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
  );
  const done = new Map(applied.rows.map((r) => [r.migration_name, r]));
  const ran: string[] = [];
  for (const migration of migrations) {
    const previous = done.get(migration.name);
    if (previous?.finished_at) {
      if (previous.checksum !== migration.checksum) {
        process.stderr.write(
          `warning: migration ${migration.name} was edited after it was applied\n`,
        );
      }
      continue;
    }
    if (previous) {
      throw new Error(
        `migration ${migration.name} failed earlier and was not rolled back; fix the database by hand first`,
      );
    }
    await sql.transaction(async (tx) => {
      await tx.exec(migration.sql);
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
    });
    ran.push(migration.name);
  }
  return ran;
}

// Least-privilege operation: migrations run as the database owner (VIGIL_MIGRATE_DATABASE_URL),
// the app as a role that may read and write rows but not change tables, triggers or the audit log.
import type { TDb, TSql } from "./connect";
import { openDb } from "./connect";
import { redactUrl } from "./config";
import { applyMigrations, readMigrations } from "./migrate";
import { DomainError } from "@/lib/errors";

/** Tables whose rows the app may add but never change: the audit log and its chain. */
const APPEND_ONLY = ['"ModerationAction"', '"AuditVerification"'];

/** True when every migration file is recorded as applied (read-only: works for the app's role). */
async function upToDate(sql: TSql): Promise<boolean> {
  try {
    const applied = await sql.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const names = new Set(applied.rows.map((r) => r.migration_name));
    return (await readMigrations()).every((m) => names.has(m.name));
  } catch {
    return false; // no migrations table yet
  }
}

/** Applies pending migrations as the owner when VIGIL_MIGRATE_DATABASE_URL is set, else on `db`.
 *  Nothing pending → nothing is attempted, so an app role without DDL rights starts fine. */
export async function applyMigrationsAsOwner(
  db: TDb,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string[]> {
  if (await upToDate(db.sql)) return [];
  const ownerUrl = env.VIGIL_MIGRATE_DATABASE_URL?.trim();
  if (!ownerUrl || db.target.kind !== "postgres") return applyMigrations(db.sql);
  const owner = await openDb({ kind: "postgres", url: ownerUrl, display: redactUrl(ownerUrl) });
  try {
    return await applyMigrations(owner.sql);
  } finally {
    await owner.close();
  }
}

/** Grants `role` what the app needs on every table the migrations created, and nothing more. */
export async function grantAppRole(sql: TSql, role: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(role))
    throw new DomainError(
      `"${role}" is not a plain role name (lower-case letters, digits, _)`,
      "validation",
    );
  const statements = [
    `GRANT USAGE ON SCHEMA public TO ${role}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`,
    `REVOKE UPDATE, DELETE, TRUNCATE ON ${APPEND_ONLY.join(", ")} FROM ${role}`,
    // The chain head moves only inside the audit trigger, which runs with its owner's rights.
    `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "AuditChainHead" FROM ${role}`,
    `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "_prisma_migrations" FROM ${role}`,
    // Tables of later migrations get the same rights without running this again.
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${role}`,
    `REVOKE CREATE ON SCHEMA public FROM PUBLIC`,
    // The job queue (pg-boss, installed by prepareAppRole as the owner) keeps its tables in its own
    // schema: the app reads and writes them.
    `GRANT USAGE ON SCHEMA pgboss TO ${role}`,
    `GRANT ALL ON ALL TABLES IN SCHEMA pgboss TO ${role}`,
    `GRANT ALL ON ALL SEQUENCES IN SCHEMA pgboss TO ${role}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA pgboss GRANT ALL ON TABLES TO ${role}`,
  ];
  for (const statement of statements) await sql.exec(statement);
}

/** Run as the owner: installs the job queue's schema and queues (pg-boss), then grants `role`. */
export async function prepareAppRole(db: TDb, role: string): Promise<void> {
  const { getBoss, stopBoss } = await import("@/lib/jobs/boss");
  await getBoss(db);
  await stopBoss(db, { graceful: false, timeout: 1000 });
  await grantAppRole(db.sql, role);
}

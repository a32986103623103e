// The audit log's hash chain: backfilled by the migration, linked in id order under concurrent
// writers, and `vigil audit verify` names the first row changed or removed behind the trigger's back.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { openDb, type TDb } from "@/lib/db/connect";
import { applyMigrations, MIGRATIONS_DIR } from "@/lib/db/migrate";
import { verifyAuditChain, walkAuditChain } from "@/lib/audit/verify";
import { recordAudit, recordAuditMany } from "@/lib/audit/record";
import { createDatabase, dropDatabase } from "../helpers/databases";

const CHAIN_MIGRATION = "20261130205000_audit_hash_chain";
const serverUrl = process.env.TEST_DATABASE_URL;
const dbName = `vigil_test_chain_${process.pid}`;
let db: TDb;
let url: string | null = null;

/** The migrations before the chain existed, in a folder of their own. */
function migrationsBeforeChain(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "vigil-mig-"));
  for (const name of readdirSync(MIGRATIONS_DIR)) {
    if (name < CHAIN_MIGRATION && !name.endsWith(".toml"))
      cpSync(path.join(MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
  }
  return dir;
}

async function vigil(args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ["lib/cli/bin.mjs", ...args],
      { env: { ...process.env, DATABASE_URL: url! }, timeout: 60_000 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  if (serverUrl) {
    url = await createDatabase(serverUrl, dbName);
    db = await openDb({ kind: "postgres", url, display: dbName });
  } else {
    db = await openDb({ kind: "pglite", dataDir: null, display: "test PGlite" });
  }
  await applyMigrations(db.sql, migrationsBeforeChain());
  for (let i = 0; i < 3; i++) {
    await db.sql.query(
      `INSERT INTO "ModerationAction" ("targetType", "targetId", "action", "after") VALUES ('COMMENT', $1, 'approve', $2)`,
      [String(i), JSON.stringify({ n: i })],
    );
  }
  await applyMigrations(db.sql);
});
const role = `vigil_app_t${process.pid}`;
afterAll(async () => {
  await db?.close();
  if (!serverUrl) return;
  await dropDatabase(serverUrl, dbName);
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP ROLE IF EXISTS ${role}`).catch(() => undefined);
  await admin.end();
});

const actor = { id: "u1", email: "a@x.org", name: "A", role: "ADMIN" as const };

async function tamper(statement: string, params: unknown[] = []) {
  await db.sql.transaction(async (tx) => {
    await tx.exec(`ALTER TABLE "ModerationAction" DISABLE TRIGGER vigil_audit_no_update`);
    await tx.query(statement, params);
    await tx.exec(`ALTER TABLE "ModerationAction" ENABLE TRIGGER vigil_audit_no_update`);
  });
}

describe("audit hash chain", () => {
  it("backfills rows written before the chain and links new ones after them", async () => {
    await db.prisma.$transaction((tx) =>
      recordAudit(tx, {
        actor,
        targetType: "COMMENT",
        targetId: 9,
        action: "hide",
        reason: "spam",
      }),
    );
    const rows = await db.sql.query<{ id: number; prevHash: string; hash: string }>(
      `SELECT id, "prevHash", hash FROM "ModerationAction" ORDER BY id`,
    );
    expect(rows.rows).toHaveLength(4);
    expect(rows.rows[0]!.prevHash).toBe("0".repeat(64));
    for (let i = 1; i < rows.rows.length; i++)
      expect(rows.rows[i]!.prevHash).toBe(rows.rows[i - 1]!.hash);
    expect(await walkAuditChain(db.sql)).toMatchObject({ ok: true, rows: 4 });
  });

  it("chains concurrent writers in id order", async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        db.prisma.$transaction(async (tx) => {
          await recordAudit(tx, {
            actor,
            targetType: "COMMENT",
            targetId: 100 + i,
            action: "approve",
          });
          await recordAuditMany(
            tx,
            [1, 2].map((n) => ({
              actor,
              targetType: "COMMENT" as const,
              targetId: 1000 * i + n,
              action: "flag",
              batchId: `b${i}`,
            })),
          );
        }),
      ),
    );
    const result = await verifyAuditChain(db.sql);
    expect(result).toMatchObject({ ok: true, rows: 4 + 36, firstBadId: null });
  });

  it("ignores hashes a writer supplies itself", async () => {
    const row = await db.prisma.moderationAction.create({
      data: {
        targetType: "COMMENT",
        targetId: "7",
        action: "approve",
        hash: "f".repeat(64),
        prevHash: "e".repeat(64),
      },
    });
    expect(row.hash).not.toBe("f".repeat(64));
    expect((await walkAuditChain(db.sql)).ok).toBe(true);
  });

  it("names the first row changed behind the trigger's back, from the CLI too (exit 1)", async () => {
    const target = (
      await db.sql.query<{ id: number }>(
        `SELECT id FROM "ModerationAction" ORDER BY id OFFSET 5 LIMIT 1`,
      )
    ).rows[0]!.id;
    await tamper(`UPDATE "ModerationAction" SET "reason" = 'nothing to see' WHERE id = $1`, [
      target,
    ]);
    const result = await verifyAuditChain(db.sql);
    expect(result).toMatchObject({ ok: false, firstBadId: target });
    expect(result.message).toContain(`row ${target}`);
    if (url) {
      const cli = await vigil(["audit", "verify"]);
      expect(cli.code).toBe(1);
      expect(cli.stderr).toContain(`row ${target}: its content does not match its hash`);
    }
  });

  it("names the row after a deleted one, and detects a removed tail", async () => {
    const fresh = await openFreshChain();
    try {
      for (let i = 0; i < 5; i++)
        await fresh.prisma.$transaction((tx) =>
          recordAudit(tx, { actor, targetType: "COMMENT", targetId: i, action: "approve" }),
        );
      const ids = (
        await fresh.sql.query<{ id: number }>(`SELECT id FROM "ModerationAction" ORDER BY id`)
      ).rows.map((r) => r.id);
      expect((await verifyAuditChain(fresh.sql)).ok).toBe(true);
      await fresh.sql.transaction(async (tx) => {
        await tx.exec(`SET LOCAL session_replication_role = replica`); // what the probe did
        await tx.query(`DELETE FROM "ModerationAction" WHERE id = $1`, [ids[4]]);
      });
      expect(await walkAuditChain(fresh.sql)).toMatchObject({ ok: false, firstBadId: ids[3] });
      await fresh.sql.transaction(async (tx) => {
        await tx.exec(`SET LOCAL session_replication_role = replica`);
        await tx.query(`DELETE FROM "ModerationAction" WHERE id = $1`, [ids[1]]);
      });
      const result = await walkAuditChain(fresh.sql);
      expect(result).toMatchObject({ ok: false, firstBadId: ids[2] });
      expect(result.message).toMatch(/link to the previous row is broken/);
    } finally {
      await fresh.close();
    }
  });
});

async function openFreshChain(): Promise<TDb> {
  if (!serverUrl) {
    const fresh = await openDb({ kind: "pglite", dataDir: null, display: "test PGlite 2" });
    await applyMigrations(fresh.sql);
    return fresh;
  }
  const name = `${dbName}_b`;
  const freshUrl = await createDatabase(serverUrl, name);
  const fresh = await openDb({ kind: "postgres", url: freshUrl, display: name });
  await applyMigrations(fresh.sql);
  const close = fresh.close;
  fresh.close = async () => {
    await close();
    await dropDatabase(serverUrl, name);
  };
  return fresh;
}

describe.skipIf(!serverUrl)("least-privilege app role", () => {
  it("cannot switch the audit log's guards off, and its writes still chain", async () => {
    const admin = new pg.Client({ connectionString: url! });
    await admin.connect();
    try {
      await admin.query(`DROP ROLE IF EXISTS ${role}`).catch(() => undefined);
      await admin.query(`CREATE ROLE ${role} LOGIN`);
      const { prepareAppRole } = await import("@/lib/db/app-role");
      await prepareAppRole(db, role);
      const appUrl = new URL(url!);
      appUrl.username = role;
      const app = new pg.Client({ connectionString: appUrl.toString() });
      await app.connect();
      try {
        await app.query(
          `INSERT INTO "ModerationAction" ("targetType", "targetId", "action") VALUES ('COMMENT', '1', 'approve')`,
        );
        const refused = async (statement: string) =>
          expect(app.query(statement)).rejects.toThrow(
            /permission denied|must be owner|append-only|moves only/,
          );
        await refused(`SET session_replication_role = replica`);
        await refused(`ALTER TABLE "ModerationAction" DISABLE TRIGGER ALL`);
        await refused(`DROP TRIGGER zz_vigil_audit_chain ON "ModerationAction"`);
        await refused(`UPDATE "ModerationAction" SET "reason" = 'x'`);
        await refused(`UPDATE "AuditChainHead" SET "lastId" = 0`);
        await refused(`CREATE TABLE evil (id int)`);
      } finally {
        await app.end();
      }
      // The app's own handle works as that role: the job queue starts and creates its queues.
      const appDb = await openDb({ kind: "postgres", url: appUrl.toString(), display: role });
      try {
        const { getBoss, stopBoss } = await import("@/lib/jobs/boss");
        await getBoss(appDb);
        await stopBoss(appDb, { graceful: false, timeout: 1000 });
      } finally {
        await appDb.close();
      }
    } finally {
      await admin.end();
    }
  });
});

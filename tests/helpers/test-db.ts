// A fresh, migrated database per test file: a new database on TEST_DATABASE_URL's server when set,
// else an in-memory PGlite.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDb, type TDb } from "@/lib/db/connect";
import { applyMigrations } from "@/lib/db/migrate";

export async function createTestDb(): Promise<TDb> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const db = await openDb({ kind: "pglite", dataDir: null, display: "test PGlite" });
    await applyMigrations(db.sql);
    return db;
  }
  const name = `vigil_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDb({ kind: "postgres", url: url.toString(), display: name });
  await applyMigrations(db.sql);
  const close = db.close;
  db.close = async () => {
    await close();
    const dropper = new pg.Client({ connectionString: serverUrl });
    await dropper.connect();
    await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await dropper.end();
  };
  return db;
}

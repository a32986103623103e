// A fresh, migrated database per test file: a new database on TEST_DATABASE_URL's server when set,
// else an in-memory PGlite.
import { randomBytes } from "node:crypto";
import { openDb, type TDb } from "@/lib/db/connect";
import { applyMigrations } from "@/lib/db/migrate";
import { createDatabase, dropDatabase } from "./databases";

export async function createTestDb(): Promise<TDb> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const db = await openDb({ kind: "pglite", dataDir: null, display: "test PGlite" });
    await applyMigrations(db.sql);
    return db;
  }
  const name = `vigil_test_${randomBytes(6).toString("hex")}`;
  const url = await createDatabase(serverUrl, name);
  const db = await openDb({ kind: "postgres", url, display: name });
  await applyMigrations(db.sql);
  const close = db.close;
  db.close = async () => {
    await close();
    await dropDatabase(serverUrl, name);
  };
  return db;
}

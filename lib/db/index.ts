// The app's one database handle, opened once per process and migrated on first use.
import "server-only";
import { openDb, type TDb } from "./connect";
import { applyMigrationsAsOwner } from "./app-role";

const globalForDb = globalThis as unknown as { vigilDb?: Promise<TDb> };

async function open(): Promise<TDb> {
  const db = await openDb();
  await applyMigrationsAsOwner(db);
  return db;
}

export function getDb(): Promise<TDb> {
  if (!globalForDb.vigilDb) {
    globalForDb.vigilDb = open().catch((error) => {
      globalForDb.vigilDb = undefined; // let the next request retry, e.g. once PostgreSQL is up
      throw error;
    });
  }
  return globalForDb.vigilDb;
}

/** Tests and the CLI inject an already-open database. */
export function setDb(db: TDb): void {
  globalForDb.vigilDb = Promise.resolve(db);
}

export async function prisma() {
  return (await getDb()).prisma;
}

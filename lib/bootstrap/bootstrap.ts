// Prepares a database for the app: migrations, the auth secret, demo accounts and sample content.
import type { TDb } from "@/lib/db/connect";
import { applyMigrationsAsOwner } from "@/lib/db/app-role";
import { loadAuthSecret } from "@/lib/auth/secret";
import { createDemoAccountsIfEmpty, type TDemoAccount } from "./demo-accounts";
import { seedDemoFactChecksIfEmpty, seedTermsIfEmpty } from "./triage-defaults";
import { reapStaleJobs } from "@/lib/jobs/records";
import { loadSampleContentIfEmpty, type TSampleReport } from "./sample-content";

export type TBootstrapReport = {
  migrations: string[];
  demoAccounts: TDemoAccount[];
  sample: TSampleReport | null;
};

export async function bootstrap(
  db: TDb,
  opts: { demo: boolean; seedsDir?: string },
): Promise<TBootstrapReport> {
  const migrations = await applyMigrationsAsOwner(db);
  await loadAuthSecret(db.prisma);
  // One process owns an embedded database, so a job still RUNNING there was cut off by a stop:
  // it goes back to the queue (its checkpoint kept) for the in-process worker.
  if (db.target.kind === "pglite") await reapStaleJobs(db, 0);
  await seedTermsIfEmpty(db);
  if (opts.demo) await seedDemoFactChecksIfEmpty(db);
  const demoAccounts = opts.demo ? await createDemoAccountsIfEmpty(db.prisma) : [];
  const sample = opts.demo ? await loadSampleContentIfEmpty(db, opts.seedsDir) : null;
  return { migrations, demoAccounts, sample };
}

// `vigil db deploy` applies pending migrations; `vigil db migrate --name N` creates one from schema.prisma.
import { parseArgs } from "node:util";
import path from "node:path";
import { UsageError, type TCommand } from "../command";
import { openCliDb } from "../open-db";
import { applyMigrationsAsOwner, prepareAppRole } from "@/lib/db/app-role";

const USAGE = "vigil db deploy | vigil db migrate --name NAME | vigil db grant-app --role ROLE";

export const command: TCommand = {
  name: "db",
  summary: "Apply or create database migrations",
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { name: { type: "string" }, role: { type: "string" } },
    });
    const sub = positionals[0];
    if (sub === "deploy") {
      const db = await openCliDb({ migrate: false });
      try {
        const ran = await applyMigrationsAsOwner(db);
        process.stdout.write(
          ran.length
            ? `applied ${ran.length} migration(s) to ${db.target.display}:\n${ran.map((m) => `  ${m}`).join("\n")}\n`
            : `${db.target.display} is up to date\n`,
        );
        return 0;
      } finally {
        await db.close();
      }
    }
    if (sub === "grant-app") {
      // Run as the owner (DATABASE_URL or VIGIL_MIGRATE_DATABASE_URL = the migration role).
      if (!values.role) throw new UsageError(`--role is required. Usage: ${USAGE}`);
      const db = await openCliDb({ migrate: false });
      try {
        await prepareAppRole(db, values.role);
        process.stdout.write(
          `granted ${values.role} row access (audit log append-only, no DDL) on ${db.target.display}\n`,
        );
        return 0;
      } finally {
        await db.close();
      }
    }
    if (sub === "migrate") {
      if (!values.name) throw new UsageError(`--name is required. Usage: ${USAGE}`);
      const { createMigration } = await import("@/lib/db/create-migration");
      const dir = await createMigration(values.name);
      if (!dir) {
        process.stdout.write("schema.prisma matches the migrations: nothing to create\n");
        return 0;
      }
      process.stdout.write(
        `created ${path.relative(process.cwd(), dir)}/migration.sql\nreview it, then run: npm run db:deploy\n`,
      );
      return 0;
    }
    throw new UsageError(`unknown db command "${sub ?? ""}". Usage: ${USAGE}`);
  },
};

// Creates a new migration by diffing the existing migrations against schema.prisma with Prisma's
// WASM schema engine over an in-memory PGlite shadow database (no engine binary download needed).
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { MIGRATIONS_DIR, readMigrations } from "./migrate";

type TEngine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout?: string | null }>;
};

async function loadSchemaEngine(): Promise<{
  SchemaEngine: { new: (o: unknown, cb: unknown, a: unknown) => Promise<TEngine> };
}> {
  const require = createRequire(import.meta.url);
  const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bindings = await import(path.join(pkgDir, "schema_engine_bg.js"));
  const bytes = await readFile(path.join(pkgDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  return bindings;
}

function timestamp(): string {
  return new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/** Returns the new migration's folder, or null when schema.prisma matches the migrations already. */
export async function createMigration(
  name: string,
  schemaPath = path.join(process.cwd(), "prisma", "schema.prisma"),
): Promise<string | null> {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
  if (!slug) throw new Error("migration name must contain letters or digits");
  const { SchemaEngine } = await loadSchemaEngine();
  const shadow = new PGlite();
  const engine = await SchemaEngine.new(
    { datamodels: [[schemaPath, await readFile(schemaPath, "utf8")]] },
    () => undefined,
    bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(shadow)),
  );
  const migrations = await readMigrations();
  const filters = { externalTables: [], externalEnums: [] };
  const result = await engine.diff({
    from: migrations.length
      ? {
          tag: "migrations",
          baseDir: MIGRATIONS_DIR,
          lockfile: { path: "migration_lock.toml", content: 'provider = "postgresql"\n' },
          shadowDbInitScript: "",
          migrationDirectories: migrations.map((m) => ({
            path: m.name,
            migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
          })),
        }
      : { tag: "empty" },
    to: {
      tag: "schemaDatamodel",
      files: [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }],
    },
    script: true,
    exitCode: true,
    filters,
  });
  await shadow.close();
  const script = (result.stdout ?? "").trim();
  if (result.exitCode === 0 || !script || script === "-- This is an empty migration.") return null;
  const dir = path.join(MIGRATIONS_DIR, `${timestamp()}_${slug}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), script + "\n");
  await writeFile(
    path.join(MIGRATIONS_DIR, "migration_lock.toml"),
    '# Do not edit by hand.\nprovider = "postgresql"\n',
  );
  return dir;
}

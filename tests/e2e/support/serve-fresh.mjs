// Starts `vigil serve` for the e2e run on a fresh database: a new PostgreSQL database when
// E2E_DATABASE_URL names a server, else a new embedded PGlite folder.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const env = { ...process.env };
const serverUrl = process.env.E2E_DATABASE_URL;
if (serverUrl) {
  const url = new URL(serverUrl);
  const name = `vigil_e2e_${process.env.PORT ?? process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
} else {
  const dir = path.join(process.cwd(), ".data", `e2e-${process.env.PORT ?? "default"}`);
  rmSync(dir, { recursive: true, force: true });
  env.VIGIL_PGLITE_DIR = path.join(dir, "pglite");
  delete env.DATABASE_URL;
}
const child = spawn(process.execPath, ["lib/cli/bin.mjs", "serve"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));

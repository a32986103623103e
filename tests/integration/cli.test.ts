import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

async function vigil(args: string[], env: Record<string, string | undefined> = {}) {
  const fullEnv = { ...process.env, ...env } as NodeJS.ProcessEnv;
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete fullEnv[k];
  try {
    const { stdout, stderr } = await run(process.execPath, ["lib/cli/bin.mjs", ...args], {
      env: fullEnv,
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const embedded = () => ({
  DATABASE_URL: undefined,
  VIGIL_PGLITE_DIR: path.join(mkdtempSync(path.join(tmpdir(), "vigil-cli-")), "pglite"),
});

describe("vigil CLI", () => {
  it("lists its commands with --help", async () => {
    const result = await vigil(["--help"]);
    expect(result.code).toBe(0);
    for (const name of ["user", "db", "serve", "parse", "import", "score"])
      expect(result.stdout).toContain(`  ${name}`);
  });

  it("names an unknown command", async () => {
    const result = await vigil(["frobnicate"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "frobnicate"');
  });

  it("adds a user with a role and refuses an unknown role without a stack trace", async () => {
    const env = embedded();
    const ok = await vigil(["user", "add", "--email", "Ada@Example.org", "--role", "editor"], env);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("created editor ada@example.org");
    expect(ok.stdout).toMatch(/password: \S{20,}/);
    const dup = await vigil(["user", "add", "--email", "ada@example.org", "--role", "admin"], env);
    expect(dup.code).toBe(2);
    expect(dup.stderr).toContain("already exists");
    const bad = await vigil(["user", "add", "--email", "bob@example.org", "--role", "owner"], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--role must be one of admin, editor, moderator (got "owner")');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it("explains a malformed DATABASE_URL", async () => {
    const result = await vigil(["db", "deploy"], { DATABASE_URL: "postgres//nope" });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("DATABASE_URL is not a valid connection string");
  });

  it("explains a database that is down", async () => {
    const result = await vigil(["db", "deploy"], {
      DATABASE_URL: "postgresql://postgres@127.0.0.1:1/vigil",
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /cannot reach the database at postgresql:\/\/postgres@127\.0\.0\.1:1\/vigil \(ECONNREFUSED\)/,
    );
  });

  it("applies migrations once with db deploy", async () => {
    const env = embedded();
    expect((await vigil(["db", "deploy"], env)).stdout).toMatch(/applied \d+ migration/);
    expect((await vigil(["db", "deploy"], env)).stdout).toContain("is up to date");
  }, 60_000);
});

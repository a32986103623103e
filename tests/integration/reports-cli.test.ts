// `vigil export` end to end: a real process against an embedded database holding the fixture,
// streaming to stdout and to a file; bad arguments give one clear line and exit code 2.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { openDb } from "@/lib/db/connect";
import { applyMigrations } from "@/lib/db/migrate";
import { loadReportsFixture, type TFixture } from "./reports-fixture";

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), "vigil-export-"));
const env = { ...process.env, VIGIL_PGLITE_DIR: path.join(dir, "pglite") } as NodeJS.ProcessEnv;
delete env.DATABASE_URL;
let fx: TFixture;

async function vigil(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ["lib/cli/bin.mjs", "export", ...args], {
      env,
      timeout: 60_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  const db = await openDb({ kind: "pglite", dataDir: env.VIGIL_PGLITE_DIR!, display: "cli test" });
  await applyMigrations(db.sql);
  fx = await loadReportsFixture(db);
  await db.close();
}, 120_000);
afterAll(() => undefined);

describe("vigil export", () => {
  it("streams actions as CSV to stdout", async () => {
    const r = await vigil(["--from", "2026-03-01", "--to", "2026-03-03", "--format", "csv"]);
    expect(r.code).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(9); // 8 comment decisions and undos + 1 role change
    expect(r.stderr).toContain("exported 9 actions (2026-03-01 to 2026-03-03) as csv");
  }, 60_000);

  it("writes filtered comments as NDJSON to a file", async () => {
    const file = path.join(dir, "out.ndjson");
    const r = await vigil([
      "--from",
      "2026-03-01",
      "--to",
      "2026-03-03",
      "--format",
      "ndjson",
      "--what",
      "comments",
      "--harm",
      "hate",
      "--output",
      file,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const lines = readFileSync(file, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    // hate in flaggedHarms (c1, c2, c5, c7) or flagged HATE by a moderator (c3)
    expect(lines.map((l) => l.id).sort((a, b) => a - b)).toEqual(
      [fx.c.c1, fx.c.c2, fx.c.c3, fx.c.c5, fx.c.c7].sort((a, b) => a - b),
    );
  }, 60_000);

  it("explains bad arguments in one line", async () => {
    const cases: Array<[string[], string]> = [
      [["--to", "2026-03-03", "--format", "csv"], "--from is required"],
      [
        ["--from", "2026-02-30", "--to", "2026-03-03", "--format", "csv"],
        '--from must be a date as YYYY-MM-DD (got "2026-02-30")',
      ],
      [
        ["--from", "2026-03-05", "--to", "2026-03-03", "--format", "csv"],
        "--from (2026-03-05) is after --to (2026-03-03)",
      ],
      [
        ["--from", "2026-03-01", "--to", "2026-03-03", "--format", "xlsx"],
        '--format must be csv or ndjson (got "xlsx")',
      ],
      [
        ["--from", "2026-03-01", "--to", "2026-03-03", "--format", "csv", "--what", "users"],
        '--what must be actions or comments (got "users")',
      ],
      [
        ["--from", "2026-03-01", "--to", "2026-03-03", "--format", "csv", "--bogus"],
        "Unknown option '--bogus'",
      ],
    ];
    for (const [args, message] of cases) {
      const r = await vigil(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  }, 120_000);
});

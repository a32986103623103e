// `vigil train` and friends on a checkout without ../shared/data (a fresh clone): one clear line
// naming what is missing, never a stack trace. The project is linked into a temporary folder so
// that ../shared/data does not exist beside it.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = process.cwd();
let base: string;
let clone: string;

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), "vigil-no-data-"));
  clone = path.join(base, "main");
  mkdirSync(clone);
  for (const entry of ["lib", "node_modules", "prisma", "seeds", "package.json", "tsconfig.json"])
    symlinkSync(path.join(ROOT, entry), path.join(clone, entry));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

function vigil(args: string[], cwd = clone) {
  const r = spawnSync(process.execPath, [path.join(ROOT, "lib/cli/bin.mjs"), ...args], {
    cwd,
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, VIGIL_PGLITE_DIR: "memory://", DATABASE_URL: "" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("vigil train without ../shared/data", () => {
  it("--from-decisions db on a database with no decisions says there is nothing to learn yet", () => {
    const r = vigil(["train", "--from-decisions", "db"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/no moderator decisions yet/);
    expect(r.stderr).not.toMatch(/--from-decisions FILE/);
  }, 120_000);

  it("an empty decisions file is named as empty", () => {
    writeFileSync(path.join(base, "none.jsonl"), "");
    const r = vigil(["train", "--from-decisions", path.join(base, "none.jsonl")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/none\.jsonl holds no decisions/);
  });

  it("eval names the missing folder", () => {
    const r = vigil(["eval"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/data folder not found: .*shared\/data/);
  });
});

describe("vigil outside the project folder", () => {
  it("says where to run it instead of a module-resolution stack trace", () => {
    const r = vigil(["score", "--fast"], base);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `vigil: run it from the Vigil project folder: cd ${ROOT} && npx vigil score --fast\n`,
    );
  });
});

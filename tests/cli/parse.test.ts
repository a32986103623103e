// `vigil parse` as a user runs it: JSON on stdout, exit codes per the DESIGN.md contract.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

async function vigil(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run("node", ["lib/cli/bin.mjs", ...args], {
      cwd: ROOT,
      maxBuffer: 10 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("vigil parse", () => {
  it("prints the parse result of a seed page as JSON", async () => {
    const { code, stdout } = await vigil("parse", "seeds/004_90cc901d1f5fcac3.txt");
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(["format", "articles", "warnings", "errors"]);
    expect(result.format).toBe("text");
    expect(result.errors).toEqual([]);
    const [article] = result.articles;
    expect(Object.keys(article)).toEqual([
      "title",
      "url",
      "source",
      "publishedAt",
      "body",
      "comments",
    ]);
    expect(article.title).toBe(
      "Syrian Army Kicks Off Large-Scale Security Operation Against ISIS In Homs Desert",
    );
    expect(article.comments).toHaveLength(14);
    expect(Object.keys(article.comments[0])).toEqual([
      "externalId",
      "author",
      "replyTo",
      "parentExternalId",
      "postedAt",
      "body",
    ]);
    expect(article.comments[1]).toMatchObject({
      author: "Al Balog",
      replyTo: null,
      postedAt: null,
    });
    expect(
      result.warnings.every(
        (w: { where: unknown; message: unknown }) =>
          typeof w.where === "string" && typeof w.message === "string",
      ),
    ).toBe(true);
  }, 30_000);

  it("honours --format and exits 0 when only some records fail", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "vigil-parse-"));
    const file = path.join(dir, "comments.txt");
    writeFileSync(file, '{"articleUrl":"u","body":"ok"}\n{"articleUrl":"u","body":7}\n');
    const { code, stdout } = await vigil("parse", file, "--format", "jsonl");
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.format).toBe("jsonl");
    expect(result.errors).toEqual([
      { where: "line 2", message: "body: Invalid input: expected string, received number" },
    ]);
  }, 30_000);

  it.each([
    ["a missing file", ["parse", "no/such/file.txt"], /no such file/],
    ["a directory", ["parse", "seeds"], /is a directory/],
    ["an empty file", ["parse", "EMPTY"], /is empty/],
  ])(
    "exits non-zero with one line on stderr for %s",
    async (_name, args, message) => {
      if (args[1] === "EMPTY") {
        const dir = mkdtempSync(path.join(tmpdir(), "vigil-parse-"));
        args = ["parse", path.join(dir, "empty.csv")];
        writeFileSync(args[1], "");
      }
      const { code, stdout, stderr } = await vigil(...args);
      expect(code).not.toBe(0);
      expect(stdout).toBe("");
      expect(stderr.trim().split("\n")).toHaveLength(1);
      expect(stderr).toMatch(message);
    },
    30_000,
  );

  it("rejects an unknown --format as a usage error", async () => {
    const { code, stderr } = await vigil(
      "parse",
      "seeds/000_29266f679b1960d9.txt",
      "--format",
      "xml",
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown --format "xml"/);
  }, 30_000);
});

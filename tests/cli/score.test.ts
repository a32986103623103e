import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const BIN = path.resolve("lib/cli/bin.mjs");

function runScore(stdin: string, args: string[] = []) {
  const r = spawnSync(process.execPath, [BIN, "score", ...args], {
    input: stdin,
    encoding: "utf8",
    timeout: 60_000,
  });
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    lines: r.stdout
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l)),
  };
}

describe("vigil score (JSONL contract)", () => {
  it("writes one line per non-blank input line, in order, and carries on after bad lines", () => {
    const input = [
      JSON.stringify({ id: "c1", text: "Muslims are vermin", context: { title: "War news" } }),
      "{not json",
      JSON.stringify({ id: "c3" }),
      "",
      JSON.stringify({ id: 4, text: 17 }),
      JSON.stringify({ text: "no id here" }),
      JSON.stringify({ id: "c6", text: "The army moved north along the river." }),
    ].join("\n");
    const { code, lines } = runScore(input + "\n");
    expect(code).toBe(0);
    expect(lines.map((l) => l.id)).toEqual(["c1", null, "c3", 4, null, "c6"]);
    expect(lines[1].error).toMatch(/invalid JSON/);
    expect(lines[2].error).toMatch(/text/);
    expect(lines[3].error).toMatch(/text/);
    expect(lines[4].error).toMatch(/id/);
    const good = lines[0];
    expect(Object.keys(good)).toEqual(["id", "scores", "flagged", "spans", "claims"]);
    expect(Object.keys(good.scores)).toEqual([
      "hate",
      "harassment",
      "threat",
      "profanity",
      "extremism",
      "misinformation",
    ]);
    expect(good.flagged).toContain("hate");
    for (const v of Object.values(good.scores) as number[])
      expect(Math.round(v * 1000) / 1000).toBe(v);
    const span = good.spans.find((s: { category: string }) => s.category === "hate");
    expect("Muslims are vermin".slice(span.start, span.end)).toBe("Muslims are vermin");
    expect(lines[5].flagged).toEqual([]);
  });

  it("reads --input and writes --output files", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "vigil-score-"));
    const input = path.join(dir, "in.jsonl");
    const output = path.join(dir, "out.jsonl");
    writeFileSync(
      input,
      `${JSON.stringify({ id: "a", text: "you imbecile" })}\n${JSON.stringify({ id: "b", text: "lovely day" })}\n`,
    );
    const r = runScore("", ["--input", input, "--output", output]);
    expect(r.code).toBe(0);
    const out = readFileSync(output, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out.map((l) => l.id)).toEqual(["a", "b"]);
    expect(out[0].flagged).toContain("harassment");
  });

  it("rejects unknown options and a missing input file with a usage error", () => {
    expect(runScore("", ["--nope"]).code).toBe(2);
    const missing = runScore("", ["--input", "/no/such/file.jsonl"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/not found/);
  });
});

describe("vigil train / eval usage", () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 60_000 });

  it("eval says clearly when the data folder is missing", () => {
    const r = run(["eval", "/no/such/data", "--no-write"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/data folder not found/);
  });

  it("train rejects a missing data folder and a bad epoch count", () => {
    expect(run(["train", "--data", "/no/such/data"]).stderr).toMatch(/not found/);
    expect(run(["train", "--epochs", "0", "--data", "."]).status).toBe(2);
  });
});

describe("vigil score --factchecks", () => {
  it("suggests matching fact-checks and counts them as misinformation", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "vigil-claims-"));
    const claims = path.join(dir, "claims.jsonl");
    writeFileSync(
      claims,
      [
        JSON.stringify({
          id: "f1",
          claim: "The moon landing footage was filmed in a studio",
          verdict: "false",
          url: "https://example.org/f1",
        }),
        JSON.stringify({
          id: "f2",
          claim: "Drinking seawater cures the flu",
          verdict: "false",
          url: "https://example.org/f2",
        }),
      ].join("\n"),
    );
    const r = runScore(
      `${JSON.stringify({ id: "a", text: "the moon landing footage was filmed in a studio, everyone knows" })}\n${JSON.stringify({ id: "b", text: "the army took the hill" })}\n`,
      ["--factchecks", claims],
    );
    expect(r.code).toBe(0);
    expect(r.lines[0].claims[0].id).toBe("f1");
    expect(r.lines[0].flagged).toContain("misinformation");
    expect(r.lines[1].claims).toEqual([]);
  });
});

// Fact-check libraries as they come: no verdicts, CheckThat's TSV shape, thousands of bad rows,
// ClaimReview markup; through the loaders and through `vigil score --factchecks` (real process).
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadLibrary, summarizeLoadErrors } from "@/lib/triage/factcheck/load-library";

const FIXTURES = path.resolve("tests/fixtures/factchecks");
const BIN = path.resolve("lib/cli/bin.mjs");
const load = (name: string) => loadLibrary(name, readFileSync(path.join(FIXTURES, name), "utf8"));

describe("fact-check libraries as they come", () => {
  it("loads a library without verdicts, every record as unrated", () => {
    const { format, result } = load("no-verdicts.jsonl");
    expect(format).toBe("jsonl");
    expect(result.errors).toEqual([]);
    expect(result.claims.map((c) => [c.id, c.verdict])).toEqual([
      ["nv-1", "unrated"],
      ["nv-2", "unrated"],
      ["nv-3", "unrated"],
    ]);
    expect(result.claims[1].title).toBe("Do carrots give you night vision?");
  });

  it("reads CheckThat's verified_claims TSV shape (unnamed id column, no verdict)", () => {
    const { format, result } = load("checkthat-shape.tsv");
    expect(format).toBe("csv");
    expect(result.errors).toEqual([]);
    expect(result.claims.map((c) => [c.id, c.verdict, c.title])).toEqual([
      ["0", "unrated", "Is the bridge turning purple?"],
      ["1", "unrated", "Night vision from carrots?"],
    ]);
  });

  it("keeps the good records of a file with thousands of bad ones and reports each bad one's line", () => {
    const { result } = load("many-bad-rows.jsonl");
    expect(result.claims.map((c) => [c.id, c.verdict])).toEqual([
      ["ok-1", "false"],
      ["ok-2", "false"],
    ]);
    expect(result.errors).toHaveLength(2500);
    expect(result.errors.slice(0, 4)).toEqual([
      { where: "line 2", message: "not valid JSON" },
      { where: "line 3", message: expect.stringMatching(/claim/) },
      { where: "line 4", message: expect.stringMatching(/url/) },
      { where: "line 5", message: "expected a JSON object" },
    ]);
    const { listed, more } = summarizeLoadErrors(result.errors);
    expect(listed).toHaveLength(20);
    expect(more).toBe(2480);
  });

  it("loads a ClaimReview file: rated, unrated, and a review without a claim reported by its path", () => {
    const { format, result } = load("claim-review.json");
    expect(format).toBe("claimreview");
    expect(result.claims.map((c) => [c.id, c.verdict, c.publisher])).toEqual([
      ["https://example.org/review/a", "misleading", "Example Checks"],
      ["https://example.org/review/b", "unrated", "Example Checks"],
    ]);
    expect(result.errors).toEqual([{ where: "$.@graph[2]", message: expect.stringMatching(/claim/) }]);
  });
});

function score(stdin: string, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, "score", ...args], { input: stdin, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stderr: r.stderr, lines: r.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l)) };
}

describe("vigil score with real libraries", () => {
  it("prints the first 20 bad records of a library and a count, not thousands of lines", () => {
    const r = score(JSON.stringify({ id: "c1", text: "Drinking cold water after meals causes heart attacks, my aunt says." }) + "\n", [
      "--fast",
      "--factchecks",
      path.join(FIXTURES, "many-bad-rows.jsonl"),
    ]);
    expect(r.code).toBe(0);
    const libraryLines = r.stderr.split("\n").filter((l) => l.includes("many-bad-rows.jsonl"));
    expect(libraryLines.length).toBeLessThanOrEqual(23);
    expect(r.stderr).toMatch(/line 2: not valid JSON/);
    expect(r.stderr).toMatch(/2480 more bad records skipped/);
    expect(r.stderr).toMatch(/2 fact-checks loaded/);
    expect(r.lines[0].claims[0]).toEqual({ id: "ok-1", score: expect.any(Number), suggested: true });
  });

  it("lists up to five candidates, best first, each {id, score, suggested}, from an unrated library", () => {
    const r = score(
      [
        JSON.stringify({ id: "a", text: "Apparently eating carrots every day means you can see in complete darkness!" }),
        JSON.stringify({ id: "b", text: "The weather was lovely at the lake this weekend." }),
      ].join("\n") + "\n",
      ["--fast", "--factchecks", path.join(FIXTURES, "no-verdicts.jsonl")],
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/3 without a verdict \(unrated\)/);
    const [a, b] = r.lines;
    expect(a.claims[0]).toMatchObject({ id: "nv-2", suggested: true });
    expect(a.claims.length).toBeLessThanOrEqual(5);
    for (const c of a.claims) expect(Object.keys(c)).toEqual(["id", "score", "suggested"]);
    expect(a.claims.map((c: { score: number }) => c.score)).toEqual([...a.claims.map((c: { score: number }) => c.score)].sort((x, y) => y - x));
    expect(b.claims.every((c: { suggested: boolean }) => !c.suggested)).toBe(true);
  });
});

describe("vigil score, both stages, on awkward input", () => {
  it("yields one line per input line, in order, for bad JSON, empty, 1 MB, non-English and emoji-only texts", () => {
    const long = "The moon landing footage was filmed in a studio. ".repeat(21_000);
    const input = [
      "{oops",
      JSON.stringify({ id: "empty", text: "" }),
      JSON.stringify({ id: "long", text: long }),
      JSON.stringify({ id: "german", text: "Die Mondlandung wurde in einem Studio gefilmt, das weiß doch jeder." }),
      JSON.stringify({ id: "emoji", text: "🔥🔥🔥😂👍" }),
      JSON.stringify({ id: "moon", text: "they faked it: the moon landing footage was filmed in a film studio" }),
    ].join("\n");
    expect(long.length).toBeGreaterThan(1_000_000);
    const r = score(input + "\n", ["--factchecks", path.join(FIXTURES, "claims-small.jsonl")]);
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => l.id)).toEqual([null, "empty", "long", "german", "emoji", "moon"]);
    expect(r.lines[0].error).toMatch(/invalid JSON/);
    for (const l of r.lines.slice(1)) expect(Object.keys(l)).toEqual(["id", "scores", "flagged", "spans", "claims"]);
    expect(r.lines[1].claims).toEqual([]);
    expect(r.lines[4].claims).toEqual([]);
    expect(r.lines[5].claims[0]).toMatchObject({ id: "moon", suggested: true });
    expect(r.lines[5].flagged).toContain("misinformation");
  }, 180_000);
});

// `vigil score --factchecks` with fact-check libraries as they come (a real process): bad records
// reported briefly, candidates from an unrated library, and awkward input lines.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import path from "node:path";

const FIXTURES = path.resolve("tests/fixtures/factchecks");
const BIN = path.resolve("lib/cli/bin.mjs");

function score(stdin: string, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, "score", ...args], {
    input: stdin,
    encoding: "utf8",
    timeout: 120_000,
  });
  return {
    code: r.status,
    stderr: r.stderr,
    lines: r.stdout
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l)),
  };
}

describe("vigil score with real libraries", () => {
  it("prints the first 20 bad records of a library and a count, not thousands of lines", () => {
    const r = score(
      JSON.stringify({
        id: "c1",
        text: "Drinking cold water after meals causes heart attacks, my aunt says.",
      }) + "\n",
      ["--fast", "--factchecks", path.join(FIXTURES, "many-bad-rows.jsonl")],
    );
    expect(r.code).toBe(0);
    const libraryLines = r.stderr.split("\n").filter((l) => l.includes("many-bad-rows.jsonl"));
    expect(libraryLines.length).toBeLessThanOrEqual(23);
    expect(r.stderr).toMatch(/line 2: not valid JSON/);
    expect(r.stderr).toMatch(/2480 more bad records skipped/);
    expect(r.stderr).toMatch(/2 fact-checks loaded/);
    expect(r.lines[0].claims[0]).toEqual({
      id: "ok-1",
      score: expect.any(Number),
      suggested: true,
    });
  });

  it("lists up to five candidates, best first, each {id, score, suggested}, from an unrated library", () => {
    const r = score(
      [
        JSON.stringify({
          id: "a",
          text: "Apparently eating carrots every day means you can see in complete darkness!",
        }),
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
    expect(a.claims.map((c: { score: number }) => c.score)).toEqual(
      [...a.claims.map((c: { score: number }) => c.score)].sort((x, y) => y - x),
    );
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
      JSON.stringify({
        id: "german",
        text: "Die Mondlandung wurde in einem Studio gefilmt, das weiß doch jeder.",
      }),
      JSON.stringify({ id: "emoji", text: "🔥🔥🔥😂👍" }),
      JSON.stringify({
        id: "moon",
        text: "they faked it: the moon landing footage was filmed in a film studio",
      }),
    ].join("\n");
    expect(long.length).toBeGreaterThan(1_000_000);
    const r = score(input + "\n", ["--factchecks", path.join(FIXTURES, "claims-small.jsonl")]);
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => l.id)).toEqual([null, "empty", "long", "german", "emoji", "moon"]);
    expect(r.lines[0].error).toMatch(/invalid JSON/);
    for (const l of r.lines.slice(1))
      expect(Object.keys(l)).toEqual(["id", "scores", "flagged", "spans", "claims"]);
    expect(r.lines[1].claims).toEqual([]);
    expect(r.lines[4].claims).toEqual([]);
    expect(r.lines[5].claims[0]).toMatchObject({ id: "moon", suggested: true });
    expect(r.lines[5].flagged).toContain("misinformation");
  }, 180_000);
});

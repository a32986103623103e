// Fact-check libraries as they come: no verdicts, CheckThat's TSV shape, thousands of bad rows,
// ClaimReview markup, through the loaders (the `vigil score --factchecks` process: tests/cli/score-factchecks.test.ts).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadLibrary, summarizeLoadErrors } from "@/lib/triage/factcheck/load-library";

const FIXTURES = path.resolve("tests/fixtures/factchecks");
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
    expect(result.errors).toEqual([
      { where: "$.@graph[2]", message: expect.stringMatching(/claim/) },
    ]);
  });
});

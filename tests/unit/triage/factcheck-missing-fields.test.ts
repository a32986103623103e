// A fact-check record that lacks a required field says which one, in words a librarian reads
// ("claim is missing"), in every loader the CLI and the admin import share.
import { describe, expect, it } from "vitest";
import { loadFactChecksCsv, loadFactChecksJsonl } from "@/lib/triage/factcheck";
import { ZFactCheck, describeIssues } from "@/lib/triage/factcheck/schemas";

const messageOf = (record: unknown) => {
  const parsed = ZFactCheck.safeParse(record);
  if (parsed.success) throw new Error("expected a rejection");
  return describeIssues(parsed.error);
};

describe("fact-check records with a required field missing", () => {
  it("names the missing field without zod's type jargon", () => {
    expect(messageOf({ id: "a", verdict: "false" })).toBe("claim is missing");
    expect(messageOf({ id: "a", claim: null })).toBe("claim is missing");
    expect(messageOf({ claim: "The moon landing was staged" })).toBe("id is missing");
    expect(messageOf({ id: "a", claim: 42 })).toBe("claim must be text, not number");
    expect(messageOf({ id: "a", claim: "ok" })).toBe("claim is empty or too short");
    expect(messageOf({ id: "a", claim: "The moon landing was staged", url: "nope" })).toMatch(
      /^url: /,
    );
  });

  it("reports it with its place in a JSONL library", () => {
    const { claims, errors } = loadFactChecksJsonl(
      [
        '{"id":"f1","claim":"The moon landing was staged","verdict":"false"}',
        '{"id":"f2","verdict":"false"}',
      ].join("\n"),
    );
    expect(claims.map((c) => c.id)).toEqual(["f1"]);
    expect(errors).toEqual([{ where: "line 2", message: "claim is missing" }]);
  });

  it("keeps CSV rows with an empty claim cell reported", () => {
    const { errors } = loadFactChecksCsv("id,claim,verdict\nf1,,false\n");
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/^claim /);
  });
});

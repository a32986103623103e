import { describe, expect, it } from "vitest";
import { ZTermEntry, parseTermEntries } from "@/lib/triage/terms/schema";
import { createTermsAnalyzer } from "@/lib/triage/terms/analyzer";
import defaultTerms from "@/lib/triage/terms/default-terms.json";

describe("term entries (admin-editable data)", () => {
  it("accepts the shipped list, with unique (harm, pattern) pairs as the database requires", () => {
    const entries = parseTermEntries(defaultTerms);
    const keys = entries.map((e) => `${e.harm}\u0000${e.pattern}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(createTermsAnalyzer(entries).errors).toEqual([]);
  });

  it("refuses bad entries with a reason", () => {
    const bad = [
      { harm: "hate", pattern: "([a-z", kind: "regex", weight: 0.5, reason: "x" },
      { harm: "hate", pattern: "never trust {idnetity}", kind: "phrase", weight: 0.5, reason: "x" },
      { harm: "hate", pattern: "two words", kind: "word", weight: 0.5, reason: "x" },
      { harm: "hate", pattern: "ab*", kind: "word", weight: 0.5, reason: "x" },
      { harm: "spam", pattern: "buy", kind: "word", weight: 0.5, reason: "x" },
      { harm: "hate", pattern: "x", kind: "word", weight: 1.5, reason: "x" },
    ];
    for (const entry of bad)
      expect(ZTermEntry.safeParse(entry).success, JSON.stringify(entry)).toBe(false);
  });

  it("lets an admin add a phrase with a slot and a regex, and skips disabled entries", () => {
    const analyzer = createTermsAnalyzer([
      {
        harm: "hate",
        pattern: "{identity} ... go home",
        kind: "phrase",
        weight: 0.7,
        reason: "exclusion",
      },
      {
        harm: "misinformation",
        pattern: "\\bmoon\\s+is\\s+fake\\b",
        kind: "regex",
        weight: 0.6,
        reason: "hoax",
      },
      {
        harm: "profanity",
        pattern: "heck",
        kind: "word",
        weight: 0.9,
        reason: "mild",
        enabled: false,
      },
    ]);
    expect(analyzer.analyze({ text: "Kurds should all go home" }).scores.hate).toBeCloseTo(0.7);
    const r = analyzer.analyze({ text: "The MOON is FAKE!" });
    expect(r.scores.misinformation).toBeCloseTo(0.6);
    expect(r.spans[0]).toMatchObject({
      start: 4,
      end: 16,
      category: "misinformation",
      reason: "hoax",
    });
    expect(analyzer.analyze({ text: "heck" }).scores.profanity).toBe(0);
  });

  it("changes its version when the term list changes", () => {
    const a = createTermsAnalyzer([
      { harm: "profanity", pattern: "heck", kind: "word", weight: 0.4, reason: "mild" },
    ]);
    const b = createTermsAnalyzer([
      { harm: "profanity", pattern: "heck", kind: "word", weight: 0.5, reason: "mild" },
    ]);
    expect(a.version).not.toBe(b.version);
  });
});

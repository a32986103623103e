// Claim matching: the matcher suggests the claim a comment repeats and stays quiet on ordinary war
// reporting (the loaders are tested in factcheck-loaders.test.ts).

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  createClaimMatcher,
  DEFAULT_MATCH_THRESHOLD,
  loadDemoLibrary,
  type TClaimDocument,
} from "@/lib/triage/factcheck";
import { evaluateClef } from "@/lib/triage/factcheck/clef-eval";
import { averagePrecisionAt5 } from "@/lib/triage/factcheck/ranker-training";
import { mulberry32 } from "@/lib/triage/text/random";

const LIBRARY: TClaimDocument[] = [
  { id: "isis-us", claim: "ISIS was created by the United States." },
  { id: "israel-arms", claim: "Israel arms and funds ISIS fighters." },
  { id: "opcw", claim: "The OPCW fabricated its Douma chemical weapons report." },
  { id: "oil", claim: "US troops are stealing Syrian oil." },
  { id: "vaccine", claim: "The measles vaccine causes autism." },
];

describe("createClaimMatcher", () => {
  const matcher = createClaimMatcher(LIBRARY);

  it("matches across aliases: a 'Daesh' comment finds the 'ISIS' claim", () => {
    const [top] = matcher.match("Daesh was created by America, everybody knows it");
    expect(top.id).toBe("isis-us");
    expect(top.score).toBeGreaterThanOrEqual(DEFAULT_MATCH_THRESHOLD);
    expect(matcher.rank("Daesh is an American creation", 3)[0].id).toBe("isis-us");
  });

  it("returns only claims at or above the threshold, best first, scores in [0, 1]", () => {
    const matches = matcher.match(
      "The chemical weapons watchdog faked its Douma report, and US troops steal Syrian oil.",
    );
    expect(matches.map((m) => m.id)).toEqual(expect.arrayContaining(["opcw", "oil"]));
    for (const m of matches) expect(m.score).toBeGreaterThanOrEqual(DEFAULT_MATCH_THRESHOLD);
    expect(matches.map((m) => m.score)).toEqual(
      [...matches.map((m) => m.score)].sort((a, b) => b - a),
    );
    expect(
      matcher.match(
        "The chemical weapons watchdog faked its Douma report, and US troops steal Syrian oil.",
        1,
      ),
    ).toHaveLength(1);
  });

  it("a higher threshold suggests less", () => {
    const text = "Israel funds the fighters";
    const loose = createClaimMatcher(LIBRARY, { threshold: 0.1 }).match(text);
    const strict = createClaimMatcher(LIBRARY, { threshold: 0.95 }).match(text);
    expect(loose.map((m) => m.id)).toContain("israel-arms");
    expect(strict).toEqual([]);
  });

  it("does not suggest a claim for a comment that only shares its topic or actors", () => {
    expect(matcher.match("The US bombed ISIS positions near Raqqa last night.")).toEqual([]);
    expect(matcher.match("Israel struck targets near Damascus again.")).toEqual([]);
    expect(matcher.match("Oil prices went up this week.")).toEqual([]);
  });

  it("needs the claim in one passage, not its words scattered over a long comment", () => {
    const filler =
      "the army moved forward and took the hills near the river while the weather stayed cold ";
    const scattered = `Israel ${filler.repeat(3)} funds ${filler.repeat(3)} fighters ${filler.repeat(3)} arms`;
    expect(matcher.match(scattered).map((m) => m.id)).not.toContain("israel-arms");
    expect(
      matcher.match(
        `${filler.repeat(5)} Israel arms and funds ISIS fighters. ${filler.repeat(5)}`,
      )[0].id,
    ).toBe("israel-arms");
  });

  it("ranks every claim sharing a word with the text, with no threshold", () => {
    const ranked = matcher.rank("vaccine autism measles", 10);
    expect(ranked[0].id).toBe("vaccine");
    expect(ranked.map((r) => r.fused)).toEqual(
      [...ranked.map((r) => r.fused)].sort((a, b) => b - a),
    );
  });

  it("handles an empty library and empty text", () => {
    expect(createClaimMatcher([]).match("anything")).toEqual([]);
    expect(createClaimMatcher([]).rank("anything", 5)).toEqual([]);
    expect(matcher.match("")).toEqual([]);
    expect(matcher.rank("!!!", 5)).toEqual([]);
  });

  it("always returns well-formed suggestions, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 1, max: 6 }), (text, limit) => {
        const matches = matcher.match(text, limit);
        expect(matches.length).toBeLessThanOrEqual(limit);
        expect(new Set(matches.map((m) => m.id)).size).toBe(matches.length);
        for (const m of matches)
          expect(m.score >= DEFAULT_MATCH_THRESHOLD && m.score <= 1).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("demo library against seed-like comments", () => {
  const { claims, errors } = loadDemoLibrary();
  const matcher = createClaimMatcher(claims);

  it("loads cleanly and is clearly marked as a demo", () => {
    expect(errors).toEqual([]);
    expect(claims.length).toBeGreaterThanOrEqual(12);
    expect(claims.length).toBeLessThanOrEqual(20);
    for (const c of claims) {
      expect(c.url).toMatch(/^https:\/\/example\.org\/factchecks\//);
      expect(c.publisher).toBe("Vigil demo library");
    }
  });

  it.each([
    ["ISIS = America.", "demo-isis-us-creation"],
    ["Daesh was created by America, everybody knows it", "demo-isis-us-creation"],
    [
      "Face it: the USA and Israel are helping ISIS, that is why the SAA fights them alone.",
      "demo-us-israel-help-isis",
    ],
    [
      "Funny how ISIS never attacks Israel. Never. Ask yourself why.",
      "demo-isis-never-attacks-israel",
    ],
    [
      "The Americans are stealing Syrian oil now that the Russians bombed the ISIS oil trucks.",
      "demo-us-steals-syrian-oil",
    ],
    [
      "The OPCW fabricated the chemical weapons report to frame Assad, like last time.",
      "demo-opcw-fabricated-report",
    ],
    [
      "The Islamic State was a real state: it collected taxes, paid salaries and ended corruption.",
      "demo-islamic-state-real-state",
    ],
    [
      "Turkey, NATO and Israel keep giving air support to ISIS whenever the SAA advances.",
      "demo-nato-air-support-isis",
    ],
    [
      "The US base at al-Tanf keeps sending ISIS fighters into the Syrian desert.",
      "demo-us-tanf-sends-isis",
    ],
    ["Leaked documents show the OPCW doctored the Douma investigation.", "demo-opcw-douma-leaks"],
  ])("%s → %s", (comment, id) => {
    const [top] = matcher.match(comment);
    expect(top?.id).toBe(id);
  });

  it.each([
    "The army retook the hill near T2 and is pushing towards Deir Ezzor.",
    "ISIS lost most of its positions around Palmyra after the counter offensive.",
    "Government troops need air cover from Russian jets before they attack Deir Ezzor.",
    "US-backed SDF fighters captured a village from ISIS near Raqqa this morning.",
    "The Tiger Forces deployed reinforcements and recaptured the lost villages.",
    "Can't open the map in Chrome, anyone else?",
    "The OPCW inspectors arrived in Douma today.",
    "American troops are still stationed at the al-Tanf garrison.",
  ])("ordinary discussion gets no suggestion: %s", (comment) => {
    expect(matcher.match(comment)).toEqual([]);
  });
});

describe("matching at library scale", () => {
  // A synthetic library the size of CLEF 2020's (10,375 claims) from a small made-up vocabulary.
  const words = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x`);
  // A deterministic generator with a period far beyond what the test draws.
  const next = mulberry32(7);
  const sentence = (length: number) =>
    Array.from({ length }, () => words[Math.floor(next() * words.length)]).join(" ");
  const library = Array.from({ length: 10_375 }, (_, i) => ({
    id: `c${i}`,
    claim: sentence(8 + (i % 10)),
  }));
  const matcher = createClaimMatcher(library);

  it("finds a planted claim inside long comments and keeps query cost bounded", () => {
    for (let i = 0; i < 300; i++) {
      const target = library[(i * 37) % library.length];
      const comment = `${sentence(40)} ${target.claim} ${sentence(40)}`;
      expect(matcher.match(comment, 3)[0]?.id).toBe(target.id);
    }
    // 5,000 words: only the rarest maxQueryTerms count, and the call still returns sane results.
    for (const m of matcher.match(sentence(5000), 5)) expect(m.score).toBeLessThanOrEqual(1);
  });
});

describe("CLEF evaluation helpers", () => {
  it("computes the CLEF scorer's average precision at 5", () => {
    expect(averagePrecisionAt5(["a", "b"], new Set(["a"]))).toBe(1);
    expect(averagePrecisionAt5(["x", "a"], new Set(["a"]))).toBe(0.5);
    expect(averagePrecisionAt5(["x", "a", "y", "b"], new Set(["a", "b"]))).toBe(
      (1 / 2 + 2 / 4) / 2,
    );
    expect(averagePrecisionAt5(["1", "2", "3", "4", "5", "a"], new Set(["a"]))).toBe(0);
  });

  it("says clearly which file is missing", async () => {
    await expect(evaluateClef("/nonexistent/clef2020")).rejects.toThrow(
      /verified_claims\.docs\.tsv/,
    );
  });
});

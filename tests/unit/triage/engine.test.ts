import { describe, expect, it } from "vitest";
import {
  computePriority,
  DEFAULT_THRESHOLDS,
  mergeSpans,
  combineScores,
} from "@/lib/triage/combine";
import { loadDefaultEngine, defaultTermEntries } from "@/lib/triage/default-engine";
import { createTriageEngine } from "@/lib/triage/engine";
import { HARMS, type THarmScores } from "@/lib/triage/types";

const engine = loadDefaultEngine();
const zeros = () => Object.fromEntries(HARMS.map((h) => [h, 0])) as THarmScores;

describe("triage engine edge cases", () => {
  it("scores empty and whitespace-only text as all zeros without throwing", () => {
    for (const text of ["", "   \n\t "]) {
      const r = engine.score({ text });
      expect(r.scores).toEqual(zeros());
      expect(r.flagged).toEqual([]);
      expect(r.spans).toEqual([]);
      expect(r.priority).toBe(0);
    }
  });

  it("treats a missing or non-string text as empty", () => {
    expect(engine.score({ text: undefined as unknown as string }).priority).toBe(0);
    expect(engine.score({ text: 42 as unknown as string }).scores).toEqual(zeros());
  });

  it("scores a 1 MB comment by analysing its first part, and says so (speed: npm run bench:score)", () => {
    const text = "Jews are rats. " + "The army moved north along the river. ".repeat(28_000);
    expect(text.length).toBeGreaterThan(1_000_000);
    const r = engine.score({ text });
    expect(r.truncated?.analyzedChars).toBeLessThan(text.length);
    expect(r.flagged).toContain("hate");
    for (const s of r.spans) expect(s.end).toBeLessThanOrEqual(text.length);
  });

  it("keeps span offsets on UTF-16 indices around emoji and flags", () => {
    const text = "🇸🇾🔥 you 👉 imbecile 👈, muslims are vermin 🐀";
    const r = engine.score({ text });
    expect(r.flagged).toContain("hate");
    const hate = r.spans.find((s) => s.category === "hate");
    expect(text.slice(hate!.start, hate!.end)).toBe("muslims are vermin");
    expect(r.spans.some((s) => text.slice(s.start, s.end).includes("imbecile"))).toBe(true);
  });

  it("scores non-English text low and without crashing", () => {
    for (const text of [
      "Der Krieg in Syrien ist schrecklich, viele Menschen sterben.",
      "Война в Сирии продолжается уже много лет.",
      "الحرب في سوريا مستمرة",
      "叙利亚的战争还在继续",
    ]) {
      const r = engine.score({ text });
      expect(r.flagged, text).toEqual([]);
      expect(r.priority, text).toBeLessThan(40);
    }
  });

  it("is deterministic", () => {
    const text = "Never trust a Jew, they control the media";
    expect(engine.score({ text })).toEqual(engine.score({ text }));
  });

  it("ranks identity hate and threats above profanity", () => {
    const hate = engine.score({ text: "Muslims are parasites" }).priority;
    const threat = engine.score({ text: "I will find you and kill you" }).priority;
    const swear = engine.score({ text: "damn this weather" }).priority;
    expect(hate).toBeGreaterThan(swear);
    expect(threat).toBeGreaterThan(swear);
  });
});

describe("combination", () => {
  it("computes priority as the severity-weighted noisy-OR", () => {
    expect(computePriority(zeros())).toBe(0);
    expect(computePriority({ ...zeros(), threat: 1 })).toBe(100);
    expect(computePriority({ ...zeros(), profanity: 1 })).toBe(30);
    expect(computePriority({ ...zeros(), hate: 1 })).toBe(95);
    expect(computePriority({ ...zeros(), hate: 0.5, misinformation: 0.5 })).toBe(
      Math.round(100 * (1 - (1 - 0.475) * (1 - 0.3))),
    );
  });

  it("lets one analyzer's modifier damp another's score, but not its own", () => {
    const s = combineScores([
      { scores: { hate: 0.8 } },
      { scores: { hate: 0 }, modifiers: { hate: 0.25 } },
    ]);
    expect(s.hate).toBeCloseTo(0.2);
  });

  it("merges overlapping spans of one harm and keeps harms apart", () => {
    const merged = mergeSpans([
      { start: 0, end: 5, category: "hate", reason: "a" },
      { start: 3, end: 9, category: "hate", reason: "b" },
      { start: 3, end: 9, category: "threat", reason: "c" },
    ]);
    expect(merged).toEqual([
      { start: 0, end: 9, category: "hate", reason: "a; b" },
      { start: 3, end: 9, category: "threat", reason: "c" },
    ]);
  });

  it("uses custom thresholds and a claim matcher when given", () => {
    const custom = createTriageEngine({
      terms: defaultTermEntries(),
      model: null,
      thresholds: { profanity: 0.1 },
      claimMatcher: {
        match: (text) =>
          text.includes("vaccine")
            ? [
                { id: "f1", score: 0.9 },
                { id: "f2", score: 0.2 },
              ]
            : [],
      },
    });
    expect(custom.thresholds.hate).toBe(DEFAULT_THRESHOLDS.hate);
    expect(custom.score({ text: "damn" }).flagged).toContain("profanity");
    const r = custom.score({ text: "the vaccine has a microchip" });
    expect(r.claims).toEqual([{ id: "f1", score: 0.9, suggested: true }]);
    expect(r.flagged).toContain("misinformation");
    expect(custom.analyzers.map((a) => a.name)).toEqual(["terms", "claims"]);
  });

  it("survives an analyzer that throws", () => {
    const broken = createTriageEngine({
      terms: defaultTermEntries(),
      extraAnalyzers: [
        {
          name: "broken",
          version: "0",
          analyze: () => {
            throw new Error("boom");
          },
        },
      ],
    });
    expect(broken.score({ text: "Jews are rats" }).flagged).toContain("hate");
  });
});

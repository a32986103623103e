// The second blind functional suite (lib/triage/eval/functional-blind2.json: HateCheck's 29
// functionalities over its seven groups, written without sight of the rules, the models or the
// other suites, after the first blind suite's misses had been read) scored by stage 1. The floors
// sit 5 points under what was measured when the suite landed (stage 1: 91.2 % overall, 90.4 %
// hateful, 93.6 % non-hateful), so a regression fails here. Never read its misses to tune rules.
import { describe, expect, it } from "vitest";
import { loadDefaultEngine } from "@/lib/triage/default-engine";
import {
  blind2FunctionalCases,
  evaluateBlind2Functional,
} from "@/lib/triage/eval/functional-cases-blind2";

const engine = loadDefaultEngine();

describe("second blind functional suite, stage 1", () => {
  it("holds all 29 functionalities over the seven groups, every case once", () => {
    const cases = blind2FunctionalCases();
    const functionalities = new Set(cases.map((c) => c.functionality));
    expect(functionalities.size).toBe(29);
    for (const f of functionalities)
      expect(cases.filter((c) => c.functionality === f).length, f).toBeGreaterThanOrEqual(8);
    expect(new Set(cases.map((c) => c.group)).size).toBe(8);
    expect(new Set(cases.map((c) => c.text)).size).toBe(cases.length);
    // Every placeholder was filled, and a sentence-initial one capitalised.
    expect(cases.some((c) => /\{[PS]\}/.test(c.text))).toBe(false);
    expect(cases.filter((c) => c.group !== "none").every((c) => !/^[a-z]/.test(c.text))).toBe(true);
  });

  it("keeps stage 1 within 5 points of the accuracy measured when the suite landed", async () => {
    const r = await evaluateBlind2Functional(async (texts) =>
      texts.map((text) => engine.score({ text }).flagged.includes("hate")),
    );
    console.info(
      `second blind suite, stage 1: ${(100 * r.accuracy).toFixed(1)} % (hateful ${(100 * r.hateful).toFixed(1)} %, non-hateful ${(100 * r.nonHateful).toFixed(1)} %)`,
    );
    expect(r.accuracy).toBeGreaterThanOrEqual(0.862);
    expect(r.hateful).toBeGreaterThanOrEqual(0.854);
    expect(r.nonHateful).toBeGreaterThanOrEqual(0.886);
  });
});

// The second functional suite (lib/triage/eval/functional-cases-groups.ts: 29 HateCheck
// functionalities over nine groups) scored by the shipped stage 1: the figures the aim asks for.
import { describe, expect, it } from "vitest";
import { loadDefaultEngine } from "@/lib/triage/default-engine";
import {
  evaluateGroupFunctional,
  groupFunctionalCases,
} from "@/lib/triage/eval/functional-cases-groups";

const engine = loadDefaultEngine();

describe("group functional suite, stage 1", () => {
  it("covers all 29 functionalities and every group", () => {
    const cases = groupFunctionalCases();
    expect(new Set(cases.map((c) => c.functionality)).size).toBe(29);
    expect(new Set(cases.map((c) => c.group))).toEqual(
      new Set([
        "women",
        "trans",
        "gay",
        "black",
        "disabled",
        "muslims",
        "immigrants",
        "jews",
        "arabs",
        "none",
      ]),
    );
  });

  it("reaches 80 % overall and 80 % on the non-hateful contrasts", async () => {
    const r = await evaluateGroupFunctional(async (texts) =>
      texts.map((text) => engine.score({ text }).flagged.includes("hate")),
    );
    expect(r.accuracy).toBeGreaterThanOrEqual(0.8);
    expect(r.nonHateful).toBeGreaterThanOrEqual(0.8);
    const share = (f: string) => r.byFunctionality[f].correct / r.byFunctionality[f].n;
    for (const f of [
      "F14 negated positive",
      "F15 negated hate",
      "F20 counter-speech: quoting hate",
      "F21 counter-speech: referencing hate",
      "F1 derogation: negative emotion",
    ]) {
      expect(share(f), f).toBeGreaterThanOrEqual(0.9);
    }
    // No functionality of the suite (written with the rules) may fall far: a new frame or word
    // class that quietly breaks one shows here (a good word once damped "X are incapable of
    // honest work" below the threshold for all nine groups).
    for (const f of Object.keys(r.byFunctionality))
      expect(share(f), f).toBeGreaterThanOrEqual(f.startsWith("F18") ? 0.75 : 0.85);
  });
});

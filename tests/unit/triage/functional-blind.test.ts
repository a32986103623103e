// The blind functional suite (lib/triage/eval/functional-cases-blind.ts: HateCheck's 29
// functionalities over its seven groups, written without sight of the rules) scored by stage 1.
// It reports the figures; the floors sit 5 points under what was measured when the suite landed
// (stage 1: 77.4 % overall, 75.5 % hateful, 83.2 % non-hateful), so a regression fails here.
// Never change the rules to pass individual cases of this suite: that would unblind it.
import { describe, expect, it } from "vitest";
import { loadDefaultEngine } from "@/lib/triage/default-engine";
import {
  blindFunctionalCases,
  evaluateBlindFunctional,
} from "@/lib/triage/eval/functional-cases-blind";

const engine = loadDefaultEngine();

describe("blind functional suite, stage 1", () => {
  it("holds every functionality for every group, with the fixed contrasts", () => {
    const cases = blindFunctionalCases();
    const per = new Map<string, number>();
    for (const c of cases) per.set(c.functionality, (per.get(c.functionality) ?? 0) + 1);
    expect(per.size).toBe(29);
    const fixed = ["F8", "F9", "F11", "F22", "F23", "F24"];
    for (const [f, n] of per) {
      if (fixed.includes(f.split(" ")[0])) expect(n, f).toBeGreaterThanOrEqual(15);
      else expect(n, f).toBe(25 * 7);
    }
    expect(new Set(cases.map((c) => c.group)).size).toBe(8);
    expect(new Set(cases.map((c) => c.text)).size).toBe(cases.length);
  });

  it("keeps stage 1 within 5 points of the accuracy measured when the suite landed", async () => {
    const r = await evaluateBlindFunctional(async (texts) =>
      texts.map((text) => engine.score({ text }).flagged.includes("hate")),
    );
    const rows = Object.entries(r.byFunctionality).map(
      ([f, x]) => `${f}: ${((100 * x.correct) / x.n).toFixed(1)} % of ${x.n}`,
    );
    console.info(
      `blind suite, stage 1: ${(100 * r.accuracy).toFixed(1)} % (hateful ${(100 * r.hateful).toFixed(1)} %, non-hateful ${(100 * r.nonHateful).toFixed(1)} %)\n${rows.join("\n")}`,
    );
    expect(r.accuracy).toBeGreaterThanOrEqual(0.724);
    expect(r.hateful).toBeGreaterThanOrEqual(0.705);
    expect(r.nonHateful).toBeGreaterThanOrEqual(0.782);
  });
});

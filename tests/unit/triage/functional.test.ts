// The HateCheck-style functional suite (lib/triage/eval/functional-cases.ts) as a test: the
// shipped engine must catch hateful cases and leave the non-hateful contrasts (negation,
// counter-speech, identity mentions, abuse of non-protected targets) unflagged.
import { describe, expect, it } from "vitest";
import { loadDefaultEngine } from "@/lib/triage/default-engine";
import { functionalCases, scoreFunctional } from "@/lib/triage/eval/functional-cases";
import { loadStage2Model, loadStage2Scorer } from "@/lib/triage/stage2";

const engine = loadDefaultEngine();
const cases = functionalCases();

describe("functional tests, stage 1 (terms + n-gram)", () => {
  const result = scoreFunctional(
    cases,
    cases.map((c) => engine.score({ text: c.text }).flagged.includes("hate")),
  );
  const share = (f: string) => result.byFunctionality[f].correct / result.byFunctionality[f].n;

  it("covers every functionality with hateful and non-hateful cases", () => {
    expect(cases.length).toBeGreaterThan(400);
    expect(cases.some((c) => c.hateful) && cases.some((c) => !c.hateful)).toBe(true);
  });

  it("gets most cases right overall and on both sides", () => {
    expect(result.accuracy).toBeGreaterThanOrEqual(0.8);
    expect(result.hateful).toBeGreaterThanOrEqual(0.75);
    expect(result.nonHateful).toBeGreaterThanOrEqual(0.8);
  });

  it("keeps the context frames the terms analyzer owns", () => {
    for (const f of [
      "negated hate",
      "identity: positive",
      "counter-speech: referencing hate",
      "reported hate",
      "abuse: individual",
      "profanity: not hateful",
    ]) {
      expect(share(f), f).toBeGreaterThanOrEqual(0.9);
    }
  });
});

describe.runIf(loadStage2Model() !== null)("functional tests, stage 2 (encoder + stacker)", () => {
  it("keeps negation, counter-speech and friendly identity mentions unflagged and catches direct hate", async () => {
    const sample = cases.filter(
      (c) => c.group === "muslims" || c.group === "women" || c.group === "none",
    );
    const scorer = await loadStage2Scorer({ engine, occlusion: false });
    const out = await scorer.scoreBatch(
      sample.map((c) => ({ input: { text: c.text }, stage1: engine.score({ text: c.text }) })),
    );
    const r = scoreFunctional(
      sample,
      out.map((x) => x.flagged.includes("hate")),
    );
    expect(r.hateful).toBeGreaterThanOrEqual(0.8);
    expect(r.nonHateful).toBeGreaterThanOrEqual(0.7);
    for (const f of ["negated hate", "identity: positive", "counter-speech: referencing hate"]) {
      expect(r.byFunctionality[f].correct, f).toBe(r.byFunctionality[f].n);
    }
  }, 120_000);
});

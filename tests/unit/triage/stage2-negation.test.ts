// The negation flip probe (lib/triage/stage2/negation.ts): the de-negated variant, which comments
// get it, and stage 2 with the real encoder reading a negated positive statement as hateful.
import { describe, expect, it } from "vitest";
import { loadDefaultEngine } from "@/lib/triage/default-engine";
import { loadStage2Scorer } from "@/lib/triage/stage2";
import { denegate, negationFlip, negationProbeText } from "@/lib/triage/stage2/negation";
import { stage1View } from "@/lib/triage/stage2/stack-features";

const engine = loadDefaultEngine();
const view = (text: string) => stage1View(engine.score({ text }))!;

describe("de-negation", () => {
  it("removes cues from tokens and leaves other text alone", () => {
    expect(denegate("Refugees are not vermin.")).toBe("Refugees are vermin.");
    expect(denegate("I don't hate them")).toBe("I do hate them");
    expect(denegate("They can't be trusted, never.")).toBe("They can be trusted.");
    expect(denegate("Nobody likes Mondays")).toBe("Everybody likes Mondays");
    expect(denegate("Not all of them are bad")).toBe("All of them are bad");
    expect(denegate("Nothing to see here, notably")).toBe("Something to see here, notably");
    expect(denegate("They are nice people")).toBeNull();
  });

  it("probes only comments that name an identity group and carry a cue", () => {
    expect(
      negationProbeText(
        "Immigrants are never good neighbours.",
        view("Immigrants are never good neighbours."),
      ),
    ).toBe("Immigrants are good neighbours.");
    expect(
      negationProbeText("The bus was not on time.", view("The bus was not on time.")),
    ).toBeNull();
    expect(negationProbeText("Women are great.", view("Women are great."))).toBeNull();
  });

  it("leaves harms other than hate and frames the terms analyzer set alone", () => {
    const v = view("Refugees are not vermin.");
    const probe = { vector: new Float32Array(1), hate: 0.9, positive: 0, oneSentence: true };
    expect(negationFlip("harassment", 1, 1, { ...v, negation: probe })).toEqual({
      frame: 1,
      shift: 0,
    });
    expect(
      negationFlip("hate", 1, 1, {
        ...v,
        signals: { ...v.signals, suppressedHate: 1 },
        negation: probe,
      }),
    ).toEqual({ frame: 1, shift: 0 });
    const plain = { ...v, signals: { identity: 1 }, terms: {}, ngram: {}, negation: probe };
    expect(negationFlip("hate", 1, 1.2, plain).frame).toBeLessThan(1);
    expect(negationFlip("hate", -2, 3, plain)).toEqual({ frame: 1, shift: 0 });
  });
});

describe("stage 2 with the negation probe (real encoder)", () => {
  it("flags a negated positive statement about a group, and not its positive or neutral twin", async () => {
    const on = await loadStage2Scorer({ engine, occlusion: false });
    const off = await loadStage2Scorer({ engine, occlusion: false, negation: false });
    const texts = [
      "Immigrants are never good neighbours.",
      "Women can't be good leaders.",
      "Immigrants are good neighbours.",
      "The refugees were not given enough food at the camp.",
    ];
    const items = texts.map((text) => ({ input: { text }, stage1: engine.score({ text }) }));
    const [a, b] = [await on.scoreBatch(items), await off.scoreBatch(items)];
    const hate = (r: typeof a) => r.map((x) => x.flagged.includes("hate"));
    expect(hate(a)).toEqual([true, true, false, false]);
    // The probe raises a negated positive the encoder reads about as hateful as its twin ("Women
    // can't be good leaders." / "Women can be good leaders."); the heads already tell the first
    // sentence from its twin, so there it leaves the score alone.
    expect(a[1].scores.hate).toBeGreaterThan(b[1].scores.hate);
    expect(a[0].scores.hate).toBe(b[0].scores.hate);
    expect(a[2].scores.hate).toBe(b[2].scores.hate);
  }, 60_000);
});

import { describe, expect, it } from "vitest";
import { loadDefaultEngine } from "@/lib/triage/default-engine";
import { ENCODER_DIM } from "@/lib/triage/encoder/sentence-encoder";
import { loadStage2Scorer } from "@/lib/triage/stage2";
import type { TStage2Model } from "@/lib/triage/stage2/model-file";
import { decodeStage2Model, encodeStage2Model } from "@/lib/triage/stage2/model-file";
import { occludedText, occlusionCandidates, occlusionSpans } from "@/lib/triage/stage2/occlusion";
import { STACK_FEATURES } from "@/lib/triage/stage2/stack-features";

const engine = loadDefaultEngine();
const item = (text: string) => ({ input: { text }, stage1: engine.score({ text }) });
/** A hate stacker that reads the encoder head alone (weight 4 on its logit / 4), no stage-1 signal. */
const headOnlyHateStacker = {
  harm: "hate" as const,
  features: [...STACK_FEATURES],
  weights: [4, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  bias: 0,
};

describe("stage 2 without a model file", () => {
  it("passes stage-1 scores through, marked as stage 2", async () => {
    const scorer = await loadStage2Scorer({ model: null });
    const [a, b] = await scorer.scoreBatch([item("Jews are rats"), item("")]);
    expect(a.stage).toBe(2);
    expect(a.scores).toEqual(engine.score({ text: "Jews are rats" }).scores);
    expect(a.flagged).toContain("hate");
    expect(b.priority).toBe(0);
  });
});

describe("stage-2 model file", () => {
  it("round-trips and rejects a head of the wrong size", () => {
    const model: TStage2Model = {
      version: "t",
      encoder: "x",
      dim: 4,
      heads: [{ harm: "hate", bias: 0.5, weights: Float32Array.from([1, -2, 3, 0.25]) }],
      stackers: [
        {
          harm: "hate",
          features: [...STACK_FEATURES],
          weights: STACK_FEATURES.map(() => 1),
          bias: -1,
        },
      ],
      meta: {},
    };
    const back = decodeStage2Model(JSON.parse(JSON.stringify(encodeStage2Model(model))));
    expect(Array.from(back.heads[0].weights)).toEqual([1, -2, 3, 0.25]);
    const bad = encodeStage2Model({ ...model, dim: 5 });
    expect(() => decodeStage2Model(JSON.parse(JSON.stringify(bad)))).toThrow(/expected 5/);
  });
});

describe("occlusion evidence", () => {
  it("names the words whose removal lowers the score most, on original offsets", () => {
    const text = "Honestly those vermin people should leave";
    const words = occlusionCandidates(text);
    expect(words.map((w) => text.slice(w.start, w.end))).toContain("vermin");
    const scores = words.map((w) => (text.slice(w.start, w.end) === "vermin" ? 0.3 : 0.88));
    const spans = occlusionSpans("hate", 0.9, words, scores);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0].start, spans[0].end)).toBe("vermin");
    expect(spans[0].reason).toMatch(/0\.90 to 0\.30/);
    expect(occludedText(text, spans[0])).toBe("Honestly those people should leave");
  });
});

describe("stage 2 with the encoder", () => {
  it("stacks an encoder head with stage 1 and adds occlusion spans to flagged comments", async () => {
    // A head that reads the vector's direction of a hateful sentence: real encoder, toy weights.
    const { embedTexts } = await import("@/lib/triage/encoder/sentence-encoder");
    const [probe] = await embedTexts(["those people ruin every neighbourhood they move into"]);
    const weights = Float32Array.from(probe, (v) => v * 40);
    const model: TStage2Model = {
      version: "test",
      encoder: "use-lite",
      dim: ENCODER_DIM,
      heads: [{ harm: "hate", bias: -36, weights }],
      stackers: [headOnlyHateStacker],
      meta: {},
    };
    const scorer = await loadStage2Scorer({ model });
    const [bad, fine] = await scorer.scoreBatch([
      item("those people ruin every neighbourhood they move into"),
      item("the council approved the new budget for schools"),
    ]);
    expect(bad.scores.hate).toBeGreaterThan(0.5);
    expect(fine.scores.hate).toBeLessThan(bad.scores.hate);
    expect(bad.stage).toBe(2);
    expect(bad.spans.some((s) => s.reason.includes("stage 2:"))).toBe(true);
    expect(bad.analyzers.at(-1)?.name).toBe("stage2");
  }, 60_000);
});

describe("stage 2 on comments longer than the encoder reads", () => {
  // A toy encoder that reads a word as a token, the first 128 only: dimension 0 says whether they
  // hold the made-up word "zorblaxians".
  const countTokens = (s: string) => s.split(/\s+/).filter(Boolean).length;
  const read = (t: string) => t.split(/\s+/).slice(0, 128).join(" ");
  const embed = async (texts: string[]) =>
    texts.map((t) => Float32Array.from([read(t).includes("zorblaxians") ? 1 : 0, 1, 0, 0]));
  const model: TStage2Model = {
    version: "test",
    encoder: "toy",
    dim: 4,
    heads: [{ harm: "hate", bias: -4, weights: Float32Array.from([24, 0, 0, 0]) }],
    stackers: [headOnlyHateStacker],
    meta: {},
  };
  const sentence = (k: number) =>
    `The council discussed item ${k} of the budget for schools roads parks and libraries at length again today.`;
  const long = [
    ...Array.from({ length: 9 }, (_, k) => sentence(k)),
    "Those zorblaxians ruin everything.",
  ].join(" ");

  it("reads the late part of a long comment, and scores a short one as before", async () => {
    const opts = { model, embed, countTokens, engine };
    const truncate = await loadStage2Scorer({ ...opts, windows: "truncate", occlusion: false });
    const windowed = await loadStage2Scorer({ ...opts, occlusion: false });
    const short = "Honestly those zorblaxians ruin everything.";
    const [t, s1] = await truncate.scoreBatch([item(long), item(short)]);
    const [w, s2] = await windowed.scoreBatch([item(long), item(short)]);
    expect(t.scores.hate).toBeLessThan(0.6);
    expect(w.scores.hate).toBeGreaterThan(0.6);
    expect(s2.scores).toEqual(s1.scores);
  });

  it("names the evidence inside the window that scored highest, on the comment's offsets", async () => {
    const scorer = await loadStage2Scorer({ model, embed, countTokens, engine });
    const [r] = await scorer.scoreBatch([item(long)]);
    const evidence = r.spans.filter((s) => s.reason.startsWith("stage 2:"));
    expect(evidence.map((s) => long.slice(s.start, s.end))).toEqual(["zorblaxians"]);
  });
});

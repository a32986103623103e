import { describe, expect, it } from "vitest";
import { rocAuc } from "@/lib/triage/model/training/metrics";
import {
  averageHeads,
  decodeStage2Model,
  embeddingHeadLogit,
  encodeStage2Model,
} from "@/lib/triage/stage2/model-file";
import {
  frameModifier,
  stackFeatures,
  STACK_FEATURES,
  type TStage1View,
} from "@/lib/triage/stage2/stack-features";
import { EMBED_TRAIN_CAP, embeddingPlan, shareCap } from "@/lib/triage/training/embed-plan";
import { fitLogistic, fitMlp } from "@/lib/triage/training/fit-dense";
import type { TTableRow } from "@/lib/triage/training/table";
import {
  bestShift,
  binaryMacroF1,
  oneStandardErrorChoice,
  queueF1,
  supportOf,
} from "@/lib/triage/training/stage2-dev-metrics";
import { fitHead, meanSourceAuc } from "@/lib/triage/training/train-stage2";
import { mulberry32 } from "@/lib/triage/text/random";

/** Deterministic points in [-1, 1]² (mulberry32), labelled by `label`. */
function points(n: number, seed: number, label: (a: number, b: number) => number) {
  const unit = mulberry32(seed);
  const rand = () => unit() * 2 - 1;
  const x: Float32Array[] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = rand();
    const b = rand();
    x.push(Float32Array.from([a, b, 0.1 * rand()]));
    y.push(label(a, b));
  }
  return { x, y, w: y.map(() => 1) };
}
const xor = (a: number, b: number) => (a * b > 0 ? 1 : 0);
const linear = (a: number, b: number) => (a + 0.5 * b > 0.1 ? 1 : 0);
const row = (
  text: string,
  source: string,
  split: "train" | "dev",
  labels: TTableRow["labels"],
): TTableRow => ({ text, source, split, labels, weight: 1 });

describe("dense heads", () => {
  it("a logistic head fits a linear boundary and cannot fit XOR; the MLP fits XOR", () => {
    const lin = points(600, 1, linear);
    const m = fitLogistic(lin, { epochs: 300, lr: 0.05, l2: 1e-4 });
    const linTest = points(400, 2, linear);
    const linScores = linTest.x.map((x) => m.bias + x.reduce((z, v, k) => z + v * m.weights[k], 0));
    expect(rocAuc(linScores, linTest.y)).toBeGreaterThan(0.97);

    const train = points(3000, 3, xor);
    const test = points(600, 4, xor);
    const lg = fitLogistic(train, { epochs: 300, lr: 0.05 });
    const lgAuc = rocAuc(
      test.x.map((x) => lg.bias + x.reduce((z, v, k) => z + v * lg.weights[k], 0)),
      test.y,
    );
    const mlp = fitMlp(train, { hidden: 16, epochs: 40, lr: 0.01, seed: 3 });
    const head = {
      harm: "hate" as const,
      bias: mlp.b2,
      weights: mlp.w2,
      hidden: { w1: mlp.w1, b1: mlp.b1, units: mlp.units },
    };
    const mlpAuc = rocAuc(
      test.x.map((x) => embeddingHeadLogit(head, x)),
      test.y,
    );
    expect(lgAuc).toBeLessThan(0.65);
    expect(mlpAuc).toBeGreaterThan(0.9);
  });

  it("choosing the head kind on dev picks the MLP for XOR and keeps a usable head for a linear boundary", () => {
    const train = points(4000, 5, xor);
    const devPts = points(400, 6, xor);
    const dev = devPts.y.map((y, i) =>
      row(`d${i}`, i % 2 ? "a" : "b", "dev", { hate: y as 0 | 1 }),
    );
    const xorChoice = fitHead("hate", train, dev, devPts.x, "auto", null, () => {});
    // The MLP or its average with the (useless) logistic head: both carry the hidden layer.
    expect(["mlp", "ensemble"]).toContain(xorChoice.choice.kind);
    expect(xorChoice.head.hidden).toBeDefined();
    expect(xorChoice.choice.gainOverLogistic?.mlp.gain).toBeGreaterThan(0.2);
    expect(xorChoice.choice.devMeanAuc.mlp).toBeGreaterThan(
      xorChoice.choice.devMeanAuc.logistic + 0.2,
    );

    const linTrain = points(2000, 7, linear);
    const linDev = points(400, 8, linear);
    const dev2 = linDev.y.map((y, i) => row(`d${i}`, "a", "dev", { hate: y as 0 | 1 }));
    const lin = fitHead("hate", linTrain, dev2, linDev.x, "logistic", null, () => {});
    expect(lin.choice.kind).toBe("logistic");
    expect(lin.head.hidden).toBeUndefined();
    expect(lin.choice.devMeanAuc.logistic).toBeGreaterThan(0.97);
  }, 30_000);

  it("the mean dev AUC gives each source the same say and skips sources with too few of a class", () => {
    const rows: TTableRow[] = [];
    const scores: number[] = [];
    for (let i = 0; i < 20; i++) {
      // s1 ranked right (AUC 1), s2 ranked wrong (AUC 0), s3 has 2 positives only.
      rows.push(
        row(`a${i}`, "s1", "dev", { hate: i % 2 ? 1 : 0 }),
        row(`b${i}`, "s2", "dev", { hate: i % 2 ? 1 : 0 }),
        row(`c${i}`, "s3", "dev", { hate: i < 2 ? 1 : 0 }),
      );
      scores.push(i % 2 ? 0.9 : 0.1, i % 2 ? 0.1 : 0.9, i < 2 ? 0 : 1);
    }
    expect(meanSourceAuc(rows, "hate", scores)).toBeCloseTo(0.5);
    expect(meanSourceAuc(rows.slice(0, 3), "hate", scores.slice(0, 3))).toBe(0);
  });
});

describe("averaged heads", () => {
  it("give the mean of the logistic and the MLP logit, and survive the model file", () => {
    const train = points(1500, 9, xor);
    const lg = fitLogistic(train, { epochs: 100, lr: 0.05 });
    const mlp = fitMlp(train, { hidden: 8, epochs: 10, lr: 0.01, seed: 9 });
    const logistic = {
      harm: "hate" as const,
      bias: lg.bias,
      weights: Float32Array.from(lg.weights),
    };
    const deep = {
      harm: "hate" as const,
      bias: mlp.b2,
      weights: mlp.w2,
      hidden: { w1: mlp.w1, b1: mlp.b1, units: mlp.units },
    };
    const avg = averageHeads(logistic, deep);
    const model = { version: "t", encoder: "e", dim: 3, heads: [avg], stackers: [], meta: {} };
    const back = decodeStage2Model(JSON.parse(JSON.stringify(encodeStage2Model(model)))).heads[0];
    for (const x of train.x.slice(0, 20)) {
      const mean = (embeddingHeadLogit(logistic, x) + embeddingHeadLogit(deep, x)) / 2;
      expect(embeddingHeadLogit(avg, x)).toBeCloseTo(mean, 5);
      expect(embeddingHeadLogit(back, x)).toBeCloseTo(mean, 5);
    }
    expect(() => averageHeads(deep, logistic)).toThrow(/expects a logistic and an MLP head/);
  });
});

describe("head kind by the one-standard-error rule", () => {
  it("keeps the MLP only when its per-source gain is larger than the spread of those gains", () => {
    const logistic = { a: 0.8, b: 0.7, c: 0.75, d: 0.9 };
    // A steady gain on every source: the MLP.
    const steady = oneStandardErrorChoice(logistic, { a: 0.83, b: 0.72, c: 0.78, d: 0.92 });
    expect(steady.pick).toBe("complex");
    expect(steady.gain).toBeCloseTo(0.025);
    // A larger mean gain carried by one source while the others lose: the logistic head.
    const uneven = oneStandardErrorChoice(logistic, { a: 0.95, b: 0.69, c: 0.74, d: 0.89 });
    expect(uneven.gain).toBeGreaterThan(steady.gain);
    expect(uneven.pick).toBe("simple");
    // Sources only one kind was measured on do not count; one shared source cannot show a steady gain.
    expect(oneStandardErrorChoice({ a: 0.8 }, { a: 0.9, z: 0.99 }).pick).toBe("simple");
    expect(oneStandardErrorChoice({}, { a: 0.9 })).toEqual({ pick: "simple", gain: 0, se: 0 });
  });
});

describe("stacker calibration on dev", () => {
  it("binary macro-F1 averages the F1 of both classes", () => {
    expect(binaryMacroF1([true, true, false, false], [1, 0, 0, 0])).toBeCloseTo((2 / 3 + 0.8) / 2);
    expect(binaryMacroF1([false, false], [1, 0])).toBeCloseTo((0 + 2 / 3) / 2);
  });

  it("queue F1 reweights each source to 10 % harmful, so false alarms on common negatives cost more", () => {
    const rows: TTableRow[] = [];
    for (let i = 0; i < 40; i++) rows.push(row(`x${i}`, "s", "dev", { hate: i < 20 ? 1 : 0 }));
    // All positives caught; a quarter of the negatives flagged: plain F1 0.89, at a 10 % share 0.47.
    const scores = rows.map((_, i) => (i < 25 ? 0.9 : 0.1));
    expect(queueF1(rows, "hate", 0.5, scores)).toBeCloseTo((2 * 0.1) / (2 * 0.1 + 0.9 * 0.25), 5);
  });

  it("finds the logit shift that makes the threshold the best cut-off", () => {
    const rows: TTableRow[] = [];
    const logits: number[] = [];
    for (let i = 0; i < 200; i++) {
      const y = i % 4 === 0 ? 1 : 0;
      rows.push(row(`r${i}`, "s", "dev", { hate: y as 0 | 1 }));
      // Positives sit at logit 1.5 ± 0.5, negatives at 0.5 ± 0.5 (overlap near 1): without a
      // shift everything is flagged at 0.5; shifting by about −1 separates them.
      logits.push((y ? 1.5 : 0.5) + ((i * 37) % 11) / 11 - 0.5);
    }
    const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
    const { shift, f1 } = bestShift(rows, "hate", 0.5, (d) => logits.map((z) => sigmoid(z + d)));
    expect(shift).toBeLessThan(-0.6);
    expect(shift).toBeGreaterThan(-1.4);
    expect(f1).toBeGreaterThan(queueF1(rows, "hate", 0.5, logits.map(sigmoid)) + 0.3);
  });

  it("says why a harm gets no head when a class is too rare", () => {
    const train = Array.from({ length: 100 }, (_, i) =>
      row(`t${i}`, "s", "train", { threat: i < 40 ? 1 : 0 }),
    );
    const dev = Array.from({ length: 100 }, (_, i) =>
      row(`d${i}`, "s", "dev", { threat: i < 17 ? 1 : 0 }),
    );
    expect(supportOf(train, dev, "threat")).toMatch(/17\/83 dev/);
    expect(
      supportOf(
        train,
        dev.map((r, i) => ({ ...r, labels: { threat: i < 40 ? 1 : 0 } })),
        "threat",
      ),
    ).toBeNull();
  });
});

describe("embedding plan", () => {
  it("shares a cap evenly over groups, giving small groups all their rows", () => {
    expect(shareCap([5, 100, 100], 65)).toEqual([5, 30, 30]);
    expect(shareCap([10, 10], 50)).toEqual([10, 10]);
    expect(shareCap([0, 7, 3], 6)).toEqual([0, 3, 3]);
    expect(shareCap([9, 9, 9], 7).reduce((a, b) => a + b, 0)).toBe(7);
  });

  it("caps each source, balances its label combinations, keeps threat positives and puts dev rows first", () => {
    const rows: TTableRow[] = [];
    for (let i = 0; i < 3000; i++)
      rows.push(
        row(`gab post ${i}`, "gab", i % 10 === 0 ? "dev" : "train", { hate: i % 30 === 1 ? 1 : 0 }),
      );
    for (let i = 0; i < 40; i++)
      rows.push(row(`threat ${i}`, "gab", "train", { hate: 1, threat: 1 }));
    const plan = embeddingPlan(rows);
    const train = plan.filter((r) => r.split === "train" && !r.labels.threat);
    const dev = plan.filter((r) => r.split === "dev");
    // The gab train cap is over the 2,700 rows there: all kept; dev rows come before training rows.
    expect(EMBED_TRAIN_CAP.gab).toBeGreaterThan(2700);
    expect(train).toHaveLength(2700);
    expect(dev).toHaveLength(300);
    expect(plan.filter((r) => r.labels.threat === 1)).toHaveLength(40);
    const firstTrain = plan.findIndex((r) => r.split === "train" && !r.labels.threat);
    expect(plan.slice(firstTrain).some((r) => r.split === "dev")).toBe(false);
    expect(embeddingPlan(rows).map((r) => r.text)).toEqual(plan.map((r) => r.text));

    const big: TTableRow[] = [];
    for (let i = 0; i < 6000; i++) big.push(row(`neutral ${i}`, "neutral", "train", { hate: 0 }));
    for (let i = 0; i < 9000; i++)
      big.push(
        row(
          `davidson ${i}`,
          "davidson",
          "train",
          i < 300 ? { hate: 1, harassment: 1 } : { hate: 0, harassment: i % 2 ? 1 : 0 },
        ),
      );
    const bigPlan = embeddingPlan(big);
    // Both caps are under these sources' sizes (6,000 and 9,000 rows).
    expect(EMBED_TRAIN_CAP.neutral).toBeLessThan(6000);
    expect(EMBED_TRAIN_CAP.davidson).toBeLessThan(9000);
    expect(bigPlan.filter((r) => r.source === "neutral")).toHaveLength(EMBED_TRAIN_CAP.neutral);
    const dav = bigPlan.filter((r) => r.source === "davidson");
    expect(dav).toHaveLength(EMBED_TRAIN_CAP.davidson);
    // The rare hateful combination is kept whole; the two common ones share the rest evenly.
    expect(dav.filter((r) => r.labels.hate === 1)).toHaveLength(300);
    expect(dav.filter((r) => r.labels.hate === 0 && r.labels.harassment === 1)).toHaveLength(
      (EMBED_TRAIN_CAP.davidson - 300) / 2,
    );
  });
});

describe("stack features for harms without context frames", () => {
  const view: TStage1View = {
    ngram: { hate: 0.8 },
    terms: { profanity: 0.6 },
    signals: { suppressedHate: 1, suppressedHarassment: 1, armedTarget: 1, identity: 1 },
  };
  it("reads suppression only for hate and harassment; war talk lowers threats; profanity ignores frames", () => {
    const suppressed = STACK_FEATURES.indexOf("suppressed");
    expect(stackFeatures("hate", 2, view)[suppressed]).toBe(1);
    expect(stackFeatures("profanity", 2, view)[suppressed]).toBe(0);
    expect(stackFeatures("threat", 2, view)[suppressed]).toBe(0);
    expect(stackFeatures("profanity", 2, view)[STACK_FEATURES.indexOf("terms")]).toBe(0.6);
    expect(frameModifier("hate", view)).toBe(0.3);
    expect(frameModifier("threat", view)).toBe(0.5);
    expect(frameModifier("profanity", view)).toBe(1);
  });
});

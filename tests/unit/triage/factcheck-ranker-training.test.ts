// The claim ranker's training pieces: the listwise fit learns which feature marks the right
// candidate, calibration keeps each text's order, and the cut-off holds precision on every dev set.
import { describe, expect, it } from "vitest";
import {
  calibratedLogits,
  scoreCandidates,
  type TRankerModel,
} from "@/lib/triage/factcheck/ranker";
import {
  chooseThresholdAcross,
  fitCalibration,
  suggestionStats,
  trainListwise,
  type TListExample,
} from "@/lib/triage/factcheck/ranker-training";
import { STAGE1_FEATURES } from "@/lib/triage/factcheck/ranker";

/** Lists of five candidates: feature 0 is higher for the relevant one, feature 1 is noise. */
function syntheticLists(n: number, seed = 7): TListExample[] {
  let s = seed;
  const rand = () => (s = (s * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: n }, () => {
    const gold = Math.floor(rand() * 5);
    const xs = Array.from({ length: 5 }, (_, i) => [
      rand() + (i === gold ? 0.8 : 0),
      rand(),
      0.5,
      0.5,
      0.5,
      0.5,
      // the date features: known and alike
      1,
      1,
      0,
    ]);
    return { xs, ys: xs.map((_, i) => (i === gold ? 1 : 0) as 0 | 1) };
  });
}

describe("listwise claim ranker", () => {
  const lists = syntheticLists(300);
  const fitted = trainListwise(lists, STAGE1_FEATURES);
  const model: TRankerModel = { ...fitted, calibration: fitCalibration(fitted, lists), shift: 0 };

  it("weighs the informative feature far above the noise", () => {
    expect(fitted.weights[0]).toBeGreaterThan(0.5);
    expect(Math.abs(fitted.weights[1])).toBeLessThan(fitted.weights[0] / 4);
  });

  it("calibration keeps the order of a text's candidates", () => {
    for (const l of lists.slice(0, 50)) {
      const raw = calibratedLogits({ ...model, calibration: undefined }, l.xs);
      const cal = scoreCandidates(model, l.xs);
      const order = (v: number[]) =>
        v
          .map((x, i) => [x, i])
          .sort((a, b) => b[0] - a[0])
          .map((p) => p[1]);
      expect(order(cal)).toEqual(order(raw));
    }
    expect(model.calibration!.weights.every((w) => w >= 0)).toBe(true);
  });

  it("chooses a cut-off whose precision holds on each group, not only on the pool", () => {
    const ranked = (score: number, right: boolean) => ({
      ranked: [{ id: right ? "g" : "x", score }],
      relevant: new Set(["g"]),
    });
    const easy = [
      ranked(0.9, true),
      ranked(0.8, true),
      ranked(0.7, true),
      ranked(0.6, true),
      ranked(0.3, false),
    ];
    const hard = [ranked(0.9, true), ranked(0.65, false), ranked(0.55, false)];
    const chosen = chooseThresholdAcross([easy, hard], 0.85);
    expect(suggestionStats(hard, chosen.threshold).precision).toBeGreaterThanOrEqual(0.85);
    expect(suggestionStats(easy, chosen.threshold).precision).toBeGreaterThanOrEqual(0.85);
    expect(chosen.threshold).toBeCloseTo(0.7, 5);
  });
});

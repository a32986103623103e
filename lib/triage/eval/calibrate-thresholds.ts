// Default thresholds for news comments: the F1-best cut-off of the stage-2 scores on the Unhealthy
// Comments validation split (measure-only data), never on a set the figures in METRICS.md come
// from (they use the test split; SFU and TRAC are only reported on). Hate is judged against UCC's
// "unfair generalisation" label, harassment against "hostile or antagonising".

import * as M from "../training/measure-sets";
import type { TEvalScorer } from "./eval-scorers";

export type TCalibration = {
  harm: "hate" | "harassment";
  threshold: number;
  f1: number;
  precision: number;
  recall: number;
  n: number;
  positives: number;
};

function best(scores: number[], gold: number[], harm: TCalibration["harm"]): TCalibration {
  let out: TCalibration = {
    harm,
    threshold: 0.5,
    f1: 0,
    precision: 0,
    recall: 0,
    n: gold.length,
    positives: gold.filter(Boolean).length,
  };
  for (let t = 0.2; t <= 0.951; t += 0.025) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    scores.forEach((s, i) => {
      if (s >= t && gold[i]) tp++;
      else if (s >= t) fp++;
      else if (gold[i]) fn++;
    });
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    if (f1 > out.f1) out = { ...out, threshold: Number(t.toFixed(3)), f1, precision, recall };
  }
  return out;
}

export async function calibrateThresholds(
  dataDir: string,
  scorer: TEvalScorer,
): Promise<TCalibration[] | null> {
  const ucc = M.unhealthyComments(dataDir, "val");
  if (!ucc) return null;
  const u = await scorer.scoreTexts(ucc.map((x) => x.text));
  const hate = best(
    u.map((r) => r.scores.hate),
    ucc.map((x) => x.generalisationUnfair),
    "hate",
  );
  const harassment = best(
    u.map((r) => r.scores.harassment),
    ucc.map((x) => (x.hostile || x.antagonize ? 1 : 0)),
    "harassment",
  );
  return [hate, harassment];
}

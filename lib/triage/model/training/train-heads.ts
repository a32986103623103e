// Fits the logistic heads and the token head, and picks their cut-offs on held-out data only.

import type { THarm } from "../../types";
import { CONTEXT } from "../features";
import { sigmoid, type THead, type TTokenHead } from "../linear-model";
import type { TDocExample, TTokenExample } from "./examples";
import { DEFAULT_FTRL, FtrlLogistic, PriorSgdLogistic, type TSparse } from "./ftrl";
import { bestThreshold, charsOf, rocAuc, spanF1 } from "./metrics";
import { mulberry32 } from "../../text/random";

export type TLog = (line: string) => void;

/** Deterministic shuffling (mulberry32), so a training run can be repeated exactly. */
export function shuffled<T>(items: T[], seed: number): T[] {
  const rand = mulberry32(seed);
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const labelled = (examples: TDocExample[], harm: THarm) =>
  examples.filter((e) => e.labels[harm] !== undefined);

/** Positives are upweighted to balance the classes (capped at 10×). */
function classWeights(train: TDocExample[], harm: THarm): { pos: number; neg: number } {
  let pos = 0;
  let neg = 0;
  for (const e of train) {
    if (e.labels[harm] === 1) pos += e.weight;
    else neg += e.weight;
  }
  const ratio = pos > 0 ? neg / pos : 1;
  return ratio >= 1
    ? { pos: Math.min(10, ratio), neg: 1 }
    : { pos: 1, neg: Math.min(10, 1 / ratio) };
}

export function fitHead(
  harm: THarm,
  examples: TDocExample[],
  buckets: number,
  epochs: number,
  log: TLog,
): FtrlLogistic {
  const train = labelled(
    examples.filter((e) => e.split === "train"),
    harm,
  );
  const cw = classWeights(train, harm);
  const model = new FtrlLogistic(buckets, DEFAULT_FTRL);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const e of shuffled(train, 17 + epoch)) {
      const y = e.labels[harm] as number;
      model.update(e, y, e.weight * (y ? cw.pos : cw.neg));
    }
    log(`  ${harm}: epoch ${epoch + 1}/${epochs} on ${train.length} examples`);
  }
  return model;
}

export function fineTuneHead(head: THead, examples: TDocExample[], epochs: number): THead {
  const train = labelled(
    examples.filter((e) => e.split === "train"),
    head.harm,
  );
  const cw = classWeights(train, head.harm);
  const sgd = new PriorSgdLogistic(head.weights, head.bias);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const e of shuffled(train, 31 + epoch)) {
      const y = e.labels[head.harm] as number;
      sgd.update(e, y, e.weight * (y ? cw.pos : cw.neg));
    }
  }
  return { ...head, weights: sgd.weights(), bias: sgd.bias };
}

/** Held-out scores of a head on examples of one split, for calibration and reporting. */
export function headDevScores(
  head: { predictLogit: (x: TSparse) => number } | THead,
  harm: THarm,
  dev: TDocExample[],
) {
  const rows = labelled(dev, harm);
  const logits = rows.map((e) =>
    "predictLogit" in head ? head.predictLogit(e) : rawLogit(head, e),
  );
  return { rows, logits, labels: rows.map((e) => e.labels[harm] as number) };
}

function rawLogit(head: THead, x: TSparse): number {
  let sum = 0;
  for (let k = 0; k < x.feats.length; k++) sum += head.weights[x.feats[k]];
  return head.bias + sum * x.scale;
}

/**
 * Share of harmful comments assumed in a news comment section when choosing the cut-off. The
 * held-out sets are mostly abusive (they were collected for it); at their prevalence the F1-best
 * cut-off is far too low for a real queue, so examples are reweighted to this prevalence.
 */
export const TARGET_PREVALENCE = 0.1;

/**
 * The shift that puts the F1-best threshold at 0.5, with every data set weighing the same in the
 * choice and the classes reweighted to TARGET_PREVALENCE.
 */
export function calibrationShift(
  logits: number[],
  labels: number[],
  sources: string[],
): { shift: number; threshold: number; f1: number } {
  if (logits.length === 0 || !labels.some((y) => y === 1))
    return { shift: 0, threshold: 0.5, f1: NaN };
  const perSource = new Map<string, number>();
  for (const s of sources) perSource.set(s, (perSource.get(s) ?? 0) + 1);
  const sourceWeights = sources.map((s) => 1 / (perSource.get(s) ?? 1));
  let pos = 0;
  let neg = 0;
  labels.forEach((y, i) => (y ? (pos += sourceWeights[i]) : (neg += sourceWeights[i])));
  const weights = labels.map(
    (y, i) => sourceWeights[i] * (y ? TARGET_PREVALENCE / pos : (1 - TARGET_PREVALENCE) / neg),
  );
  const probs = logits.map(sigmoid);
  const best = bestThreshold(probs, labels, weights);
  return {
    shift: -Math.log(best.threshold / (1 - best.threshold)),
    threshold: best.threshold,
    f1: best.f1,
  };
}

export function describeHead(
  name: string,
  logits: number[],
  labels: number[],
  shift: number,
): string {
  const probs = logits.map((z) => sigmoid(z + shift));
  const auc = rocAuc(probs, labels);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  probs.forEach((p, i) => {
    if (p >= 0.5 && labels[i]) tp++;
    else if (p >= 0.5) fp++;
    else if (labels[i]) fn++;
  });
  const f1 = tp > 0 ? (2 * tp) / (2 * tp + fp + fn) : 0;
  return `${name}: n=${labels.length} AUC=${auc.toFixed(3)} F1@0.5=${f1.toFixed(3)}`;
}

function tokenSparse(
  e: TTokenExample,
  i: number,
  out: { feats: Int32Array; scale: number },
): TSparse {
  const n = e.tokTo[i] - e.tokFrom[i];
  const feats = new Int32Array(n + CONTEXT);
  feats.set(e.feats.subarray(e.tokFrom[i], e.tokTo[i]));
  feats.set(e.context.subarray(i * CONTEXT, (i + 1) * CONTEXT), n);
  out.feats = feats;
  out.scale = 1 / Math.sqrt(n + CONTEXT);
  return out;
}

export function fitTokenHead(
  examples: TTokenExample[],
  buckets: number,
  epochs: number,
  log: TLog,
): FtrlLogistic {
  const train = examples.filter((e) => e.split === "train");
  const model = new FtrlLogistic(buckets, { ...DEFAULT_FTRL, l1: 0.3 });
  const x = { feats: new Int32Array(0), scale: 1 };
  for (let epoch = 0; epoch < epochs; epoch++) {
    let seen = 0;
    for (const e of shuffled(train, 101 + epoch)) {
      for (let i = 0; i < e.labels.length; i++) {
        model.update(tokenSparse(e, i, x), e.labels[i], e.weight * (e.labels[i] ? 2 : 1));
        seen++;
      }
    }
    log(`  token head: epoch ${epoch + 1}/${epochs} on ${seen} tokens`);
  }
  return model;
}

/** Picks the token threshold with the best mean per-post character F1 on the dev posts. */
export function tuneTokenThreshold(
  head: FtrlLogistic,
  examples: TTokenExample[],
): { threshold: number; f1: number } {
  const dev = examples.filter((e) => e.split === "dev" && e.text !== undefined);
  const x = { feats: new Int32Array(0), scale: 1 };
  const probs = dev.map((e) =>
    Array.from({ length: e.labels.length }, (_, i) =>
      sigmoid(head.predictLogit(tokenSparse(e, i, x))),
    ),
  );
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.1; t < 0.95; t += 0.025) {
    let sum = 0;
    dev.forEach((e, d) => {
      const spans = (e.ranges ?? []).filter((_, i) => probs[d][i] >= t);
      sum += spanF1(charsOf(spans), new Set(e.gold ?? []));
    });
    const f1 = dev.length ? sum / dev.length : 0;
    if (f1 > best.f1) best = { threshold: Number(t.toFixed(3)), f1 };
  }
  return best;
}

export function tokenHeadOf(model: FtrlLogistic, threshold: number): TTokenHead {
  return { bias: model.bias, weights: model.weights(), threshold };
}

// Fitting the span tagger: FTRL-Proximal logistic regression over the token examples (L1 keeps
// most buckets zero, so the model file stays small), then the logit threshold and the comment
// gate that maximise character F1 on the dev posts.

import { charsOf, spanF1 } from "../model/training/metrics";
import { SPAN_BUCKETS } from "./token-features";
import { cutoffFor, spansFromLogits, type TSpanTaggerModel } from "./tagger";
import type { TSpanPost } from "./span-examples";
import { mulberry32 } from "../text/random";

export type TFitOptions = {
  epochs: number;
  alpha: number;
  beta: number;
  l1: number;
  l2: number;
  /** Weight of a toxic token relative to a clean one. */
  positiveWeight: number;
};

export const DEFAULT_FIT: TFitOptions = {
  epochs: 6,
  alpha: 0.1,
  beta: 1,
  l1: 1,
  l2: 1,
  positiveWeight: 1,
};

/** Deterministic shuffle so a training run is reproducible. */
function shuffled(n: number, seed: number): Int32Array {
  const rand = mulberry32(seed);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

export function fitWeights(
  posts: TSpanPost[],
  opts: TFitOptions = DEFAULT_FIT,
): { bias: number; weights: Float32Array } {
  const z = new Float64Array(SPAN_BUCKETS);
  const nsq = new Float64Array(SPAN_BUCKETS);
  const { alpha, beta, l1, l2 } = opts;
  const weight = (i: number) =>
    Math.abs(z[i]) <= l1
      ? 0
      : -(z[i] - Math.sign(z[i]) * l1) / ((beta + Math.sqrt(nsq[i])) / alpha + l2);
  const tokens: Array<[number, number]> = [];
  posts.forEach((p, pi) => {
    for (let i = 0; i < p.labels.length; i++) tokens.push([pi, i]);
  });
  let bias = 0;
  let biasN = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    const order = shuffled(tokens.length, 17 + epoch);
    for (const t of order) {
      const [pi, i] = tokens[t];
      const p = posts[pi];
      const y = p.labels[i];
      let logit = bias;
      for (let k = p.from[i]; k < p.from[i + 1]; k++) logit += weight(p.feats[k]);
      const prob = 1 / (1 + Math.exp(-logit));
      const g = (prob - y) * (y ? opts.positiveWeight : 1);
      for (let k = p.from[i]; k < p.from[i + 1]; k++) {
        const b = p.feats[k];
        const w = weight(b);
        const sigma = (Math.sqrt(nsq[b] + g * g) - Math.sqrt(nsq[b])) / alpha;
        z[b] += g - sigma * w;
        nsq[b] += g * g;
      }
      biasN += g * g;
      bias -= (0.1 * g) / Math.sqrt(biasN + 1);
    }
  }
  const weights = new Float32Array(SPAN_BUCKETS);
  for (let b = 0; b < SPAN_BUCKETS; b++) weights[b] = weight(b);
  return { bias, weights };
}

/** The weights as the tagger ships them: 8 bits each, scaled by the largest. */
export function quantizeWeights(weights: Float32Array): { scale: number; weights: Int8Array } {
  let max = 0;
  for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i]));
  const scale = max > 0 ? max / 127 : 1;
  const q = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.round(weights[i] / scale);
  return { scale, weights: q };
}

/**
 * Token logits of a post as the tagger computes them: a word whose own logit (its first two
 * features, word and marks: see tokenFeatures) is under `prefilter` gets -∞.
 */
export function postLogits(
  post: TSpanPost,
  model: Pick<TSpanTaggerModel, "bias" | "weights" | "scale">,
  prefilter = -Infinity,
): Float32Array {
  const out = new Float32Array(post.labels.length);
  for (let i = 0; i < out.length; i++) {
    const from = post.from[i];
    const own = model.weights[post.feats[from]] + model.weights[post.feats[from + 1]];
    if (model.bias + own * model.scale < prefilter) {
      out[i] = -Infinity;
      continue;
    }
    let q = 0;
    for (let k = from; k < post.from[i + 1]; k++) q += model.weights[post.feats[k]];
    out[i] = model.bias + q * model.scale;
  }
  return out;
}

/**
 * The highest prefilter (a speed cut: words whose own logit is under it are skipped) that costs
 * at most `cost` dev F1 at the chosen cut-offs.
 */
export function choosePrefilter(
  posts: TSpanPost[],
  model: Pick<TSpanTaggerModel, "bias" | "weights" | "scale">,
  cut: TCutoffs,
  cost: number,
): { prefilter: number; f1: number } {
  const base = meanSpanF1(
    posts,
    posts.map((p) => postLogits(p, model)),
    cut,
  );
  let best = { prefilter: -Infinity, f1: base };
  for (let k = -32; k <= 0; k++) {
    const prefilter = k / 4;
    const f1 = meanSpanF1(
      posts,
      posts.map((p) => postLogits(p, model, prefilter)),
      cut,
    );
    if (f1 >= base - cost) best = { prefilter, f1 };
    else break;
  }
  return best;
}

export type TCutoffs = Pick<TSpanTaggerModel, "threshold" | "margin" | "floor" | "gate">;

/** Mean per-post character F1 of the tagger's spans (both empty = 1), the SemEval measure. */
export function meanSpanF1(posts: TSpanPost[], logits: Float32Array[], cut: TCutoffs): number {
  let total = 0;
  posts.forEach((p, k) => {
    const spans =
      p.level < cut.gate
        ? []
        : spansFromLogits(p.doc, logits[k], cutoffFor(cut, logits[k]), p.input);
    total += spanF1(charsOf(spans), p.gold);
  });
  return total / (posts.length || 1);
}

const GRID = {
  threshold: Array.from({ length: 25 }, (_, k) => -4 + k / 4),
  /** Relative to the threshold (a floor above it did not help on dev). */
  floorBelow: [0, 1, 2, 3, 99],
  margin: [1, 1.25, 1.5, 1.75, 2, 2.5, 3, 99],
};

/**
 * The cut-offs with the best dev F1, one parameter at a time over its grid (two rounds), for
 * comments at or above `gate` (chosen by the caller: the toxic-spans posts are nearly all toxic,
 * so they cannot say where harm starts).
 */
export function chooseCutoffs(
  posts: TSpanPost[],
  logits: Float32Array[],
  gate: number,
): TCutoffs & { f1: number } {
  let p = { threshold: -2, floorBelow: 0, margin: 99 };
  const cutOf = (q: typeof p): TCutoffs => ({
    threshold: q.threshold,
    margin: q.margin,
    floor: q.threshold - q.floorBelow,
    gate,
  });
  let best = meanSpanF1(posts, logits, cutOf(p));
  for (let round = 0; round < 2; round++) {
    for (const key of ["threshold", "margin", "floorBelow"] as const) {
      for (const value of GRID[key]) {
        const q = { ...p, [key]: value };
        const f1 = meanSpanF1(posts, logits, cutOf(q));
        if (f1 > best + 1e-9) [p, best] = [q, f1];
      }
    }
  }
  return { ...cutOf(p), f1: best };
}

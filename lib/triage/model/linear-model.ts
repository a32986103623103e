// The learned model in memory: one logistic head per harm the data supports, plus a token-level
// head that marks which words carry the harm (the toxic-spans task). Dense weights, fast reads.

import type { THarm } from "../types";
import { CONTEXT, FEATURE_MASK, REPEAT, type TFeatures } from "./features";

export type THead = {
  name: string;
  harm: THarm;
  bias: number;
  /** Added to the logit so that 0.5 is the F1-best cut-off found on held-out data. */
  shift: number;
  weights: Float32Array;
};

export type TTokenHead = {
  bias: number;
  weights: Float32Array;
  /** Probability from which a token is highlighted, chosen on held-out toxic-spans posts. */
  threshold: number;
};

export type TLinearModel = {
  buckets: number;
  heads: THead[];
  token: TTokenHead | null;
  /** Provenance and held-out figures written by `vigil train`. */
  meta: Record<string, unknown>;
};

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Each feature counts 1/sqrt(max(n, FEATURE_FLOOR)): long and short comments land on a similar
 * scale, but a three-word comment cannot swing the score as if each word were a whole tweet.
 */
export const FEATURE_FLOOR = 80;

export function featureScale(count: number): number {
  return count > 0 ? 1 / Math.sqrt(Math.max(count, FEATURE_FLOOR)) : 0;
}

/** Raw logit of a head (before the calibration shift): each distinct feature counts once. */
export function headLogit(head: { bias: number; weights: Float32Array }, f: TFeatures): number {
  const w = head.weights;
  let sum = 0;
  for (let k = 0; k < f.count; k++) {
    const v = f.feats[k];
    if (v < REPEAT) sum += w[v];
  }
  return head.bias + sum * featureScale(f.distinct);
}

export function headScore(head: THead, f: TFeatures): number {
  if (f.count === 0) return 0;
  return sigmoid(headLogit(head, f) + head.shift);
}

/** How much token i's own features push a head's logit (a repeated word as much as its first occurrence). */
export function tokenContribution(head: THead, f: TFeatures, i: number): number {
  const w = head.weights;
  let sum = 0;
  for (let k = f.tokFrom[i]; k < f.tokTo[i]; k++) sum += w[f.feats[k] & FEATURE_MASK];
  return sum * featureScale(f.distinct);
}

/** Token-head features: the token's word and n-grams plus its neighbours' words and word pairs. */
export function tokenLogit(
  head: { bias: number; weights: Float32Array },
  f: TFeatures,
  i: number,
): number {
  const w = head.weights;
  let sum = 0;
  for (let c = i * CONTEXT; c < (i + 1) * CONTEXT; c++) sum += w[f.context[c]];
  const n = f.tokTo[i] - f.tokFrom[i] + CONTEXT;
  for (let k = f.tokFrom[i]; k < f.tokTo[i]; k++) sum += w[f.feats[k] & FEATURE_MASK];
  return head.bias + sum / Math.sqrt(n);
}

// Scoring hot path: up to three document heads and the token head interleaved in one array
// (stride 4), so each feature costs one cache line read and one pass gives every logit.

import { CONTEXT, FEATURE_MASK, REPEAT, type TFeatures } from "./features";
import { featureScale, type TLinearModel } from "./linear-model";

export const PACKED_MAX_HEADS = 3;
const STRIDE = 4;
const TOKEN = 3;

export type TPackedModel = {
  heads: number;
  weights: Float32Array;
  biases: Float64Array;
  tokenBias: number;
};

export function packModel(model: TLinearModel): TPackedModel | null {
  if (model.heads.length > PACKED_MAX_HEADS) return null;
  const weights = new Float32Array(model.buckets * STRIDE);
  model.heads.forEach((head, h) => {
    for (let i = 0; i < model.buckets; i++) weights[i * STRIDE + h] = head.weights[i];
  });
  if (model.token)
    for (let i = 0; i < model.buckets; i++) weights[i * STRIDE + TOKEN] = model.token.weights[i];
  const biases = new Float64Array(PACKED_MAX_HEADS);
  model.heads.forEach((head, h) => (biases[h] = head.bias + head.shift));
  return { heads: model.heads.length, weights, biases, tokenBias: model.token?.bias ?? 0 };
}

let tokenLogits = new Float32Array(256);

/**
 * Fills docLogits[h] (calibrated, shift included) and returns the token logits (a scratch view,
 * valid until the next call).
 */
export function scorePacked(p: TPackedModel, f: TFeatures, docLogits: Float64Array): Float32Array {
  if (tokenLogits.length < f.tokens)
    tokenLogits = new Float32Array(Math.max(f.tokens, tokenLogits.length * 2));
  const W = p.weights;
  const feats = f.feats;
  let a0 = 0;
  let a1 = 0;
  let a2 = 0;
  for (let i = 0; i < f.tokens; i++) {
    let t = 0;
    const from = f.tokFrom[i];
    const to = f.tokTo[i];
    for (let k = from; k < to; k++) {
      const v = feats[k];
      const b = (v & FEATURE_MASK) * STRIDE;
      t += W[b + TOKEN];
      // A repeated feature counts for its token, not again for the document.
      if (v < REPEAT) {
        a0 += W[b];
        a1 += W[b + 1];
        a2 += W[b + 2];
      }
    }
    const c = i * CONTEXT;
    for (let k = c; k < c + CONTEXT; k++) t += W[f.context[k] * STRIDE + TOKEN];
    tokenLogits[i] = p.tokenBias + t / Math.sqrt(to - from + CONTEXT);
  }
  // Bigram features follow the tokens' own features.
  const tail = f.tokens > 0 ? f.tokTo[f.tokens - 1] : 0;
  for (let k = tail; k < f.count; k++) {
    const v = feats[k];
    if (v >= REPEAT) continue;
    const b = v * STRIDE;
    a0 += W[b];
    a1 += W[b + 1];
    a2 += W[b + 2];
  }
  const scale = featureScale(f.distinct);
  docLogits[0] = p.biases[0] + a0 * scale;
  docLogits[1] = p.biases[1] + a1 * scale;
  docLogits[2] = p.biases[2] + a2 * scale;
  return tokenLogits.subarray(0, f.tokens);
}

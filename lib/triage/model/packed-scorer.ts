// Scoring hot path: up to three document heads and the token head interleaved in one array
// (stride 4), so each feature costs one cache line read and one pass gives every logit.

import type { TDoc } from "../text/doc";
import { tokenIs } from "../text/doc";
import {
  bigramBucket,
  bigramKey,
  clearSet,
  CONTEXT,
  FEATURE_MASK,
  firstOr,
  leftContext,
  MAX_WORD_FEATURES,
  NO_NEXT,
  NO_PREV,
  REPEAT,
  rightContext,
  type TFeatures,
  wordHash,
  writeWordFeatures,
} from "./features";
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
 * valid until the next call), reading every feature of a feature list. The analyzer scores with
 * scoreDocPacked below (per-word sums from a cache); this is the definition that one is tested
 * against (tests/unit/triage/model-word-cache.test.ts).
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

/**
 * Per-word sums, remembered across comments: a word's features (its hash and character n-grams)
 * and so its weights never change, and most words of a comment were seen in earlier ones. For
 * each word: its feature hash, its feature count, the token head's sum and the document heads'
 * sums over its features, added in the order scorePacked adds them.
 */
export type TWordCache = {
  slots: Int32Array;
  keys: Int32Array;
  words: string[];
  hash: Int32Array;
  features: Int32Array;
  sums: Float64Array;
  size: number;
  capacity: number;
  /** 32 − log2(slots): Fibonacci hashing keeps the product's high bits. */
  shift: number;
};

/** Words remembered; the cache starts afresh when full (a few MB at most). */
const WORD_CACHE_SIZE = 1 << 15;
/** Per word: token head, document heads, then its token-head weight as a left and as a right neighbour. */
const SUMS = 1 + PACKED_MAX_HEADS + 2;
const AS_LEFT = 1 + PACKED_MAX_HEADS;
const AS_RIGHT = AS_LEFT + 1;

/** `capacity` words (a power of two) before it starts afresh. */
export function createWordCache(capacity = WORD_CACHE_SIZE): TWordCache {
  return emptyCache(capacity);
}

function emptyCache(capacity: number): TWordCache {
  return {
    slots: new Int32Array(2 * capacity).fill(-1),
    keys: new Int32Array(2 * capacity),
    words: [],
    hash: new Int32Array(capacity),
    features: new Int32Array(capacity),
    sums: new Float64Array(capacity * SUMS),
    size: 0,
    capacity,
    shift: Math.clz32(2 * capacity) + 1,
  };
}

const wordFeats = new Int32Array(MAX_WORD_FEATURES);

/** The cache entry of token i's word, computed and stored on first sight. */
function wordEntry(p: TPackedModel, cache: TWordCache, doc: TDoc, i: number): number {
  const key = doc.tokHash[i];
  const mask = cache.slots.length - 1;
  let slot = Math.imul(key, 0x9e3779b1) >>> cache.shift;
  for (;;) {
    slot &= mask;
    const e = cache.slots[slot];
    if (e < 0) break;
    if (cache.keys[slot] === key && tokenIs(doc, i, cache.words[e])) return e;
    slot++;
  }
  const e = cache.size++;
  const start = doc.tokStart[i];
  const baseEnd = doc.tokBaseEnd[i];
  const w = wordHash(doc.norm, start, baseEnd);
  const n = writeWordFeatures(doc.norm, start, baseEnd, w, wordFeats, 0);
  const W = p.weights;
  let t = 0;
  let a0 = 0;
  let a1 = 0;
  let a2 = 0;
  for (let k = 0; k < n; k++) {
    const b = wordFeats[k] * STRIDE;
    t += W[b + TOKEN];
    a0 += W[b];
    a1 += W[b + 1];
    a2 += W[b + 2];
  }
  cache.hash[e] = w;
  cache.features[e] = n;
  const s = e * SUMS;
  cache.sums[s] = t;
  cache.sums[s + 1] = a0;
  cache.sums[s + 2] = a1;
  cache.sums[s + 3] = a2;
  cache.sums[s + AS_LEFT] = W[leftContext(w) * STRIDE + TOKEN];
  cache.sums[s + AS_RIGHT] = W[rightContext(w) * STRIDE + TOKEN];
  cache.words[e] = doc.norm.slice(start, baseEnd);
  cache.keys[slot] = key;
  cache.slots[slot] = e;
  return e;
}

let wordHashes = new Int32Array(256);
let entries = new Int32Array(256);

/**
 * scorePacked from the doc itself, each word's sums from the cache: the same logits (the document
 * sums added word by word rather than feature by feature, equal up to rounding), without hashing
 * and reading every n-gram of every word again.
 */
export function scoreDocPacked(
  p: TPackedModel,
  cache: TWordCache,
  doc: TDoc,
  docLogits: Float64Array,
): Float32Array {
  const n = doc.count;
  if (tokenLogits.length < n) tokenLogits = new Float32Array(Math.max(n, tokenLogits.length * 2));
  if (wordHashes.length < n) {
    wordHashes = new Int32Array(Math.max(n, wordHashes.length * 2));
    entries = new Int32Array(wordHashes.length);
  }
  // Room for every word of this comment: a full cache starts afresh between comments, never
  // within one (its entries are read again below).
  if (cache.size + n > cache.capacity) {
    let capacity = cache.capacity;
    while (capacity < n) capacity *= 2;
    Object.assign(cache, emptyCache(capacity));
  }
  const W = p.weights;
  const sums = cache.sums;
  const noPrev = W[leftContext(NO_PREV) * STRIDE + TOKEN];
  const noNext = W[rightContext(NO_NEXT) * STRIDE + TOKEN];
  let a0 = 0;
  let a1 = 0;
  let a2 = 0;
  let distinct = 0;
  clearSet(n);
  for (let i = 0; i < n; i++) {
    const e = wordEntry(p, cache, doc, i);
    entries[i] = e;
    const w = cache.hash[e];
    wordHashes[i] = w;
    // A repeated word counts for its token, not again for the document.
    if (firstOr(w, i) < 0) {
      const s = e * SUMS;
      a0 += sums[s + 1];
      a1 += sums[s + 2];
      a2 += sums[s + 3];
      distinct += cache.features[e];
    }
  }
  clearSet(n);
  for (let i = 0; i < n; i++) {
    const e = entries[i];
    let t = sums[e * SUMS];
    t += i > 0 ? sums[entries[i - 1] * SUMS + AS_LEFT] : noPrev;
    t += i + 1 < n ? sums[entries[i + 1] * SUMS + AS_RIGHT] : noNext;
    tokenLogits[i] = p.tokenBias + t / Math.sqrt(cache.features[e] + CONTEXT);
    if (i + 1 < n && doc.sentence[i] === doc.sentence[i + 1]) {
      const key = bigramKey(wordHashes[i], wordHashes[i + 1]);
      if (firstOr(key, 1) < 0) {
        const b = bigramBucket(key) * STRIDE;
        a0 += W[b];
        a1 += W[b + 1];
        a2 += W[b + 2];
        distinct++;
      }
    }
  }
  const scale = featureScale(distinct);
  lastScale = scale;
  lastSums = sums;
  docLogits[0] = p.biases[0] + a0 * scale;
  docLogits[1] = p.biases[1] + a1 * scale;
  docLogits[2] = p.biases[2] + a2 * scale;
  return tokenLogits.subarray(0, n);
}

let lastScale = 0;
let lastSums: Float64Array = new Float64Array(0);

/**
 * How much token i's own features push head h's logit in the comment scoreDocPacked scored last
 * (linear-model.ts tokenContribution, from the cache).
 */
export function lastTokenContribution(h: number, i: number): number {
  return lastSums[entries[i] * SUMS + 1 + h] * lastScale;
}

// Hashed features of a prepared comment: word unigrams and bigrams plus character 3–5-grams
// inside each word. Training and scoring share this code, so the model file stays valid.

import type { TDoc } from "../text/doc";
import { FNV_OFFSET, FNV_PRIME } from "../text/hash";

export const BUCKET_BITS = 18;
export const BUCKETS = 1 << BUCKET_BITS;
const MASK = BUCKETS - 1;
const MIN_N = 3;
const MAX_N = 5;
/** Long tokens (URLs, keyboard mashing) add only their first characters' n-grams. */
const MAX_CHARS_PER_TOKEN = 24;

const SALT_WORD = 0x2f1a;
const SALT_BIGRAM = 0x61b3;
const SALT_LEFT = 0x7c21;
const SALT_RIGHT = 0x13e5;
const PAD_START = 60; // "<"
const PAD_END = 62; // ">"

/**
 * Features of one comment. Token i's own features (its word and its character n-grams) are
 * feats[tokFrom[i], tokTo[i]); bigrams follow them and belong to no single token.
 */
export type TFeatures = {
  count: number;
  feats: Int32Array;
  tokFrom: Int32Array;
  tokTo: Int32Array;
  /** Bucket of the left and right neighbour word of each token (token-level span head). */
  left: Int32Array;
  right: Int32Array;
  tokens: number;
};

let feats = new Int32Array(8192);

function ensure(n: number): void {
  if (feats.length < n) {
    const next = new Int32Array(Math.max(n, feats.length * 2));
    next.set(feats);
    feats = next;
  }
}

/** Digits fold to "0": numbers are evidence of nothing in particular. */
function codeAt(norm: string, k: number): number {
  const c = norm.charCodeAt(k);
  return c >= 48 && c <= 57 ? 48 : c;
}

function wordHash(doc: TDoc, i: number, salt: number): number {
  let h = FNV_OFFSET ^ salt;
  for (let k = doc.tokStart[i]; k < doc.tokBaseEnd[i]; k++) h = Math.imul(h ^ codeAt(doc.norm, k), FNV_PRIME);
  return h;
}

/** xor-shift fold: FNV's low bits alone are weak, the high half mixed in is enough for buckets. */
const bucket = (h: number) => (h ^ (h >>> 15) ^ (h >>> 27)) & MASK;

export function extractFeatures(doc: TDoc): TFeatures {
  const n = doc.count;
  const tokFrom = new Int32Array(n);
  const tokTo = new Int32Array(n);
  const left = new Int32Array(n);
  const right = new Int32Array(n);
  const words = new Int32Array(n);
  // Exact upper bound: one word + three n-gram sizes per padded position per token, one bigram each.
  let bound = 2 * n + 16;
  for (let i = 0; i < n; i++) bound += 3 * (Math.min(doc.tokBaseEnd[i] - doc.tokStart[i], MAX_CHARS_PER_TOKEN) + 2);
  ensure(bound);
  const out = feats;
  let count = 0;
  const norm = doc.norm;
  for (let i = 0; i < n; i++) {
    tokFrom[i] = count;
    const w = wordHash(doc, i, SALT_WORD);
    words[i] = w;
    out[count++] = bucket(w);
    const start = doc.tokStart[i];
    const end = Math.min(doc.tokBaseEnd[i], start + MAX_CHARS_PER_TOKEN);
    const padded = end - start + 2;
    for (let p = 0; p + MIN_N <= padded; p++) {
      let h = FNV_OFFSET;
      for (let q = p; q < padded && q < p + MAX_N; q++) {
        const c = q === 0 ? PAD_START : q === padded - 1 ? PAD_END : codeAt(norm, start + q - 1);
        h = Math.imul(h ^ c, FNV_PRIME);
        if (q - p + 1 >= MIN_N) out[count++] = bucket(h ^ (q - p));
      }
    }
    tokTo[i] = count;
  }
  for (let i = 0; i < n; i++) {
    left[i] = bucket((i > 0 ? words[i - 1] : 0x5bd1) ^ SALT_LEFT);
    right[i] = bucket((i + 1 < n ? words[i + 1] : 0x3c6e) ^ SALT_RIGHT);
    if (i + 1 < n && doc.sentence[i] === doc.sentence[i + 1]) out[count++] = bucket(Math.imul(words[i] ^ SALT_BIGRAM, 31) + words[i + 1]);
  }
  return { count, feats: out.subarray(0, count), tokFrom, tokTo, left, right, tokens: n };
}

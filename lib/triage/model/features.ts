// Hashed features of a prepared comment: word unigrams and bigrams plus character 3–5-grams
// inside each word. Training and scoring share this code, so the model file stays valid.
// Document heads count each word type and each bigram once: a comment that repeats a word or a
// sentence a thousand times carries no more evidence than one that says it once.

import type { TDoc } from "../text/doc";
import { FNV_OFFSET, FNV_PRIME, hashString } from "../text/hash";
import { IntSet } from "../text/int-table";
import { FOLDED_IDENTITY_WORDS } from "./identity-words";

export const BUCKET_BITS = 18;
export const BUCKETS = 1 << BUCKET_BITS;
const MASK = BUCKETS - 1;
const MIN_N = 3;
const MAX_N = 4;
/** Long tokens (URLs, keyboard mashing) add only their first characters' n-grams. */
const MAX_CHARS_PER_TOKEN = 24;

const SALT_WORD = 0x2f1a;
const SALT_BIGRAM = 0x61b3;
const SALT_LEFT = 0x7c21;
const SALT_RIGHT = 0x13e5;
export const CONTEXT = 2;
const PAD_START = 60; // "<"
const PAD_END = 62; // ">"

/**
 * Flag on the features of a word (or bigram) that already occurred earlier in the same comment.
 * Document heads skip flagged features; the token head reads every token's own features
 * (`feats[k] & FEATURE_MASK`).
 */
export const REPEAT = 1 << 30;
export const FEATURE_MASK = MASK;

/**
 * Features of one comment. Token i's own features (its word and its character n-grams) are
 * feats[tokFrom[i], tokTo[i]); bigrams follow them and belong to no single token.
 */
export type TFeatures = {
  count: number;
  /** Features not flagged REPEAT: the document heads' feature count. */
  distinct: number;
  /** Bucket indices, `| REPEAT` on a repeated occurrence. */
  feats: Int32Array;
  tokFrom: Int32Array;
  tokTo: Int32Array;
  /** Context buckets of token i for the token-level span head: context[i * CONTEXT + 0, 1] = left and right word. */
  context: Int32Array;
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

/**
 * Neutral identity words ("jews", "muslims", "gay", "women") fold to one word: the model learns
 * the frame around a group ("<identity> are vermin", "the <identity> in my class") for every group
 * at once, and cannot learn that a group's name alone is evidence of hate (the unintended
 * identity-term bias of Dixon et al. 2018). Slurs and derogatory spellings are not folded.
 */
const IDENTITY_FOLD = new IntSet(
  FOLDED_IDENTITY_WORDS.map((word) => hashString(word, FNV_OFFSET ^ SALT_WORD)),
);
const FOLDED_IDENTITY = hashString("<identity>", FNV_OFFSET ^ SALT_WORD);

/** Digits fold to "0": numbers are evidence of nothing in particular. */
function codeAt(norm: string, k: number): number {
  const c = norm.charCodeAt(k);
  return c >= 48 && c <= 57 ? 48 : c;
}

/** xor-shift fold: FNV's low bits alone are weak, the high half mixed in is enough for buckets. */
const bucket = (h: number) => (h ^ (h >>> 15) ^ (h >>> 27)) & MASK;

/**
 * Open-addressing set of the comment's word types (and then of its bigrams): key = 32-bit hash,
 * value = the first token (or 1) with it, -1 for an empty slot. Cleared per comment (≈ 2n slots).
 */
let setKeys = new Int32Array(256);
let setVals = new Int32Array(256);
let setMask = 0;

export function clearSet(n: number): void {
  let cap = 64;
  while (cap < 2 * n) cap *= 2;
  if (setKeys.length < cap) {
    setKeys = new Int32Array(cap);
    setVals = new Int32Array(cap);
  }
  setMask = cap - 1;
  setVals.fill(-1, 0, cap);
}

/** The value stored under `key`, or -1 after storing `value` under it (first occurrence). */
export function firstOr(key: number, value: number): number {
  let slot = Math.imul(key, 0x9e3779b1) >>> 16;
  for (;;) {
    slot &= setMask;
    const v = setVals[slot];
    if (v < 0) {
      setKeys[slot] = key;
      setVals[slot] = value;
      return -1;
    }
    if (setKeys[slot] === key) return v;
    slot++;
  }
}

/** The word feature's hash of norm[start, baseEnd): digits folded, a neutral identity word folded to one. */
export function wordHash(norm: string, start: number, baseEnd: number): number {
  let w = FNV_OFFSET ^ SALT_WORD;
  for (let k = start; k < baseEnd; k++) w = Math.imul(w ^ codeAt(norm, k), FNV_PRIME);
  return IDENTITY_FOLD.has(w) ? FOLDED_IDENTITY : w;
}

/** Most features one word can have (its word feature and three n-gram sizes per padded position). */
export const MAX_WORD_FEATURES = 1 + 3 * (MAX_CHARS_PER_TOKEN + 2);

/**
 * Writes the features of the word norm[start, baseEnd) with hash w (wordHash) into out from
 * `count`: the word, then its character 3–5-grams (a folded identity word is that one feature:
 * its letters would name the group again). Returns the new count.
 */
export function writeWordFeatures(
  norm: string,
  start: number,
  baseEnd: number,
  w: number,
  out: Int32Array,
  count: number,
): number {
  out[count++] = bucket(w);
  if (w === FOLDED_IDENTITY) return count;
  const end = Math.min(baseEnd, start + MAX_CHARS_PER_TOKEN);
  const len = end - start + 2;
  padded[0] = PAD_START;
  for (let k = start; k < end; k++) padded[k - start + 1] = codeAt(norm, k);
  padded[len - 1] = PAD_END;
  for (let p = 0; p + MIN_N <= len; p++) {
    let h = Math.imul(
      Math.imul(Math.imul(FNV_OFFSET ^ padded[p], FNV_PRIME) ^ padded[p + 1], FNV_PRIME) ^
        padded[p + 2],
      FNV_PRIME,
    );
    out[count++] = bucket(h ^ 2);
    for (let q = p + 3; q < len && q < p + MAX_N; q++) {
      h = Math.imul(h ^ padded[q], FNV_PRIME);
      out[count++] = bucket(h ^ (q - p));
    }
  }
  return count;
}

/** The bigram feature of two adjacent words' hashes: its key for counting once, and its bucket. */
export function bigramKey(w1: number, w2: number): number {
  return (Math.imul(w1 ^ SALT_BIGRAM, 31) + w2) | 0;
}
export const bigramBucket = (key: number) => bucket(key);

/** The token head's context buckets of a word between prev and next (0x5bd1 / 0x3c6e at the edges). */
export const leftContext = (prev: number) => bucket(prev ^ SALT_LEFT);
export const rightContext = (next: number) => bucket(next ^ SALT_RIGHT);
export const NO_PREV = 0x5bd1;
export const NO_NEXT = 0x3c6e;

let tokScratch = new Int32Array(5 * 256);
const padded = new Int32Array(MAX_CHARS_PER_TOKEN + 2);

/**
 * The returned arrays are views of reused buffers, valid until the next call: scoring needs no
 * allocation per comment. Copy them (slice) to keep them, as training does.
 */
export function extractFeatures(doc: TDoc): TFeatures {
  const n = doc.count;
  if (tokScratch.length < 5 * n)
    tokScratch = new Int32Array(Math.max(5 * n, tokScratch.length * 2));
  const tokFrom = tokScratch.subarray(0, n);
  const tokTo = tokScratch.subarray(n, 2 * n);
  const words = tokScratch.subarray(2 * n, 3 * n);
  const context = tokScratch.subarray(3 * n, 5 * n);
  // Exact upper bound: one word + three n-gram sizes per padded position per token, one bigram each.
  let bound = 2 * n + 16;
  for (let i = 0; i < n; i++)
    bound += 3 * (Math.min(doc.tokBaseEnd[i] - doc.tokStart[i], MAX_CHARS_PER_TOKEN) + 2);
  ensure(bound);
  const out = feats;
  let count = 0;
  let repeats = 0;
  const norm = doc.norm;
  clearSet(n);
  for (let i = 0; i < n; i++) {
    tokFrom[i] = count;
    const start = doc.tokStart[i];
    const baseEnd = doc.tokBaseEnd[i];
    const w = wordHash(norm, start, baseEnd);
    words[i] = w;
    const first = firstOr(w, i);
    if (first >= 0) {
      // The same word again: its features, flagged, for the token head; nothing new for the document.
      for (let k = tokFrom[first]; k < tokTo[first]; k++) out[count++] = out[k] | REPEAT;
      repeats += tokTo[first] - tokFrom[first];
      tokTo[i] = count;
      continue;
    }
    count = writeWordFeatures(norm, start, baseEnd, w, out, count);
    tokTo[i] = count;
  }
  clearSet(n);
  for (let i = 0; i < n; i++) {
    context[i * CONTEXT] = leftContext(i > 0 ? words[i - 1] : NO_PREV);
    context[i * CONTEXT + 1] = rightContext(i + 1 < n ? words[i + 1] : NO_NEXT);
    if (i + 1 < n && doc.sentence[i] === doc.sentence[i + 1]) {
      const b = bigramKey(words[i], words[i + 1]);
      if (firstOr(b, 1) < 0) out[count++] = bucket(b);
      else {
        out[count++] = bucket(b) | REPEAT;
        repeats++;
      }
    }
  }
  return {
    count,
    distinct: count - repeats,
    feats: out.subarray(0, count),
    tokFrom,
    tokTo,
    context,
    tokens: n,
  };
}

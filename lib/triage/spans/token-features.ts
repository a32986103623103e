// Hashed features of one token for the span tagger: the word, the word with each neighbour, its
// first four and last three letters, and whether the other analyzers marked it, crossed with how
// harmful the whole comment looks. Few lookups per word: stage 1 stays fast. Training and
// scoring share this code, so the model file stays valid. No allocation per token.

import type { TDoc } from "../text/doc";
import { FNV_OFFSET, FNV_PRIME, mix } from "../text/hash";

export const SPAN_BUCKET_BITS = 18;
export const SPAN_BUCKETS = 1 << SPAN_BUCKET_BITS;

const MASK = SPAN_BUCKETS - 1;

/** At most this many features per token (see tokenFeatures). */
export const MAX_TOKEN_FEATURES = 6;

const SALT = {
  word: 0x11,
  bigramLeft: 0x44,
  bigramRight: 0x55,
  prefix: 0x66,
  suffix: 0x77,
  marks: 0x88,
} as const;

const EDGE = 0x5f3759df | 0;

/** What the other analyzers said about a token: bit 1 = terms span, bit 2 = model span. */
export const MARK_TERMS = 1;
export const MARK_MODEL = 2;

/** The comment's stage-1 harm level (max of hate, harassment, threat, profanity) in five steps. */
export function gateBucket(score: number): number {
  return score < 0.05 ? 0 : score < 0.2 ? 1 : score < 0.4 ? 2 : score < 0.7 ? 3 : 4;
}

const combine = (salt: number, a: number, b = 0) =>
  mix(Math.imul(Math.imul(salt ^ a, FNV_PRIME) ^ b, FNV_PRIME));
const at = (h: number) => h & MASK;

function wordHash(doc: TDoc, i: number): number {
  if (i < 0 || i >= doc.count) return EDGE;
  return doc.tokSqueezed[i] || doc.tokHash[i];
}

function rangeHash(norm: string, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let k = from; k < to; k++) h = Math.imul(h ^ norm.charCodeAt(k), FNV_PRIME);
  return h;
}

/** Bucket of token i's word. */
export function wordBucket(doc: TDoc, i: number): number {
  return at(combine(SALT.word, wordHash(doc, i)));
}

/**
 * Every token's word hash, read once per comment for its three features: out[i + 1] is token i's,
 * out[0] and out[count + 1] the edges. `out` must hold doc.count + 2.
 */
export function wordHashes(doc: TDoc, out: Int32Array): Int32Array {
  out[0] = EDGE;
  for (let i = 0; i < doc.count; i++) out[i + 1] = doc.tokSqueezed[i] || doc.tokHash[i];
  out[doc.count + 1] = EDGE;
  return out;
}

/** wordBucket from a wordHashes entry. */
export const wordBucketOf = (hash: number): number => at(combine(SALT.word, hash));

/**
 * The summed weights of token i's context and affix features (contextFeatures' buckets, scoring
 * without a feature list): `hashes` from wordHashes.
 */
export function contextWeight(doc: TDoc, i: number, hashes: Int32Array, w: Int8Array): number {
  const h = hashes[i + 1];
  let q =
    w[at(combine(SALT.bigramLeft, hashes[i], h))] +
    w[at(combine(SALT.bigramRight, h, hashes[i + 2]))];
  const start = doc.tokStart[i];
  const end = doc.tokBaseEnd[i];
  if (end - start >= 5) {
    q += w[at(combine(SALT.prefix, rangeHash(doc.norm, start, start + 4)))];
    q += w[at(combine(SALT.suffix, rangeHash(doc.norm, end - 3, end)))];
  }
  return q;
}

/** Bucket of what the other analyzers said about the word, crossed with the comment's level. */
export function marksBucket(marks: number, gate: number): number {
  return at(combine(SALT.marks, marks, gate));
}

/** Does token i have affix features (five letters or more)? */
export function hasAffixes(doc: TDoc, i: number): boolean {
  return doc.tokBaseEnd[i] - doc.tokStart[i] >= 5;
}

/** Token i's context and affix buckets into out[from..n); returns n (at most from + 4). */
export function contextFeatures(doc: TDoc, i: number, out: Int32Array, from = 0): number {
  const w = wordHash(doc, i);
  let n = from;
  out[n++] = at(combine(SALT.bigramLeft, wordHash(doc, i - 1), w));
  out[n++] = at(combine(SALT.bigramRight, w, wordHash(doc, i + 1)));
  if (hasAffixes(doc, i)) {
    const start = doc.tokStart[i];
    const end = doc.tokBaseEnd[i];
    out[n++] = at(combine(SALT.prefix, rangeHash(doc.norm, start, start + 4)));
    out[n++] = at(combine(SALT.suffix, rangeHash(doc.norm, end - 3, end)));
  }
  return n;
}

/**
 * All of token i's feature buckets into out[0..n) (training); returns n. `marks` is the MARK_*
 * bits of the token, `gate` its comment's gateBucket.
 */
export function tokenFeatures(
  doc: TDoc,
  i: number,
  marks: number,
  gate: number,
  out: Int32Array,
): number {
  out[0] = wordBucket(doc, i);
  out[1] = marksBucket(marks, gate);
  return contextFeatures(doc, i, out, 2);
}

// A comment prepared once for every analyzer: normalised text, tokens with hashes, sentence and
// quotation marks per token, and the way back from token ranges to original UTF-16 offsets.

import { isWordCode } from "./char-map";
import { FNV_OFFSET, FNV_PRIME } from "./hash";
import { normalizeText, type TNormalized } from "./normalize";
import { freshInt32, freshUint8 } from "./slab";

/** Work is capped: a 1 MB paste is scored on its first MAX_ANALYZED_CHARS characters. */
export const MAX_ANALYZED_CHARS = 20_000;

export type TDoc = {
  text: string;
  norm: string;
  origStart: Int32Array;
  origEnd: Int32Array;
  /** Token i covers norm[tokStart[i], tokEnd[i]). */
  count: number;
  tokStart: Int32Array;
  tokEnd: Int32Array;
  /** End of the token without a possessive "'s": tokens are looked up as norm[tokStart, tokBaseEnd). */
  tokBaseEnd: Int32Array;
  /** FNV-1a of norm[tokStart, tokBaseEnd) ("jew's" hashes as "jew"). */
  tokHash: Int32Array;
  /** Hash of the token with runs of letters squeezed to one, only for elongated tokens (else 0). */
  tokSqueezed: Int32Array;
  sentence: Int32Array;
  quoted: Uint8Array;
  /** Per token, the id of its word among every word set's words (text/word-set.ts), or -1; filled on first use. */
  wordIds: Int32Array | null;
  /** How many words were numbered when wordIds was filled. */
  wordIdsFor: number;
  /** True when the text was longer than the analysed prefix. */
  truncated: boolean;
  analyzedChars: number;
};

const APOSTROPHE = 39;
const ASTERISK = 42;

/** ASCII classes for the tokeniser: 1 = word character, 2 = "'" or "*", 0 = other. */
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) =>
  isWordCode(c) ? 1 : c === APOSTROPHE || c === ASTERISK ? 2 : 0,
);

function isTokenCode(norm: string, i: number): boolean {
  const c = norm.charCodeAt(i);
  if (c < 128) {
    const k = ASCII_CLASS[c];
    if (k !== 2) return k === 1;
  } else return isWordCode(c);
  return isJoiner(norm, i, c);
}

/** Apostrophes in contractions and "*" in masked words ("f*ck", "f**k") stay inside the word. */
function isJoiner(norm: string, i: number, c: number): boolean {
  // Apostrophes in contractions and "*" in masked words ("f*ck", "f**k") stay inside the word.
  if (c === APOSTROPHE) {
    return (
      i > 0 &&
      i + 1 < norm.length &&
      isWordCode(norm.charCodeAt(i - 1)) &&
      isWordCode(norm.charCodeAt(i + 1))
    );
  }
  if (c !== ASTERISK) return false;
  let back = i - 1;
  while (back >= 0 && norm.charCodeAt(back) === ASTERISK) back--;
  let ahead = i + 1;
  while (ahead < norm.length && norm.charCodeAt(ahead) === ASTERISK) ahead++;
  return (
    back >= 0 &&
    ahead < norm.length &&
    ahead - back <= 5 &&
    isWordCode(norm.charCodeAt(back)) &&
    isWordCode(norm.charCodeAt(ahead))
  );
}

function isSentenceEnd(norm: string, i: number): boolean {
  const c = norm.charCodeAt(i);
  if (c === 33 || c === 63 || c === 59 || c === 10) return true;
  if (c !== 46) return false;
  const next = i + 1 < norm.length ? norm.charCodeAt(i + 1) : 32;
  return next === 32 || next === 10 || next === 34 || next === 46;
}

export function prepareDoc(text: string, maxChars: number = MAX_ANALYZED_CHARS): TDoc {
  return tokenizeNormalized(text, normalizeText(text, maxChars));
}

/** Tokens, sentences and quotation of an already normalised text (also a repaired one: terms/spacing.ts). */
export function tokenizeNormalized(text: string, n: TNormalized): TDoc {
  const norm = n.norm;
  const len = norm.length;
  const cap = (len >> 1) + 2;
  // One allocation for the per-token columns.
  const block = freshInt32(cap * 6);
  const tokStart = block.subarray(0, cap);
  const tokEnd = block.subarray(cap, 2 * cap);
  const tokBaseEnd = block.subarray(2 * cap, 3 * cap);
  const tokHash = block.subarray(3 * cap, 4 * cap);
  const tokSqueezed = block.subarray(4 * cap, 5 * cap);
  const sentence = block.subarray(5 * cap, 6 * cap);
  const quoted = freshUint8(cap);
  let quotePositions: number[] | null = null;
  let count = 0;
  let sent = 0;
  let i = 0;
  while (i < len) {
    const c = norm.charCodeAt(i);
    if (
      c < 128
        ? ASCII_CLASS[c] !== 1 && !(ASCII_CLASS[c] === 2 && isJoiner(norm, i, c))
        : !isWordCode(c)
    ) {
      if (c < 65 && isSentenceEnd(norm, i) && count > 0 && sentence[count - 1] === sent) sent++;
      if (c === 34) (quotePositions ??= []).push(count);
      i++;
      continue;
    }
    const start = i;
    // Hash while scanning; keep the hash from two characters back for a possessive "'s".
    let h = FNV_OFFSET;
    let h1 = FNV_OFFSET;
    let h2 = FNV_OFFSET;
    let elongated = 0;
    while (i < len && isTokenCode(norm, i)) {
      if (elongated === 0 && n.elongated[i]) elongated = 1;
      h2 = h1;
      h1 = h;
      h = Math.imul(h ^ norm.charCodeAt(i), FNV_PRIME);
      i++;
    }
    let hashEnd = i;
    if (
      hashEnd - start > 2 &&
      norm.charCodeAt(hashEnd - 2) === APOSTROPHE &&
      norm.charCodeAt(hashEnd - 1) === 115
    ) {
      hashEnd -= 2;
      h = h2;
    }
    tokStart[count] = start;
    tokEnd[count] = i;
    tokBaseEnd[count] = hashEnd;
    tokHash[count] = h;
    tokSqueezed[count] = elongated ? squeezedHash(norm, start, hashEnd) : 0;
    sentence[count] = sent;
    count++;
  }
  // Text between a pair of double quotes is a mention; an unpaired quote mark is ignored.
  for (let q = 0; quotePositions && q + 1 < quotePositions.length; q += 2) {
    for (let t = quotePositions[q]; t < quotePositions[q + 1]; t++) quoted[t] = 1;
  }
  return {
    text,
    norm,
    origStart: n.origStart,
    origEnd: n.origEnd,
    count,
    tokStart,
    tokEnd,
    tokBaseEnd,
    tokHash,
    tokSqueezed,
    sentence,
    quoted,
    wordIds: null,
    wordIdsFor: 0,
    truncated: n.consumed < text.length,
    analyzedChars: n.consumed,
  };
}

export function squeezedHash(norm: string, from: number, to: number): number {
  let h = FNV_OFFSET;
  let prev = -1;
  for (let k = from; k < to; k++) {
    const c = norm.charCodeAt(k);
    if (c !== prev) h = Math.imul(h ^ c, FNV_PRIME);
    prev = c;
  }
  return h;
}

let cachedText: string | null = null;
let cachedLimit = 0;
let cachedDoc: TDoc | null = null;

/** Analyzers of one engine share the work: the last prepared text is remembered. */
export function getDoc(text: string, maxChars: number = MAX_ANALYZED_CHARS): TDoc {
  if (cachedDoc && cachedText === text && cachedLimit === maxChars) return cachedDoc;
  const doc = prepareDoc(text, maxChars);
  cachedText = text;
  cachedLimit = maxChars;
  cachedDoc = doc;
  return doc;
}

export function tokenText(doc: TDoc, i: number): string {
  return doc.norm.slice(doc.tokStart[i], doc.tokBaseEnd[i]);
}

/** Is token i exactly `word` (possessive "'s" ignored)? */
export function tokenIs(doc: TDoc, i: number, word: string): boolean {
  const start = doc.tokStart[i];
  const len = word.length;
  if (doc.tokBaseEnd[i] - start !== len) return false;
  // Words are short: a loop of character reads costs less than a call of startsWith.
  const norm = doc.norm;
  for (let k = 0; k < len; k++) if (norm.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** Original UTF-16 [start, end) covered by tokens [from, to). */
export function tokenSpan(doc: TDoc, from: number, to: number): { start: number; end: number } {
  return { start: doc.origStart[doc.tokStart[from]], end: doc.origEnd[doc.tokEnd[to - 1] - 1] };
}

/** Original UTF-16 [start, end) covered by norm characters [from, to). */
export function normSpan(doc: TDoc, from: number, to: number): { start: number; end: number } {
  return { start: doc.origStart[from], end: doc.origEnd[to - 1] };
}

/** The token's original characters, letters only, as written ("U.S." → "US"). */
export function originalLetters(doc: TDoc, i: number): string {
  const { start, end } = tokenSpan(doc, i, i + 1);
  return doc.text.slice(start, end).replace(/[^\p{L}]/gu, "");
}

// Ordinary English words (text/english-words.json, built by build-english-words.ts from sources
// without hate): fuzzy matching never reads one of them as a misspelled listed word, and the
// spacing repair uses them to tell a glued pair of words from an unknown word.

import type { TDoc } from "./doc";
import { hashString } from "./hash";
import { IntSet } from "./int-table";
import { freshUint8 } from "./slab";
import list from "./english-words.json";

/** Inflections a base word often takes: "train" guards "trains" and "trained" as well. */
const ENDINGS = ["s", "es", "ed", "d", "ing", "er", "ers", "ly"];

/** Hashes of each word and its common inflections ("hate" → "hated", "hates", "hating" …). */
export function inflectedHashes(words: Iterable<string>, into = new IntSet()): IntSet {
  for (const w of words) {
    if (!w) continue;
    into.add(hashString(w));
    for (const e of ENDINGS) into.add(hashString(w + e));
    if (w.endsWith("e")) into.add(hashString(w.slice(0, -1) + "ing"));
    if (w.endsWith("y")) into.add(hashString(w.slice(0, -1) + "ies"));
  }
  return into;
}

const bases = new IntSet();
for (const w of list.words.split(" ")) if (w) bases.add(hashString(w));
const guarded = inflectedHashes(list.words.split(" "));

/** Is this token hash an English word or a common inflection of one (the fuzzy guard)? */
export function isEnglishHash(hash: number): boolean {
  return guarded.has(hash);
}

/** Is this token hash a listed English word (no inflections: the spacing repair's vocabulary)? */
export function isEnglishBaseHash(hash: number): boolean {
  return bases.has(hash);
}

// Several passes ask about the same tokens: the answers for the last document are kept.
let memoDoc: TDoc | null = null;
let memo = new Uint8Array(0);

/** isEnglishHash for token i of doc, remembered for the document (0 unknown, 1 no, 2 yes). */
export function isEnglishToken(doc: TDoc, i: number): boolean {
  if (memoDoc !== doc) {
    memoDoc = doc;
    memo = freshUint8(doc.count);
  }
  let v = memo[i];
  if (v === 0) {
    v = guarded.has(doc.tokHash[i]) ? 2 : 1;
    memo[i] = v;
  }
  return v === 2;
}

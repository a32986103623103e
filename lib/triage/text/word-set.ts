// A fixed set of words tested against prepared tokens: the rules' small vocabularies ("faked",
// "report", "by" …) without slicing a string or running a regex per token.
//
// The rules ask some 600 such questions of a typical comment, so the lookup is shared: every word
// of every set gets a number, each token of a comment is looked up once (by hash, then compared)
// and its number kept on the doc, and a set answers by reading one byte of its own mask.

import { tokenIs, type TDoc } from "./doc";
import { hashString } from "./hash";
import { IntTable } from "./int-table";
import { freshInt32 } from "./slab";

export type TWordSet = ((doc: TDoc, i: number) => boolean) & {
  /**
   * The first token at or after `from` whose word the set holds (or, given `cls` and `bits`, whose
   * classes share a bit with `bits`), or -1. A rule that anchors on a set's words scans with this:
   * one tight loop instead of a call per token.
   */
  next: (doc: TDoc, from: number, cls?: Uint32Array, bits?: number) => number;
};

/**
 * Every word any set holds, numbered from 0; the number of the first word with each hash, and the
 * rest of the words sharing a hash (rare: 32-bit hashes of a few thousand words) listed apart.
 */
const words: string[] = [];
const idByHash = new IntTable();
const sharedHash = new Map<number, number[]>();

function idOf(word: string): number {
  const hash = hashString(word);
  const first = idByHash.get(hash);
  if (first >= 0) {
    if (words[first] === word) return first;
    for (const id of sharedHash.get(hash) ?? []) if (words[id] === word) return id;
  }
  words.push(word);
  const id = words.length - 1;
  if (first < 0) idByHash.set(hash, id);
  else sharedHash.set(hash, [...(sharedHash.get(hash) ?? []), id]);
  return id;
}

/** Per token of the doc, the number of its word, or -1 when no set holds it. */
function wordIds(doc: TDoc): Int32Array {
  if (doc.wordIds !== null && doc.wordIdsFor === words.length) return doc.wordIds;
  const ids = freshInt32(doc.count);
  for (let i = 0; i < doc.count; i++) {
    ids[i] = -1;
    const first = idByHash.get(doc.tokHash[i]);
    if (first < 0) continue;
    if (tokenIs(doc, i, words[first])) ids[i] = first;
    else if (sharedHash.size !== 0) {
      for (const id of sharedHash.get(doc.tokHash[i]) ?? []) {
        if (tokenIs(doc, i, words[id])) {
          ids[i] = id;
          break;
        }
      }
    }
  }
  doc.wordIds = ids;
  doc.wordIdsFor = words.length;
  return ids;
}

export function createWordSet(list: string | string[]): TWordSet {
  const members = (typeof list === "string" ? list.split(/\s+/) : list).filter(Boolean).map(idOf);
  const mask = new Uint8Array(words.length);
  for (const id of members) mask[id] = 1;
  // `id >>> 0` turns "no word" (-1) into a number past every mask: one bounds test for both ends.
  const size = mask.length;
  const next = (doc: TDoc, from: number, cls?: Uint32Array, bits = 0) => {
    const ids = wordIds(doc);
    const n = doc.count;
    let k = from < 0 ? 0 : from;
    if (cls === undefined || bits === 0) {
      for (; k < n; k++) {
        const id = ids[k] >>> 0;
        if (id < size && mask[id] === 1) return k;
      }
      return -1;
    }
    for (; k < n; k++) {
      const id = ids[k] >>> 0;
      if ((id < size && mask[id] === 1) || cls[k] & bits) return k;
    }
    return -1;
  };
  // The test is an anonymous function on purpose: tsx (the CLI and the benches) compiles with
  // esbuild's keepNames, which redefines a named function's `name` and so puts the function in
  // V8's slow dictionary mode, where every `set.next` read is a hash lookup. Unnamed, it stays fast.
  return Object.assign(
    (doc: TDoc, i: number) => {
      if (i < 0 || i >= doc.count) return false;
      const id = wordIds(doc)[i] >>> 0;
      return id < size && mask[id] === 1;
    },
    { next },
  );
}

/**
 * Numbers per word, OR-ed (a lexicon's word classes): `bits(doc, i)` for token i's word, 0 when
 * none is listed. Exact words only; stretched spellings ("kiiill") are word-index.ts's.
 */
export function createWordBits(entries: Iterable<readonly [string, number]>): TWordBits {
  const list = [...entries].filter(([w]) => w !== "");
  const ids = list.map(([w]) => idOf(w));
  const bits = new Int32Array(words.length);
  list.forEach(([, value], k) => (bits[ids[k]] |= value));
  return (doc, i) => {
    if (i < 0 || i >= doc.count) return 0;
    const id = wordIds(doc)[i];
    return id >= 0 && id < bits.length ? bits[id] : 0;
  };
}
export type TWordBits = (doc: TDoc, i: number) => number;

/** Values per word (term entries starting with it): `values(doc, i)` for token i's word, or null. */
export function createWordValues<T>(
  entries: Iterable<readonly [string, T]>,
): (doc: TDoc, i: number) => readonly T[] | null {
  const byId = new Map<number, T[]>();
  for (const [w, value] of entries) {
    if (w === "") continue;
    const id = idOf(w);
    const list = byId.get(id) ?? [];
    list.push(value);
    byId.set(id, list);
  }
  const table: Array<T[] | null> = Array.from(
    { length: words.length },
    (_, id) => byId.get(id) ?? null,
  );
  return (doc, i) => {
    if (i < 0 || i >= doc.count) return null;
    const id = wordIds(doc)[i];
    return id >= 0 && id < table.length ? table[id] : null;
  };
}

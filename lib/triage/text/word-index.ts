// Exact-word lookup on prepared tokens by hash (no slicing per token), with a fallback for
// stretched words: "fuuuuck" and "kiiiill" find "fuck" and "kill" by their squeezed spelling.

import { squeezedHash, tokenIs, type TDoc } from "./doc";
import { hashString } from "./hash";
import { IntTable } from "./int-table";

type TSlot<T> = { word: string; value: T };

export type TWordIndex<T> = {
  add: (word: string, value: T) => void;
  /** Values of every entry whose word is token i (exact, or squeezed when the token was stretched). */
  lookup: (doc: TDoc, i: number, out: T[]) => void;
  /** For numeric values: their bitwise OR, without collecting them. */
  lookupBits: (doc: TDoc, i: number) => number;
  readonly size: number;
};

export function createWordIndex<T>(): TWordIndex<T> {
  // Hash → index into `lists` (the entries with that hash, exact or squeezed).
  const exact = new IntTable();
  const squeezed = new IntTable();
  const lists: Array<Array<TSlot<T>>> = [];
  let size = 0;
  const push = (table: IntTable, key: number, slot: TSlot<T>) => {
    const at = table.get(key);
    if (at >= 0) lists[at].push(slot);
    else {
      table.set(key, lists.length);
      lists.push([slot]);
    }
  };
  const listOf = (table: IntTable, key: number): Array<TSlot<T>> | undefined => {
    const at = table.get(key);
    return at >= 0 ? lists[at] : undefined;
  };
  return {
    add(word, value) {
      const slot = { word, value };
      push(exact, hashString(word), slot);
      push(squeezed, squeezedHash(word, 0, word.length), slot);
      size++;
    },
    lookup(doc, i, out) {
      const list = listOf(exact, doc.tokHash[i]);
      let found = false;
      if (list) {
        for (const slot of list) {
          if (tokenIs(doc, i, slot.word)) {
            out.push(slot.value);
            found = true;
          }
        }
      }
      const sq = doc.tokSqueezed[i];
      if (found || sq === 0) return;
      const loose = listOf(squeezed, sq);
      if (loose) for (const slot of loose) out.push(slot.value);
    },
    lookupBits(doc, i) {
      let bits = 0;
      const list = listOf(exact, doc.tokHash[i]);
      if (list)
        for (const slot of list)
          if (tokenIs(doc, i, slot.word)) bits |= slot.value as unknown as number;
      const sq = doc.tokSqueezed[i];
      if (bits !== 0 || sq === 0) return bits;
      const loose = listOf(squeezed, sq);
      if (loose) for (const slot of loose) bits |= slot.value as unknown as number;
      return bits;
    },
    get size() {
      return size;
    },
  };
}

// Exact-word lookup on prepared tokens by hash (no slicing per token), with a fallback for
// stretched words: "fuuuuck" and "kiiiill" find "fuck" and "kill" by their squeezed spelling.

import { squeezedHash, tokenIs, type TDoc } from "./doc";
import { hashString } from "./hash";
import { IntMultiMap } from "./int-table";

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
  const exact = new IntMultiMap<TSlot<T>>();
  const squeezed = new IntMultiMap<TSlot<T>>();
  let size = 0;
  return {
    add(word, value) {
      const slot = { word, value };
      exact.add(hashString(word), slot);
      squeezed.add(squeezedHash(word, 0, word.length), slot);
      size++;
    },
    lookup(doc, i, out) {
      const list = exact.get(doc.tokHash[i]);
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
      const loose = squeezed.get(sq);
      if (loose) for (const slot of loose) out.push(slot.value);
    },
    lookupBits(doc, i) {
      let bits = 0;
      const list = exact.get(doc.tokHash[i]);
      if (list)
        for (const slot of list)
          if (tokenIs(doc, i, slot.word)) bits |= slot.value as unknown as number;
      const sq = doc.tokSqueezed[i];
      if (bits !== 0 || sq === 0) return bits;
      const loose = squeezed.get(sq);
      if (loose) for (const slot of loose) bits |= slot.value as unknown as number;
      return bits;
    },
    get size() {
      return size;
    },
  };
}

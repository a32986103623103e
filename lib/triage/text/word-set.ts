// A fixed set of words tested against prepared tokens by hash: the rules' small vocabularies
// ("faked", "report", "by" …) without slicing a string or running a regex per token.

import { tokenIs, type TDoc } from "./doc";
import { hashString } from "./hash";
import { IntMultiMap } from "./int-table";

export type TWordSet = (doc: TDoc, i: number) => boolean;

export function createWordSet(words: string | string[]): TWordSet {
  const list = typeof words === "string" ? words.split(/\s+/).filter(Boolean) : words;
  // The words with each hash (nearly always one).
  const byHash = new IntMultiMap<string>();
  for (const w of list) byHash.add(hashString(w), w);
  return (doc, i) => {
    if (i < 0 || i >= doc.count) return false;
    const candidates = byHash.get(doc.tokHash[i]);
    if (!candidates) return false;
    for (const w of candidates) if (tokenIs(doc, i, w)) return true;
    return false;
  };
}

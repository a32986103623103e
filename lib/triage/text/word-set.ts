// A fixed set of words tested against prepared tokens by hash: the rules' small vocabularies
// ("faked", "report", "by" …) without slicing a string or running a regex per token.

import { tokenIs, type TDoc } from "./doc";
import { hashString } from "./hash";
import { IntTable } from "./int-table";

export type TWordSet = (doc: TDoc, i: number) => boolean;

export function createWordSet(words: string | string[]): TWordSet {
  const list = typeof words === "string" ? words.split(/\s+/).filter(Boolean) : words;
  // Hash → index into `lists` (the words with that hash; nearly always one).
  const byHash = new IntTable();
  const lists: string[][] = [];
  for (const w of list) {
    const h = hashString(w);
    const at = byHash.get(h);
    if (at >= 0) lists[at].push(w);
    else {
      byHash.set(h, lists.length);
      lists.push([w]);
    }
  }
  return (doc, i) => {
    if (i < 0 || i >= doc.count) return false;
    const at = byHash.get(doc.tokHash[i]);
    if (at < 0) return false;
    for (const w of lists[at]) if (tokenIs(doc, i, w)) return true;
    return false;
  };
}

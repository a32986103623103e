// Single-quoted mentions: the tokenizer pairs double quotes only, since "'" is also an apostrophe.
// A quote mark that opens (start of text or after a space or bracket, before a letter) paired with
// the next one that closes (after a letter or punctuation, before a space, punctuation or the end)
// in the same sentence marks its words as quoted: "someone said 'X are parasites' on TV".

import type { TDoc } from "../text/doc";

const APOSTROPHE = 39;

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127;
}

/** Marks tokens between paired single quotes as quoted (idempotent; the doc is changed in place). */
export function markSingleQuotes(doc: TDoc): void {
  const { norm } = doc;
  let open = norm.indexOf("'");
  if (open < 0) return;
  let t = 0;
  while (open >= 0) {
    const before = open > 0 ? norm.charCodeAt(open - 1) : 32;
    const after = open + 1 < norm.length ? norm.charCodeAt(open + 1) : 32;
    if (isLetter(before) || !isLetter(after)) {
      open = norm.indexOf("'", open + 1);
      continue;
    }
    // The first token after the opening mark.
    while (t < doc.count && doc.tokStart[t] <= open) t++;
    if (t >= doc.count) return;
    let close = norm.indexOf("'", open + 1);
    while (close >= 0) {
      const b = norm.charCodeAt(close - 1);
      const a = close + 1 < norm.length ? norm.charCodeAt(close + 1) : 32;
      if (b !== 32 && !isLetter(a) && a !== APOSTROPHE) break;
      close = norm.indexOf("'", close + 1);
    }
    if (close < 0) return;
    let u = t;
    while (u < doc.count && doc.tokEnd[u] <= close && doc.sentence[u] === doc.sentence[t]) u++;
    // Paired within one sentence, around at least two words: a quotation, not "the '90s".
    if (u - t >= 2 && (u >= doc.count || doc.tokStart[u] > close))
      for (let k = t; k < u; k++) doc.quoted[k] = 1;
    open = norm.indexOf("'", close + 1);
  }
}

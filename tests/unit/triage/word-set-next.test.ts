// A word set's `next` finds what calling the set on every token finds: the anchor scans of the
// rules rely on it, so it is checked against the per-token answer on varied texts, with class bits.
import { describe, expect, it } from "vitest";
import { prepareDoc } from "@/lib/triage/text/doc";
import { createWordSet } from "@/lib/triage/text/word-set";

const BACK = createWordSet("back before than");
const texts = [
  "",
  "back",
  "Go back to where you came from, before it is too late; better than nothing.",
  "Nothing here at all, just words and more words.",
  "THAN than Than, back's and before-back",
  "they went back and back and back again",
];

/** Every index the set holds (or whose class has a bit of `bits`), token by token. */
function byToken(text: string, cls?: Uint32Array, bits = 0): number[] {
  const doc = prepareDoc(text);
  const out: number[] = [];
  for (let i = 0; i < doc.count; i++) if (BACK(doc, i) || (cls && cls[i] & bits)) out.push(i);
  return out;
}

function byNext(text: string, cls?: Uint32Array, bits = 0): number[] {
  const doc = prepareDoc(text);
  const out: number[] = [];
  for (let i = BACK.next(doc, 0, cls, bits); i >= 0; i = BACK.next(doc, i + 1, cls, bits))
    out.push(i);
  return out;
}

describe("word set next()", () => {
  it.each(texts)("finds the same tokens as asking each token: %s", (text) => {
    expect(byNext(text)).toEqual(byToken(text));
  });

  it("finds the set's words in order, possessives included", () => {
    expect(byNext("they went back and back's yard before noon")).toEqual([2, 4, 6]);
    expect(byNext("nothing to find here")).toEqual([]);
  });

  it("also stops at tokens whose classes share a bit, and starts where asked", () => {
    const text = "one two back three four before";
    const cls = Uint32Array.from([0, 4, 0, 8, 4, 0]);
    expect(byNext(text, cls, 4)).toEqual([1, 2, 4, 5]);
    expect(byNext(text, cls, 4)).toEqual(byToken(text, cls, 4));
    const doc = prepareDoc(text);
    expect(BACK.next(doc, 3)).toBe(5);
    expect(BACK.next(doc, -2)).toBe(2);
    expect(BACK.next(doc, 6)).toBe(-1);
  });
});

describe("word sets with words that share a hash", () => {
  // "glbvs" and "yacxa" have the same 32-bit FNV-1a hash: each token must still find its own word.
  const FIRST = createWordSet("glbvs");
  const SECOND = createWordSet("yacxa");
  it("tell the two words apart", () => {
    const doc = prepareDoc("yacxa glbvs yacxa other");
    expect([0, 1, 2, 3].map((i) => FIRST(doc, i))).toEqual([false, true, false, false]);
    expect([0, 1, 2, 3].map((i) => SECOND(doc, i))).toEqual([true, false, true, false]);
    expect(SECOND.next(doc, 1)).toBe(2);
  });
});

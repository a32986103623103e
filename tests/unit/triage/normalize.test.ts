import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { prepareDoc, tokenSpan, tokenText } from "@/lib/triage/text/doc";

const words = (text: string) => {
  const doc = prepareDoc(text);
  return Array.from({ length: doc.count }, (_, i) => tokenText(doc, i));
};
const originals = (text: string) => {
  const doc = prepareDoc(text);
  return Array.from({ length: doc.count }, (_, i) => {
    const { start, end } = tokenSpan(doc, i, i + 1);
    return text.slice(start, end);
  });
};

describe("normalisation with an offset map", () => {
  it("folds case, accents, fullwidth and look-alike letters", () => {
    expect(words("Ｊｅｗｓ Café NAÏVE Jеws 𝐣𝐞𝐰𝐬")).toEqual([
      "jews",
      "cafe",
      "naive",
      "jews",
      "jews",
    ]);
  });

  it("decodes l33t inside words only", () => {
    expect(words("n1gg3r $h!t 4ss")).toEqual(["nigger", "shit", "ass"]);
    expect(words("5th T2 F16 2,500 $ 100s")).toEqual(["5th", "t2", "f16", "2", "500", "100s"]);
  });

  it("joins spaced and dotted letters, and shortens long runs", () => {
    expect(words("k i l l them")).toEqual(["kill", "them"]);
    expect(words("the U.S. army")).toEqual(["the", "us", "army"]);
    expect(words("loooooser")).toEqual(["looser"]);
  });

  it("maps every token back to the original characters it came from", () => {
    expect(originals("😀 J3ws and m u s l i m s, looooser!")).toEqual([
      "J3ws",
      "and",
      "m u s l i m s",
      "looooser",
    ]);
  });

  it("marks quoted tokens and sentences", () => {
    const doc = prepareDoc('He said "go away" to me. Then left');
    expect(Array.from(doc.quoted.subarray(0, doc.count))).toEqual([0, 0, 1, 1, 0, 0, 0, 0]);
    expect(doc.sentence[doc.count - 1]).toBe(1);
  });

  it("caps the analysed length and says so", () => {
    const doc = prepareDoc("word ".repeat(10_000), 1000);
    expect(doc.truncated).toBe(true);
    expect(doc.analyzedChars).toBeLessThanOrEqual(1001);
  });

  it("always returns valid, ordered UTF-16 ranges that never split a surrogate pair", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 120 }), (text) => {
        const doc = prepareDoc(text);
        let previousEnd = 0;
        for (let i = 0; i < doc.count; i++) {
          const { start, end } = tokenSpan(doc, i, i + 1);
          expect(start).toBeGreaterThanOrEqual(previousEnd);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          const low = (c: number) => c >= 0xdc00 && c <= 0xdfff;
          expect(low(text.charCodeAt(start))).toBe(false);
          if (end < text.length) expect(low(text.charCodeAt(end))).toBe(false);
          previousEnd = end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

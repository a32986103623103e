import { describe, expect, it } from "vitest";
import {
  MAX_WINDOWS,
  planWindows,
  poolWindowLogits,
  sentenceRanges,
} from "@/lib/triage/encoder/windows";

/** A stand-in tokenizer: one token per word. */
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const sentence = (n: number, tag: string) =>
  `${Array.from({ length: n - 1 }, (_, i) => `${tag}${i}`).join(" ")} end.`;

describe("encoder windows", () => {
  it("keeps a text within the limit whole, as one window", () => {
    const text = "A short comment. Two sentences!";
    expect(planWindows(text, words, 128)).toEqual([{ start: 0, end: text.length }]);
  });

  it("cuts a long text at sentence ends into windows within the limit that cover it", () => {
    const text = Array.from({ length: 10 }, (_, i) => sentence(20, `s${i}w`)).join(" ");
    const windows = planWindows(text, words, 128);
    expect(windows.length).toBeGreaterThan(1);
    for (const w of windows) {
      expect(words(text.slice(w.start, w.end))).toBeLessThanOrEqual(128);
      expect(w.start === 0 || text[w.start - 1] === " ").toBe(true);
    }
    expect(windows[0].start).toBe(0);
    expect(windows.at(-1)!.end).toBe(text.length);
    // Consecutive windows share a short sentence: nothing between them goes unread.
    for (let k = 1; k < windows.length; k++)
      expect(windows[k].start).toBeLessThan(windows[k - 1].end);
  });

  it("cuts a sentence longer than a window at spaces, and caps the windows", () => {
    const run = Array.from({ length: 300 }, (_, i) => `w${i}`).join(" ");
    const windows = planWindows(run, words, 128);
    expect(windows.length).toBeGreaterThanOrEqual(3);
    expect(windows.every((w) => words(run.slice(w.start, w.end)) <= 128)).toBe(true);
    const huge = Array.from({ length: 40 }, (_, i) => sentence(60, `s${i}w`)).join(" ");
    expect(planWindows(huge, words, 128)).toHaveLength(MAX_WINDOWS);
  });

  it("finds sentences at stops, question and exclamation marks and line breaks", () => {
    const text = 'One. Two? "Three!" Four\nFive';
    const parts = sentenceRanges(text).map((r) => text.slice(r.start, r.end).trim());
    expect(parts).toEqual(["One.", "Two?", '"Three!"', "Four", "Five"]);
  });

  it("pools window logits by mean, max or mean of the two highest", () => {
    expect(poolWindowLogits([3], "mean")).toBe(3);
    expect(poolWindowLogits([-4, 2, 8], "mean")).toBe(2);
    expect(poolWindowLogits([-4, 2, 8], "max")).toBe(8);
    expect(poolWindowLogits([-4, 2, 8], "top2")).toBe(5);
  });
});

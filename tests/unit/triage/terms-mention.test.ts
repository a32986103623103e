// A slur named as a word ("the word X", "terms like X") is mentioned, not used, unless the writer
// backs using it. Every sentence here is written for the tests.
import { describe, expect, it } from "vitest";
import { defaultTermEntries } from "@/lib/triage/default-engine";
import { createTermsAnalyzer } from "@/lib/triage/terms/analyzer";

const terms = createTermsAnalyzer(defaultTermEntries());
const hate = (text: string) => terms.analyze({ text }).scores.hate ?? 0;

describe("slurs mentioned as words", () => {
  it.each([
    "Please stop using the word faggot.",
    "I really hate the term tranny.",
    "The term kike was scrawled on the wall by the station.",
    "Words like retard have no place in this forum.",
  ])("mentioned: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.5);
    const judged = terms.explain({ text });
    expect(judged.some((m) => m.context === "mentioned as a word")).toBe(true);
  });

  it.each([
    "I will keep using the word faggot.",
    "Nobody can stop me from using the word tranny.",
    "I will never stop using the term kike.",
    "Shut up, you faggot.",
  ])("used: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });
});

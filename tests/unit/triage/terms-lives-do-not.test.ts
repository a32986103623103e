// "X do not deserve …" is read as "X don't deserve …" (a negated positive about the group), and
// "black lives" names the people as "black people" does, while the slogan "Black Lives Matter" names
// a movement. Every sentence here is written for the tests.
import { describe, expect, it } from "vitest";
import { defaultTermEntries } from "@/lib/triage/default-engine";
import { createTermsAnalyzer } from "@/lib/triage/terms/analyzer";

const terms = createTermsAnalyzer(defaultTermEntries());
const hate = (text: string) => terms.analyze({ text }).scores.hate ?? 0;

describe("negated positives with 'do not'", () => {
  it.each([
    ["Muslims do not deserve respect.", "Muslims don't deserve respect."],
    ["Immigrants do not matter.", "Immigrants don't matter."],
    ["Women did not deserve the vote.", "Women didn't deserve the vote."],
  ])("%s reads as %s", (spelled, contracted) => {
    expect(hate(contracted)).toBeGreaterThanOrEqual(0.6);
    expect(hate(spelled)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Refugees do not deserve to be attacked in the street.",
    "Women did not get the vote until after the war.",
  ])("no worth denied: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.6);
  });
});

describe("'black lives'", () => {
  it.each([
    "Black lives are worthless.",
    "Black lives do not matter.",
    "Muslim lives are garbage.",
  ])("names the people: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it("the slogan names a movement, not the group", () => {
    const r = terms.analyze({ text: "The Black Lives Matter march went past my office today." });
    expect(r.signals?.identity).toBe(0);
    expect(r.scores.hate ?? 0).toBe(0);
  });
});

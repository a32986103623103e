// Friendly sentences about a group that the n-gram model read as hate: what a group deserves when
// the sentence is on its side ("X deserve equal rights"), strength and contribution praised. The
// look-alikes stay hate: "don't deserve rights", "deserve to die", "contribute nothing".
// Every sentence here is written for the tests.
import { describe, expect, it } from "vitest";
import { analysis, flaggedHate } from "../../helpers/triage-terms";

describe("a group spoken well of", () => {
  it.each([
    "Disabled people deserve accessible public transport.",
    "Gay people deserve the same rights as everyone.",
    "Refugees deserve protection and a fair hearing.",
    "Black women are so strong and resilient.",
    "Disabled people contribute so much to society.",
    "Immigrants contributed to every part of this town.",
  ])("friendly: %s", (text) => {
    const a = analysis(text);
    expect(a.scores.hate ?? 0).toBe(0);
    expect(a.signals?.identityPositive).toBe(1);
    expect(flaggedHate(text)).toBe(false);
  });

  it.each([
    "Muslims don't deserve rights.",
    "Jews deserve to die.",
    "Immigrants deserve nothing but contempt, they are parasites.",
    "Trans people are freeloaders who contribute nothing.",
    "Gay people contribute nothing but disease.",
  ])("still hate: %s", (text) => {
    expect(analysis(text).signals?.identityPositive).toBe(0);
    expect(flaggedHate(text)).toBe(true);
  });
});

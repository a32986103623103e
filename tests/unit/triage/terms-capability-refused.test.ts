// A capability denied to a group ("X are too emotional to lead") is implicit derogation, while
// circumstance ("too afraid to report crimes") is not; harm refused to every member ("No X deserves
// to be attacked") is counter-speech, while good treatment refused ("… to be treated with
// dignity") stays hate. Every sentence here is written for the tests.
import { describe, expect, it } from "vitest";
import { analysis, flaggedHate } from "../../helpers/triage-terms";

describe("a capability denied to a group", () => {
  it.each([
    "Women are too emotional to lead a country.",
    "Immigrants are too primitive to understand democracy.",
    "Muslims are far too violent to be trusted.",
    "Disabled people are simply too slow to hold a real job.",
  ])("hate: %s", (text) => {
    expect(analysis(text).scores.hate ?? 0).toBeGreaterThanOrEqual(0.6);
    expect(flaggedHate(text)).toBe(true);
  });

  it.each([
    "Refugees are too traumatised to work right away.",
    "Women are too often ignored in boardrooms.",
    "Women are not too emotional to lead.",
  ])("not hate: %s", (text) => {
    expect(analysis(text).scores.hate ?? 0).toBeLessThan(0.3);
    expect(flaggedHate(text)).toBe(false);
  });
});

describe("harm refused to every member of a group", () => {
  it.each([
    "No Muslim deserves to be attacked.",
    "Not a single immigrant should ever be harassed.",
    "No Jew should be killed.",
    "No trans person deserves to be treated like that.",
  ])("counter-speech: %s", (text) => {
    const a = analysis(text);
    expect(a.signals?.suppressedHate).toBe(1);
    expect(flaggedHate(text)).toBe(false);
  });

  it.each([
    "No Muslim deserves to be treated with dignity.",
    "No Muslim deserves respect, they should be attacked.",
  ])("still hate: %s", (text) => {
    expect(flaggedHate(text)).toBe(true);
  });
});

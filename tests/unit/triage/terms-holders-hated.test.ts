// Hatred aimed at the people who hold a hateful view ("I hate people who hate X", "I can't stand
// anyone who says X are …") is counter-speech, as is calling them insecure; hatred of who people are
// ("I hate anyone who is X") stays hate. Every sentence here is written for the tests.
import { describe, expect, it } from "vitest";
import { defaultTermEntries } from "@/lib/triage/default-engine";
import { createTermsAnalyzer } from "@/lib/triage/terms/analyzer";

const terms = createTermsAnalyzer(defaultTermEntries());
const hate = (text: string) => terms.analyze({ text }).scores.hate ?? 0;

describe("the holders of a hateful view", () => {
  it.each([
    "I hate people who hate Muslims.",
    "I cannot stand people who say women are stupid.",
    "I despise anyone who thinks refugees are vermin.",
    "Men who claim gay people are disgusting are just insecure.",
    "It is messed up saying refugees do not deserve rights.",
    "Bogus reports claim immigrants are criminals.",
  ])("counter-speech: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });

  it.each([
    "I hate anyone who is Jewish, they are vermin.",
    "I hate people who are Muslim.",
    "I despise anyone who is a refugee.",
    "I despise people who defend Muslims, Muslims are rats.",
  ])("still hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });
});

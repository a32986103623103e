// An insult at a group that the sentence condemns or reports ("I hate it when people call X
// stupid") is counter-speech: the terms analyzer already scaled the insult down as harassment, and
// the n-gram model, which reads the same words as hate, is scaled down too. An insult the writer
// makes their own stays hate. Every sentence here is written for the tests.
import { describe, expect, it } from "vitest";
import { analysis, flaggedHate } from "../../helpers/triage-terms";

describe("an insult at a group, countered", () => {
  it.each([
    "I hate it when people call women stupid.",
    "People who call Muslims idiots are bigots.",
    "Calling immigrants morons is wrong.",
    "It makes me sick when people say gay people are idiots.",
  ])("counter-speech: %s", (text) => {
    const a = analysis(text);
    expect(a.signals?.suppressedHate).toBe(1);
    expect(a.modifiers?.hate ?? 1).toBeLessThanOrEqual(0.3);
    expect(flaggedHate(text)).toBe(false);
  });

  it.each([
    "People call Muslims idiots because they are idiots.",
    "Women are stupid, and I say it proudly.",
  ])("the writer's own insult: %s", (text) => {
    expect(analysis(text).signals?.suppressedHate).toBe(0);
    expect(flaggedHate(text)).toBe(true);
  });

  it("an insult at a person, countered, with no group named, leaves hate alone", () => {
    const a = analysis("Calling your neighbour an idiot is wrong.");
    expect(a.signals?.suppressedHarassment).toBe(1);
    expect(a.signals?.suppressedHate).toBe(0);
  });
});

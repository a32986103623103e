// Disabled people are a protected group: "deaf", "blind" and "handicapped" name them before a word
// for people, as colour words name a race ("blind faith", "handicapped parking" name no one), and
// "autists" / "autistics" are group nouns. The engine's hate score rises for attacks on them and
// stays low where the words name no one. Every sentence here is written for the tests.
import { describe, expect, it } from "vitest";
import { defaultTermEntries, loadDefaultEngine } from "@/lib/triage/default-engine";
import { createTermsAnalyzer } from "@/lib/triage/terms/analyzer";

const terms = createTermsAnalyzer(defaultTermEntries());
const engine = loadDefaultEngine();

describe("disability groups", () => {
  it.each([
    "Deaf people are useless.",
    "Blind people are a burden on everyone.",
    "Deaf people are subhuman.",
    "Handicapped people should be locked away.",
    "Autists are useless.",
    "Autistics are vermin.",
    "People with autism are useless.",
    "I hate people with disabilities.",
    "Those with a mental illness are a burden.",
  ])("an attack on the group is hate: %s", (text) => {
    expect(terms.analyze({ text }).scores.hate ?? 0).toBeGreaterThanOrEqual(0.6);
    expect(engine.score({ text }).flagged).toContain("hate");
  });

  it.each([
    "Deaf people have their own rich language and culture.",
    "My school hired two blind people as teachers this year.",
    "Kids with autism need more support in schools.",
  ])("a neutral mention names the group and no attack: %s", (text) => {
    const r = terms.analyze({ text });
    expect(r.signals?.identity).toBe(1);
    expect(r.scores.hate ?? 0).toBe(0);
  });

  it.each([
    "Blind faith in the party is useless.",
    "My warnings fell on deaf ears, and those managers are useless.",
    "The handicapped parking spaces are always taken by lazy drivers.",
    "He was diagnosed with a rare syndrome last year.",
  ])("the words name no one: %s", (text) => {
    const r = terms.analyze({ text });
    expect(r.signals?.identity).toBe(0);
    expect(engine.score({ text }).flagged).not.toContain("hate");
  });

  it("'capable' is a good word: a friendly sentence damps the model's hate", () => {
    const text = "Women are capable leaders and good managers.";
    expect(terms.analyze({ text }).signals?.identityPositive).toBe(1);
    expect(engine.score({ text }).flagged).not.toContain("hate");
    // Denied, it is a negated positive about the group: still hate.
    expect(engine.score({ text: "Women are not capable of leading anything." }).flagged).toContain(
      "hate",
    );
  });
});

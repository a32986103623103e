// National origin is a protected characteristic: the group nouns of more nationalities name a group
// ("Romanians are thieves"), while the adjectives stay ordinary words ("Canadian citizens", "the
// Dutch disease"). Every sentence here is written for the tests.
import { describe, expect, it } from "vitest";
import { defaultTermEntries } from "@/lib/triage/default-engine";
import { createTermsAnalyzer } from "@/lib/triage/terms/analyzer";

const terms = createTermsAnalyzer(defaultTermEntries());
const analyze = (text: string) => terms.analyze({ text });

describe("nationalities", () => {
  it.each([
    "All Romanians are thieves.",
    "Canadians are liars and cheats.",
    "Haitians are dirty.",
    "Uyghurs are backward savages.",
  ])("a generalisation about the group: %s", (text) => {
    expect(analyze(text).scores.hate ?? 0).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Canadian citizens living abroad do not pay tax here.",
    "The term Dutch disease comes from the 1970s.",
    "Our Italian neighbours invited us to dinner.",
  ])("an adjective names no group: %s", (text) => {
    const r = analyze(text);
    expect(r.signals?.identity).toBe(0);
    expect(r.scores.hate ?? 0).toBe(0);
  });
});

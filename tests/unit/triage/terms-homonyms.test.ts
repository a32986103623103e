// Slurs that are also ordinary words, read from the sentence around them; and friendly identity
// mentions that praise with "better" without being mistaken for "better off without".
import { describe, expect, it } from "vitest";
import { defaultTermEntries, loadDefaultEngine } from "@/lib/triage/default-engine";
import { createTermsAnalyzer } from "@/lib/triage/terms/analyzer";

const terms = createTermsAnalyzer(defaultTermEntries());
const engine = loadDefaultEngine();
const hate = (text: string) => terms.analyze({ text }).scores.hate ?? 0;
const why = (text: string) => terms.explain({ text }).map((m) => m.context);

describe("terms analyzer: slurs in their ordinary sense", () => {
  it.each([
    "Can I bum a fag off you before the bus comes? I left my lighter at home.",
    "Grandad rolled a fag and sat on the porch.",
    "Fancy a fag before we head back in?",
    "They raised the dyke after the river flooded the fields.",
    "The breeder says the bitch will whelp next week.",
    "Wrap each faggot of liver in caul fat and bake for forty minutes.",
    "Cold weather can retard the growth of the seedlings.",
    "Flame retardants retard ignition in upholstery.",
    "My tranny fluid is leaking again, the garage says it needs a rebuild.",
    "The sanctions will cripple their economy.",
    "The loud dissent did not cripple the party.",
    "The strike could cripple supply lines for weeks.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.2);
    expect(engine.score({ text }).flagged).not.toContain("hate");
  });

  it("says why the slur was discounted", () => {
    expect(why("The dyke held back the storm tide.")).toContain("ordinary sense");
  });

  it.each([
    "Shut up, you fag.",
    "Those dykes from the river town are disgusting.",
    "I hate trannies.",
    "Get that retard out of my shop.",
    "Some fag in a truck cut me off, kill him.",
    "You stupid cripple.",
    "He is a cripple and a loser.",
  ])("still a slur when it is aimed at people: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.5);
  });

  it("reads misogynist slurs as hate, but not as the second half of a general insult", () => {
    expect(hate("Look at all these sluts on the beach.")).toBeGreaterThanOrEqual(0.5);
    expect(hate("Women like her are whores.")).toBeGreaterThanOrEqual(0.5);
    expect(hate("The pundits are just media whores.")).toBeLessThan(0.2);
  });
});

describe("terms analyzer: praise with 'better' and 'more'", () => {
  it("lowers the model where a group is said to make things better", () => {
    const modifiers = terms.analyze({ text: "Refugees make this country better." }).modifiers;
    expect(modifiers?.hate).toBeLessThan(1);
  });

  it("counts wanting more of a group as friendly, unless negated", () => {
    const want = terms.analyze({ text: "We need more Kurds in medicine." }).signals;
    expect(want?.identityPositive).toBe(1);
    const refuse = terms.analyze({ text: "We don't need more refugees here." }).signals;
    expect(refuse?.identityPositive ?? 0).toBe(0);
  });

  it.each([
    "Our street would be better without Kurds.",
    "Immigrants are better off dead.",
    "It would be a better place if lesbians were shot.",
  ])("not praise: %s", (text) => {
    const signals = terms.analyze({ text }).signals;
    expect(signals?.identityPositive ?? 0).toBe(0);
  });
});

// "people of colour" names a group (its first and last word both read as the identity), and two
// slurs match in the plural. Every sentence here is written for the tests.
import { describe, expect, it } from "vitest";
import { defaultTermEntries } from "@/lib/triage/default-engine";
import { createTermsAnalyzer } from "@/lib/triage/terms/analyzer";

const terms = createTermsAnalyzer(defaultTermEntries());
const hate = (text: string) => terms.analyze({ text }).scores.hate ?? 0;

describe("people of colour", () => {
  it.each([
    "People of colour are a plague on this city.",
    "I hate all people of color.",
    "Women of color are lazy.",
    "People of colour should be deported.",
  ])("an attack on the group: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "People of colour are welcome in this club.",
    "We need more people of colour in parliament.",
    "The colour of the people's flag is red.",
  ])("no attack: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });

  it("a neutral mention still names the group", () => {
    expect(terms.analyze({ text: "Two people of colour ran for mayor." }).signals?.identity).toBe(
      1,
    );
  });
});

describe("slurs in the plural", () => {
  it.each(["Those camel jockeys should go home.", "The town is full of half breeds now."])(
    "%s",
    (text) => {
      expect(hate(text)).toBeGreaterThanOrEqual(0.6);
    },
  );
});

// The exclusion slogan ("Muslims out!", "Kick the X out"), "good for one thing", vultures and
// hyenas as dehumanising nouns, "worth nothing / less"; and their look-alikes ("worth as much as") ("Refugees out of danger", "we helped the
// refugees out", "good for the economy"). Every sentence here is written for the tests.
import { describe, expect, it } from "vitest";
import { flaggedHate, termsHate } from "../../helpers/triage-terms";

describe("slogans and set phrases", () => {
  it.each([
    "Muslims out!",
    "Immigrants out now.",
    "Kick the immigrants out.",
    "Women are good for one thing only.",
    "Jews are vultures who feed on everyone else.",
    "Refugees are hyenas.",
    "Women are worth nothing.",
    "Immigrants are worth less than dogs.",
    "Disabled people are defective.",
  ])("hate: %s", (text) => {
    expect(termsHate(text)).toBeGreaterThanOrEqual(0.6);
    expect(flaggedHate(text)).toBe(true);
  });

  it.each([
    "Refugees out of danger at last.",
    "We helped the refugees out.",
    "The refugees found a way out.",
    "Women are good for the economy.",
    "Women are worth just as much as men.",
    "Muslims are worth every bit as much as anyone.",
  ])("not hate: %s", (text) => {
    expect(termsHate(text)).toBeLessThan(0.3);
    expect(flaggedHate(text)).toBe(false);
  });
});

describe("'guy' is a word for people after an identity", () => {
  it("a threat to 'the next black guy' is a threat to the group", () => {
    const text = "I swear I will kill the next black guy who looks at me.";
    expect(termsHate(text)).toBeGreaterThanOrEqual(0.6);
    expect(flaggedHate(text)).toBe(true);
  });

  it("a friendly mention stays friendly", () => {
    expect(flaggedHate("That gay guy is hilarious.")).toBe(false);
  });
});

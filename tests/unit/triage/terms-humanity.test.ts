// A group's humanity affirmed ("X are human beings too") is a friendly sentence: the n-gram model
// reads "human beings" from dehumanising posts and scored these as hate. Humanity denied or
// hedged ("not human", "less than human", "barely human") stays dehumanisation.
// Every sentence here is written for the tests.
import { describe, expect, it } from "vitest";
import { analysis, flaggedHate } from "../../helpers/triage-terms";

describe("humanity affirmed", () => {
  it.each([
    "Muslims are still human beings.",
    "Immigrants are human beings just like us.",
    "Refugees are human beings and deserve dignity.",
    "Trans people are also human.",
    "Whatever you think of the policy, asylum seekers are fellow human beings.",
  ])("friendly: %s", (text) => {
    const a = analysis(text);
    expect(a.scores.hate ?? 0).toBe(0);
    expect(a.signals?.identityPositive).toBe(1);
    expect(a.modifiers?.hate ?? 1).toBeLessThan(1);
    expect(flaggedHate(text)).toBe(false);
  });

  it.each([
    "Immigrants are not human.",
    "Muslims are not even human beings.",
    "Refugees are less than human.",
    "Immigrants are barely human.",
    "Jews are scarcely human beings.",
    "Muslims aren't human, they are animals.",
  ])("still dehumanising: %s", (text) => {
    const a = analysis(text);
    expect(a.scores.hate ?? 0).toBeGreaterThanOrEqual(0.6);
    expect(a.signals?.identityPositive).toBe(0);
    expect(flaggedHate(text)).toBe(true);
  });

  it.each(["Does anyone really believe refugees are human?", "Who says Muslims are human beings?"])(
    "a question doubts it, so it is no friendly sentence: %s",
    (text) => {
      expect(analysis(text).signals?.identityPositive).toBe(0);
      expect(flaggedHate(text)).toBe(true);
    },
  );

  it("a word of humanity with no group named changes nothing", () => {
    expect(analysis("We are all human after all.").signals?.identity).toBe(0);
    expect(flaggedHate("We are all human after all.")).toBe(false);
  });
});

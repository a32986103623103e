// A group reduced to one concern ("X only care about money"), crime laid on it ("X commit more
// crimes"), pathologised ("X are confused and need therapy", "X need fixing"), welcome only to
// leave, more of it asked about to refuse it ("Do we really want more X in Europe?"). The
// look-alikes stay clean: "X commit fewer crimes", trauma care, a real welcome, "why do people think
// X are …?" asked about others' view, "X deserve to be treated like humans".
// Every sentence here is written for the tests.
import { describe, expect, it } from "vitest";
import { flaggedHate, termsHate } from "../../helpers/triage-terms";

describe("implicit derogation", () => {
  it.each([
    "Women only care about money.",
    "It's a fact that immigrants commit more crimes.",
    "Muslims commit most of the rapes in this city.",
    "Gay people are confused and need therapy.",
    "Trans people need to be cured.",
    "Gay people are welcome to leave.",
    "Muslims are more than welcome to go back.",
    "Do we really want more Muslims in Europe?",
  ])("hate: %s", (text) => {
    expect(termsHate(text)).toBeGreaterThanOrEqual(0.6);
    expect(flaggedHate(text)).toBe(true);
  });

  it.each([
    "Immigrants commit fewer crimes than locals.",
    "Refugees need help and treatment after the war.",
    "Muslims are more than welcome to join us.",
    "We want more immigrants in the NHS.",
    "Why do people think Muslims are violent?",
    "Why would anyone believe immigrants are criminals?",
    "Trans people deserve to be treated like humans.",
    "Refugees deserve to be treated with dignity.",
  ])("not hate: %s", (text) => {
    expect(termsHate(text)).toBeLessThan(0.3);
    expect(flaggedHate(text)).toBe(false);
  });

  it.each([
    "Why do people think Muslims are peaceful when they are violent?",
    "Trans people don't deserve to be treated like humans.",
    "Why do people think Muslims are violent? They are.",
  ])("still hate: %s", (text) => {
    expect(flaggedHate(text)).toBe(true);
  });
});

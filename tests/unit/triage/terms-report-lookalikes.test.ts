// Look-alikes of threats and generalisations found in news comments: a perfect passive reports
// what was done ("have been killed"), "sick of" is weariness, "he" is one person; and the hateful
// forms beside them that must stay caught.
import { describe, expect, it } from "vitest";
import { defaultTermEntries } from "@/lib/triage/default-engine";
import { createTermsAnalyzer } from "@/lib/triage/terms/analyzer";

const terms = createTermsAnalyzer(defaultTermEntries());
const scores = (text: string) => terms.analyze({ text }).scores;

describe("terms analyzer: reports and weariness are not calls or traits", () => {
  it.each([
    "More Muslims have been killed by radical extremists than any other group.",
    "Gays have been deported from that country for decades.",
    "Thousands of Jews have been murdered in pogroms.",
  ])("no threat or hate from the terms: %s", (text) => {
    const s = scores(text);
    expect(s.threat ?? 0).toBeLessThan(0.5);
    expect(s.hate ?? 0).toBeLessThan(0.5);
  });

  it.each([
    "Muslims are sick of being blamed for every attack.",
    "Americans were sick of fighting.",
    "Immigrants are sick and tired of the delays.",
    "Obama wrecked the American economy. He is a loser on all fronts.",
  ])("no hate from the terms: %s", (text) => {
    expect(scores(text).hate ?? 0).toBeLessThan(0.5);
  });

  it.each([
    "Muslims should have been killed.",
    "Those Jews should have been gassed.",
    "Muslims have to be killed.",
  ])("threat: %s", (text) => {
    expect(scores(text).threat ?? 0).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Muslims are sick.",
    "I met some Muslims. They are all liars.",
    "Muslims must be deported.",
  ])("hate: %s", (text) => {
    expect(scores(text).hate ?? 0).toBeGreaterThanOrEqual(0.6);
  });
});

describe("terms analyzer: a past wish of violence", () => {
  it("against one person is a verdict on the past, not a threat", () => {
    expect(scores("By their laws he should have been executed.").threat ?? 0).toBeLessThan(0.5);
  });
});

describe("terms analyzer: someone else's hatred, a group's own wish, 'no matter'", () => {
  it.each([
    "But, you know, Donald hates women.",
    "My neighbour despises Muslims.",
    "The majority of Chinese want to leave the country.",
    "It resonates with overseas Chinese, no matter how long they have lived here.",
  ])("no hate from the terms: %s", (text) => {
    expect(scores(text).hate ?? 0).toBeLessThan(0.5);
  });

  it.each([
    "Everyone hates Gypsies.",
    "God hates women who go to work.",
    "I hate women.",
    "Muslims need to leave.",
    "Immigrants are no good.",
  ])("hate: %s", (text) => {
    expect(scores(text).hate ?? 0).toBeGreaterThanOrEqual(0.6);
  });
});

describe("terms analyzer: how many refugees a country admits is policy", () => {
  it.each([
    "Even Saudi Arabia and the other Gulf States do NOT accept refugees.",
    "Japan does not accept refugees.",
    "Canada should not accept any more refugees.",
    "We should not accept 25,000 more refugees this year.",
  ])("no hate from the terms: %s", (text) => {
    expect(scores(text).hate ?? 0).toBeLessThan(0.5);
  });

  it.each([
    "I will never accept immigrants.",
    "I will never accept Muslims.",
    "We should not accept refugees.",
  ])("hate: %s", (text) => {
    expect(scores(text).hate ?? 0).toBeGreaterThanOrEqual(0.6);
  });
});

// Look-alikes of threats and generalisations found in news comments: a perfect passive reports
// what was done ("have been killed"), "sick of" is weariness, "he" is one person; and the hateful
// forms beside them that must stay caught. Every sentence here is written for the tests.
import { describe, expect, it } from "vitest";
import { defaultTermEntries } from "@/lib/triage/default-engine";
import { createTermsAnalyzer } from "@/lib/triage/terms/analyzer";

const terms = createTermsAnalyzer(defaultTermEntries());
const scores = (text: string) => terms.analyze({ text }).scores;

describe("terms analyzer: reports and weariness are not calls or traits", () => {
  it.each([
    "Many Muslims have been killed by extremists in the last decade.",
    "Gays have been deported from that country for decades.",
    "Thousands of Jews have been murdered in pogroms.",
  ])("no threat or hate from the terms: %s", (text) => {
    const s = scores(text);
    expect(s.threat ?? 0).toBeLessThan(0.5);
    expect(s.hate ?? 0).toBeLessThan(0.5);
  });

  it.each([
    "Muslims are sick of being blamed for every attack.",
    "Most Americans were sick of endless wars.",
    "Immigrants are sick and tired of the delays.",
    "He ruined the American auto industry. He is a total loser.",
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
    expect(scores("Frankly, that dictator should have been executed.").threat ?? 0).toBeLessThan(
      0.5,
    );
  });
});

describe("terms analyzer: someone else's hatred, a group's own wish, 'no matter'", () => {
  it.each([
    "My uncle hates women, sadly.",
    "My neighbour despises Muslims.",
    "Many Syrians want to leave the camps.",
    "Chinese, no matter how long they live here, vote Liberal.",
  ])("no hate from the terms: %s", (text) => {
    expect(scores(text).hate ?? 0).toBeLessThan(0.5);
  });

  it.each([
    "Everyone hates Gypsies.",
    "God hates Muslims.",
    "I hate women.",
    "Muslims need to leave.",
    "Immigrants are no good.",
  ])("hate: %s", (text) => {
    expect(scores(text).hate ?? 0).toBeGreaterThanOrEqual(0.6);
  });
});

describe("terms analyzer: how many refugees a country admits is policy", () => {
  it.each([
    "Kuwait does not accept refugees either.",
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

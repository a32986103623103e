// Counter-speech that defends a group: a claim called wrong before it is made, the group's
// attackers condemned, harm "for being X" refused, jokes about harming the group rejected, calls to
// stop mistreating it. The n-gram model reads the attack words in these, so the terms analyzer
// must scale it down; the look-alikes that assert the claim or back the attack must stay hate.
// Every sentence here is written for the tests.
import { describe, expect, it } from "vitest";
import { defaultTermEntries, loadDefaultEngine } from "@/lib/triage/default-engine";
import { createTermsAnalyzer } from "@/lib/triage/terms/analyzer";

const terms = createTermsAnalyzer(defaultTermEntries());
const engine = loadDefaultEngine();
const analysis = (text: string) => terms.analyze({ text });
const flaggedHate = (text: string) => engine.score({ text }).flagged.includes("hate");

describe("a group defended", () => {
  it.each([
    "It is wrong to think refugees are lazy.",
    "It's unfair to say Jews are greedy.",
    "It's ignorant to blame immigrants for every problem.",
    "Don't let anyone tell you gay people are a disease.",
    "Never let them convince you Muslims are dangerous.",
    "Anyone who attacks trans people is a coward.",
    "People who harass Muslims are scum.",
    "Nobody should be bullied just for being a Jew.",
    "No one deserves to be attacked for being Muslim.",
    "Refugees should never be harmed for who they are.",
    "Jokes about killing gay people are not funny.",
    "Muslim jokes aren't okay.",
    "Stop treating immigrants like criminals.",
    "Quit blaming Jews for the crash.",
    "Immigrants aren't ruining this town.",
  ])("counter-speech: %s", (text) => {
    const a = analysis(text);
    expect(a.scores.hate ?? 0).toBeLessThan(0.3);
    expect(a.modifiers?.hate ?? 1).toBeLessThanOrEqual(0.3);
    expect(flaggedHate(text)).toBe(false);
  });

  it.each([
    "It's not wrong to say refugees are lazy.",
    "There is nothing wrong with saying Jews are greedy.",
    "Anyone who defends Muslims is a traitor, Muslims are rats.",
    "Muslims should be attacked for who they are.",
    "Everyone should be harassed for being a Jew.",
    "Jokes about killing gay people are funny because gays are vermin.",
    "Start treating immigrants like the criminals they are, they are vermin.",
  ])("still hate: %s", (text) => {
    expect(analysis(text).modifiers?.hate ?? 1).toBeGreaterThan(0.3);
    expect(flaggedHate(text)).toBe(true);
  });
});

describe("strong negative emotion", () => {
  it.each([
    "I can't describe how much refugees revolt me.",
    "Saw the news about Muslims again. They make my blood boil.",
    "The contempt I feel for Jews is hard to put into words.",
    "I have never met a Muslim I did not despise.",
    "Every time I see a trans person I feel pure disgust.",
  ])("hate: %s", (text) => {
    expect(analysis(text).scores.hate ?? 0).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "I can't describe how happy my Muslim neighbours make me.",
    "I have never met a Muslim I did not like.",
    "Every time I see a trans person I feel proud of how far we have come.",
    "The contempt they feel for Jews is frightening.",
    "Corrupt politicians make my blood boil.",
  ])("not hate: %s", (text) => {
    expect(analysis(text).scores.hate ?? 0).toBeLessThan(0.3);
  });
});

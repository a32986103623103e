// Spelling variants the terms analyzer reads through: one swapped, missing or extra letter in an
// identity, slur or hateful word, jumbled long words, words glued together and words broken by
// spaces; and the ordinary words and names it must not read as any of them.
import { describe, expect, it } from "vitest";
import { defaultTermEntries } from "@/lib/triage/default-engine";
import { createTermsAnalyzer } from "@/lib/triage/terms/analyzer";

const terms = createTermsAnalyzer(defaultTermEntries());
const hate = (text: string) => terms.analyze({ text }).scores.hate ?? 0;

describe("terms analyzer: spelling variants", () => {
  it.each([
    "Lesbains are revolting.",
    "I despise Hindsu.",
    "Every refguee is a criminal.",
    "Kurdish people are parsaites.",
    "Imigrants are parasites.",
    "I really hate muslmis.",
    "Lesbians are revoltng.",
    "Immigrants are a plauge.",
    "Those refugees are vermine.",
    "I hatte Hindus.",
    "I detst lesbians.",
    "Refugees are dsigusting.",
    "Transgender people are abominatoins.",
    "Palestinians are craminils.",
    "Lesbian peolpe are degenerates.",
    "Refugees are sc*m.",
    "I despise imigrants.",
    "Mus1ims are scum.",
    "I hate MusIims.",
    "Lesbia|ns are revolting.",
    "M*slims are scum.",
    "I hate m*slims.",
    "J*ws are vermin.",
  ])("one slip or a jumble: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    "Refugeesare parasites.",
    "I despiselesbians.",
    "Trump voters hate Hindus but I hateimmigrants more.",
    "Idetest Mexicans.",
    "Kurdsare vermin.",
    "Nobody asked you, yourfaggots.",
    "Get out, thosekikes.",
  ])("words glued together: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    "I d e s p i s e refugees.",
    "Mexi cans are vermin.",
    "Refugees are para sites.",
    "Lesbians are dis gusting.",
    "I hate Hin dus.",
    "Get lost, you tran nies.",
  ])("words broken by spaces: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.5);
  });

  it("reads a misspelled slur at a little less than the slur itself", () => {
    const exact = hate("Get out of here, wetbacks.");
    const slip = hate("Get out of here, wetbakcs.");
    expect(slip).toBeGreaterThanOrEqual(0.5);
    expect(slip).toBeLessThan(exact);
  });

  it.each([
    "The trains to Indiana were late again.",
    "She despised the new tax rules.",
    "My cousin loves Latin music and roams the markets.",
    "The committee reviewed the therapist's report.",
    "We walked along the sandbanks at dawn.",
    "Chik-fil-a opens on Sundays now.",
    "Refugees arrived at the border this morning.",
    "The scumbags who robbed the shop were caught.",
    "Parasites spread quickly in warm water.",
    "They hated the weather in Hull.",
    "The swimmers came out with wet backs.",
    "Our new neighbours are Lebanese and really kind.",
  ])("leaves ordinary text alone: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.5);
  });

  it("maps evidence from a repaired text back to the original characters", () => {
    const text = "Honestly Mexi cans are vermin.";
    const spans = terms.analyze({ text }).spans.filter((s) => s.category === "hate");
    expect(spans.length).toBeGreaterThan(0);
    expect(text.slice(spans[0].start, spans[0].end)).toMatch(/^Mexi cans are vermin/);
  });
});

describe("terms analyzer: slips in the threat frame and 'ppl'", () => {
  const threat = (text: string) => terms.analyze({ text }).scores.threat ?? 0;
  it.each([
    "Women should be kiled.",
    "Muslims shuold all be shot.",
    "Gay people shoud be hanged.",
    "Immigrants deserev to die.",
  ])("a modal or what it calls for misspelled: %s", (text) => {
    expect(threat(text)).toBeGreaterThanOrEqual(0.8);
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it("reads 'ppl' as people after a group", () => {
    expect(hate("Black ppl are animals.")).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Muslims shuold be welcomed.",
    "Refugees should be skilled workers.",
    "Black ppl live here.",
  ])("leaves the rest alone: %s", (text) => {
    expect(threat(text)).toBeLessThan(0.5);
    expect(hate(text)).toBeLessThan(0.3);
  });
});

describe("terms analyzer: a verb misspelled before the group it is aimed at", () => {
  const hateOf = (text: string) => terms.analyze({ text }).scores.hate ?? 0;

  it.each([
    "Kll all women.",
    "Klil all Muslims.",
    "Nevr trust immigrants.",
    "Nveer trust gay people.",
    "Exterminaet refugees.",
    "Shoott Jews.",
  ])("hate: %s", (text) => {
    expect(hateOf(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Kll all the lights.",
    "Nevr trust the weather.",
    "Xyzzy all Muslims.",
    "Kiwi Muslims are great.",
    "We met refugees. Shoott, the bus was late.",
  ])("not hate: %s", (text) => {
    expect(hateOf(text)).toBeLessThan(0.3);
  });
});

describe("terms analyzer: a name and 'is' are not a spaced-out group word", () => {
  it("reads 'Pakistan is' as a country and a verb, not 'Pakistanis'", () => {
    const explain = (text: string) => terms.explain({ text }).map((m) => m.reason);
    // Before, the spacing repair joined "Pakistan is" and the insult in the next sentence was read
    // as aimed at the people.
    expect(explain("Pakistan is emboldened by China. Bloody cowards.")).not.toContain(
      "an insult aimed at the identity group named just before",
    );
    expect(hate("Pakistanis did it again. Bloody cowards.")).toBeGreaterThanOrEqual(0.6);
    expect(hate("Mus lims are vermin.")).toBeGreaterThanOrEqual(0.6);
  });
});

describe("terms analyzer: a glued word's split is remembered, not changed", () => {
  it("reads a glued word the same the second time, as a possessive and in another comment", () => {
    const first = hate("I despiselesbians.");
    expect(first).toBeGreaterThanOrEqual(0.6);
    expect(hate("I despiselesbians.")).toBe(first);
    expect(
      hate("They said despiselesbians's was a joke, I despiselesbians."),
    ).toBeGreaterThanOrEqual(0.6);
    // A word decided once as no glued pair stays one word elsewhere.
    expect(hate("The reinforcements arrived. The reinforcements left.")).toBeLessThan(0.5);
  });
});
describe("terms analyzer: a short identity slipped before its predicate, a modal slip that is also a word", () => {
  it.each([
    "Jwes are scum.",
    "Gyas are disgusting.",
    "Kill all the jwes.",
    "Jwes should die.",
    "Muslims sould be shot.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Gyas are a band from Leeds.",
    "The jwes are here.",
    "Muslims soul be saved.",
    "Jews are lovely.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.5);
  });
});

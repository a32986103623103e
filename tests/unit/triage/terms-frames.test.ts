// Hate phrased around a group (negated positives, negative emotions) and the contexts that keep the
// same words harmless: plain negation, reported inequality, condemned quotes, rhetorical questions.
import { describe, expect, it } from "vitest";
import { defaultTermEntries } from "@/lib/triage/default-engine";
import { createTermsAnalyzer } from "@/lib/triage/terms/analyzer";

const terms = createTermsAnalyzer(defaultTermEntries());
const hate = (text: string) => terms.analyze({ text }).scores.hate ?? 0;

describe("terms analyzer: negated positive statements", () => {
  it("flags a group denied worth, welcome, trust, equality or respect", () => {
    for (const text of [
      "Refugees are not worth saving.",
      "Gays will never be welcome in my house.",
      "Lesbians can never be trusted with kids.",
      "Africans will never be equal to Europeans.",
      "I don't think Hindus deserve rights.",
      "You should never hire a Mexican.",
    ]) {
      expect(hate(text), text).toBeGreaterThanOrEqual(0.6);
    }
  });

  it("leaves reported inequality and negated hate alone", () => {
    for (const text of [
      "Women are not equal in pay yet.",
      "Sikhs are not dangerous at all.",
      "I don't think Muslims are terrorists.",
      "Don't you dare call Jews rats!",
    ]) {
      expect(hate(text), text).toBeLessThan(0.3);
    }
  });
});

describe("terms analyzer: negative emotions about a group", () => {
  it("flags a group said to disgust, sicken or enrage", () => {
    for (const text of [
      "Lesbians sicken me.",
      "Those refugees make me sick.",
      "Watching Hindus pray fills me with disgust.",
      "Nothing repulses me more than gays.",
    ]) {
      expect(hate(text), text).toBeGreaterThanOrEqual(0.6);
    }
  });

  it("does not read disgust at a non-protected target as hate", () => {
    expect(hate("Politicians disgust me.")).toBe(0);
    expect(hate("This weather makes me sick.")).toBe(0);
  });
});

describe("terms analyzer: comparisons and questions that assert", () => {
  it("reads 'no better than' and rhetorical negative questions as assertions", () => {
    expect(hate("Mexicans are no better than rats.")).toBeGreaterThanOrEqual(0.7);
    expect(hate("Isn't it clear that Somalis are inferior?")).toBeGreaterThanOrEqual(0.6);
    expect(hate("It isn't true that Somalis are inferior.")).toBeLessThan(0.3);
  });

  it("discounts a quoted hateful claim that the sentence condemns", () => {
    expect(hate('"Gypsies are vermin" is a shameful thing to post.')).toBeLessThan(0.3);
    expect(hate('"Gypsies are vermin" and I stand by it.')).toBeGreaterThanOrEqual(0.3);
  });

  it("keeps a call to ban the writer apart from the hateful clause it reports", () => {
    expect(hate("Whoever posted that Roma should be gassed ought to be banned.")).toBeLessThan(0.3);
    expect(hate("Roma should be banned from our town.")).toBeGreaterThanOrEqual(0.6);
  });
});

describe("terms analyzer: misspelled predicates", () => {
  it("reads a predicate with a missing, extra or swapped letter after a copula", () => {
    for (const text of [
      "Somalis are parasits.",
      "Gypsies are worthlesss.",
      "Mexicans are criminlas.",
    ]) {
      expect(hate(text), text).toBeGreaterThanOrEqual(0.6);
    }
  });

  it("leaves ordinary words one letter from a listed one alone", () => {
    expect(hate("Muslims treat guests well.")).toBe(0);
    expect(hate("Refugees are cuter than you think.")).toBe(0);
  });
});

describe("terms analyzer: reclaimed slurs and references back to a group", () => {
  it("discounts a slur the writer claims for themself, not one aimed at others", () => {
    expect(hate("Yes I'm a dyke, deal with it.")).toBeLessThan(0.3);
    expect(hate("So proud to be a fag today.")).toBeLessThan(0.3);
    expect(hate("Get out of here, you dyke.")).toBeGreaterThanOrEqual(0.5);
  });

  it("reads hatred of 'them' and a ', who are …' clause as about the group named before", () => {
    expect(hate("The bus was full of Somalis. I loathe them.")).toBeGreaterThanOrEqual(0.5);
    expect(hate("The street is full of Gypsies, who are all thieves.")).toBeGreaterThanOrEqual(0.6);
    expect(hate("Somalis who are violent get deported.")).toBeLessThan(0.6);
  });

  it("lets an admin's {identity} phrase cover two-word group names", () => {
    expect(hate("Keep gay people away from schools.")).toBeGreaterThanOrEqual(0.5);
    expect(hate("Black people belong in a zoo.")).toBeGreaterThanOrEqual(0.6);
  });
});

describe("terms analyzer: a copula glued to its predicate", () => {
  it("reads 'aredisgusting' after a group as 'are disgusting'", () => {
    expect(hate("Gypsies arevermin.")).toBeGreaterThanOrEqual(0.7);
    expect(hate("Somalis isdisgusting.")).toBeGreaterThanOrEqual(0.6);
    expect(hate("Somalis areas are poor.")).toBe(0);
  });
});

describe("terms analyzer: threats against a group's homes", () => {
  it("reads burning a group's houses or places of worship as violence against the group", () => {
    expect(hate("We should burn down the mosques of Muslims.")).toBeGreaterThanOrEqual(0.6);
    expect(hate("We should burn down the old houses of the town.")).toBe(0);
  });
});

describe("terms analyzer: more negated positives and rejected reports", () => {
  it("flags 'no X can be good' and 'never vote for / marry X'", () => {
    expect(hate("No Somali could ever be a decent neighbour.")).toBeGreaterThanOrEqual(0.6);
    expect(hate("I would never marry a Hindu.")).toBeGreaterThanOrEqual(0.6);
    expect(hate("No Somali deserves this abuse.")).toBeLessThan(0.3);
  });

  it("reads 'I hate it when people say …' and 'people who want to hurt …' as against the hate", () => {
    expect(hate("I'm sick of people saying Gypsies are thieves.")).toBeLessThan(0.3);
    expect(hate("We have to protect Sikhs from people who want to kill Sikhs.")).toBeLessThan(0.3);
  });
});

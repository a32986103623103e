import { describe, expect, it } from "vitest";
import { createTermsAnalyzer } from "@/lib/triage/terms/analyzer";
import { defaultTermEntries } from "@/lib/triage/default-engine";
import type { THarm } from "@/lib/triage/types";

const terms = createTermsAnalyzer(defaultTermEntries());
const score = (text: string, harm: THarm = "hate") => terms.analyze({ text }).scores[harm] ?? 0;
const spanTexts = (text: string, harm: THarm = "hate") =>
  terms
    .analyze({ text })
    .spans.filter((s) => s.category === harm)
    .map((s) => text.slice(s.start, s.end));

describe("terms analyzer: dehumanisation and generalisation", () => {
  it("flags identity groups compared to vermin, disease or animals", () => {
    for (const text of [
      "Muslims are rats.",
      "the Jews are a disease",
      "Those immigrants are nothing but parasites",
      "mexicans r animals",
      "Gypsies are like cockroaches",
    ]) {
      expect(score(text), text).toBeGreaterThanOrEqual(0.8);
    }
  });

  it("treats 'not human' as dehumanising even though it contains a negator", () => {
    expect(score("Arabs are not human")).toBeGreaterThanOrEqual(0.8);
  });

  it("flags generalisations about a whole group", () => {
    expect(score("Never trust a Muslim.")).toBeGreaterThanOrEqual(0.7);
    expect(score("All Africans are criminals")).toBeGreaterThanOrEqual(0.7);
    expect(score("Hindus are all liars")).toBeGreaterThanOrEqual(0.7);
    expect(score("so typical jew behaviour")).toBeGreaterThanOrEqual(0.5);
  });

  it("catches questions and clauses that presuppose a trait", () => {
    expect(score("Why are Muslims so violent?")).toBeGreaterThanOrEqual(0.6);
    expect(score("The problem with Jews is that they are all liars.")).toBeGreaterThanOrEqual(0.6);
    expect(score("Why are Muslims fasting this month?")).toBe(0);
  });

  it("reads colour words as race only before a word for people", () => {
    expect(score("Black people are inferior")).toBeGreaterThanOrEqual(0.7);
    expect(score("The black flag horde is inferior")).toBe(0);
  });

  it("flags calls to expel or lock up a group, and profane attacks on it", () => {
    expect(score("Gay people should be put in camps")).toBeGreaterThanOrEqual(0.7);
    expect(score("Muslims don't belong in Europe")).toBeGreaterThanOrEqual(0.6);
    expect(score("fuck the jews")).toBeGreaterThanOrEqual(0.6);
    expect(score("Refugees should be welcomed")).toBe(0);
  });

  it("follows 'they' back to an identity named in the sentence before", () => {
    const text = "Never trust a Sikh. They are raised to lie and steal.";
    expect(score(text)).toBeGreaterThanOrEqual(0.8);
    expect(spanTexts(text).some((s) => s.startsWith("They are raised"))).toBe(true);
  });

  it("does not read 'they' after an armed group as identity hate", () => {
    expect(score("The jihadists came back. They are evil killers.")).toBeLessThan(0.3);
  });
});

describe("terms analyzer: insults at armed groups are not identity hate", () => {
  it("keeps 'rats' aimed at terrorist groups below the hate threshold", () => {
    for (const text of [
      "Less ISIS rats to worry about",
      "Daesh are vermin",
      "the terrorists are animals",
      "al-Qaeda rats ran away",
    ]) {
      expect(score(text), text).toBeLessThan(0.3);
      expect(score(text, "harassment"), text).toBeLessThan(0.5);
    }
  });
});

describe("terms analyzer: non-hateful uses", () => {
  it("respects negation", () => {
    expect(score("I don't hate Muslims")).toBeLessThan(0.2);
    expect(score("Jews are not rats")).toBeLessThan(0.2);
    expect(score("Not all Christians are hypocrites")).toBeLessThan(0.2);
    expect(score("I hate Muslims")).toBeGreaterThanOrEqual(0.7);
  });

  it("recognises counter-speech that condemns hate", () => {
    expect(score("Calling Jews rats is disgusting.")).toBeLessThan(0.2);
    expect(score("Saying that Muslims are terrorists is plain racism")).toBeLessThan(0.2);
    expect(score("Stop calling refugees vermin")).toBeLessThan(0.2);
  });

  it("does not take a disclaimer for counter-speech", () => {
    expect(score("I'm not racist but blacks are animals")).toBeGreaterThanOrEqual(0.8);
  });

  it("counts quoted hate as a mention, not a use", () => {
    const quoted = score('The sign read "Jews are rats" and people tore it down');
    expect(quoted).toBeLessThan(0.5);
    expect(quoted).toBeGreaterThan(0);
  });

  it("leaves neutral and positive identity mentions alone", () => {
    for (const text of [
      "As a Muslim, I think the article is fair.",
      "Our Jewish neighbours helped us rebuild the roof.",
      "Many Syrians returned to Aleppo",
      "The gay couple next door adopted a dog",
    ]) {
      expect(score(text), text).toBe(0);
    }
  });

  it("asks the model to back off on condemned or friendly identity talk", () => {
    expect(
      terms.analyze({ text: "Calling Jews rats is disgusting." }).modifiers?.hate,
    ).toBeLessThan(1);
    expect(terms.analyze({ text: "I love my Muslim neighbours" }).modifiers?.hate).toBeLessThan(1);
  });
});

describe("terms analyzer: coded slurs and portmanteaus by composition", () => {
  it("finds identity × insult blends it has never seen as a whole", () => {
    for (const word of ["muslimrats", "jewtards", "islamonazis", "hasbarats", "arabscum"]) {
      expect(score(`look at these ${word} again`), word).toBeGreaterThanOrEqual(0.7);
    }
  });

  it("finds 'zio-' compounds but not the words zionist or zionism", () => {
    expect(score("ziocons everywhere")).toBeGreaterThanOrEqual(0.6);
    expect(score("the history of zionism")).toBe(0);
  });

  it("reads blends of a terrorist group with a state as conspiracy (and antisemitic for Israel)", () => {
    const r = terms.analyze({ text: "ISISrael strikes again" });
    expect(r.scores.misinformation).toBeGreaterThanOrEqual(0.5);
    expect(r.scores.hate).toBeGreaterThanOrEqual(0.5);
    const us = terms.analyze({ text: "amerikaisis did it" });
    expect(us.scores.misinformation).toBeGreaterThanOrEqual(0.5);
    expect(us.scores.hate ?? 0).toBe(0);
  });

  it("knows echoes, ZOG and world-order phrases", () => {
    expect(score("ask (((them))) who runs the banks")).toBeGreaterThanOrEqual(0.7);
    expect(score("the ZOG media")).toBeGreaterThanOrEqual(0.7);
    expect(score("the jewish world order again")).toBeGreaterThanOrEqual(0.8);
  });

  it("does not fire on ordinary words that share a root", () => {
    for (const text of [
      "a jewelry shop",
      "Pakistan and Mexico",
      "the transit strike",
      "islamist militants attacked",
      "democrats and bureaucrats",
    ]) {
      expect(score(text), text).toBe(0);
    }
  });
});

describe("terms analyzer: obfuscation", () => {
  it("sees through l33t, spacing, stretching and look-alike letters, with spans in the original text", () => {
    const cases: Array<[string, string]> = [
      ["J3ws are r@ts", "J3ws are r@ts"],
      ["m u s l i m s are vermin", "m u s l i m s are vermin"],
      ["Muuuuslims are raaaats", "Muuuuslims are raaaats"],
      ["Jеws аre rаts", "Jеws аre rаts"], // Cyrillic е and а
      ["Ｍｕｓｌｉｍｓ are rats", "Ｍｕｓｌｉｍｓ are rats"],
      ["Mùslîms are rats", "Mùslîms are rats"],
    ];
    for (const [text, span] of cases) {
      expect(score(text), text).toBeGreaterThanOrEqual(0.8);
      expect(spanTexts(text), text).toContain(span);
    }
  });

  it("keeps offsets valid around emoji and masked profanity", () => {
    const text = "😀😀 f*ck this, 🇸🇾 n1gg3r";
    const r = terms.analyze({ text });
    const words = r.spans.map((s) => text.slice(s.start, s.end));
    expect(words).toContain("f*ck");
    expect(words).toContain("n1gg3r");
  });

  it("finds stretched and masked prefix words", () => {
    expect(score("fuuuuuck that", "profanity")).toBeGreaterThanOrEqual(0.7);
    expect(score("f**king hell", "profanity")).toBeGreaterThanOrEqual(0.7);
  });

  it("does not decode numbers, ordinals or codes as letters", () => {
    expect(score("the 5th brigade took T2 with 2,500 men and F-16 support", "profanity")).toBe(0);
  });
});

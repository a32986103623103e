// Implicit derogation: a group said to bring only harm, to be "only good at" one thing, blamed for
// a harm that rose when it arrived, or harm done to it approved ("… got attacked, good"); the
// passive of harm done to a group ("X always get blamed") read as sympathy, unless another group is
// accused in the same sentence or the harm approved. "Funny how …" opening a sentence is a wry
// remark, not a friendly word. Every sentence is written for the tests.
import { describe, expect, it } from "vitest";
import { defaultTermEntries } from "@/lib/triage/default-engine";
import { createTermsAnalyzer } from "@/lib/triage/terms/analyzer";

const terms = createTermsAnalyzer(defaultTermEntries());
const analysis = (text: string) => terms.analyze({ text });
const hate = (text: string) => analysis(text).scores.hate ?? 0;

describe("harm blamed on a group", () => {
  it.each([
    "Refugees have brought nothing but crime to this city.",
    "Those migrants bring nothing but trouble.",
    "Gypsies are only good at stealing.",
    "Burglaries soared when the Roma moved in.",
    "Funny how stabbings went up when the Somalis arrived.",
    "The neighbourhood went downhill when the immigrants showed up.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Refugees have brought nothing but kindness to this city.",
    "Donations soared when the refugees arrived.",
    "Crime fell when the new police chief arrived.",
    "The match went downhill when the rain came.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });
});

describe("harm done to a group, in the passive", () => {
  it.each(["Funny how Muslims always get blamed.", "Jews get attacked for nothing these days."])(
    "sympathy scales the model down: %s",
    (text) => {
      const a = analysis(text);
      expect(a.scores.hate ?? 0).toBeLessThan(0.3);
      expect(a.modifiers?.hate ?? 1).toBeLessThanOrEqual(0.4);
    },
  );

  it("not when another group is accused in the sentence", () => {
    expect(analysis("Muslims did it and Jews get blamed.").modifiers?.hate ?? 1).toBeGreaterThan(
      0.4,
    );
  });
});

describe("harm done to a group, approved", () => {
  it.each([
    "Muslims get killed every week over there, good.",
    "Jews got beaten up again, serves them right.",
    "The refugees were deported yesterday. Finally.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Muslims get treated well here, good.",
    "Jews were attacked again. Good grief, when will this end?",
    "Refugees get killed at sea every week, and it is not good.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });

  it("a denied approval leaves the report as sympathy", () => {
    const a = analysis("Muslims get killed all the time, and that is not good.");
    expect(a.modifiers?.hate ?? 1).toBeLessThanOrEqual(0.4);
  });
});

describe("hate or violence against a group, approved", () => {
  it.each([
    "Violence against refugees is justified.",
    "The hatred towards Jews is totally deserved.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Violence against refugees is never justified.",
    "Violence against Jews is good for nobody.",
    "Exposing the hatred towards Muslims is good journalism.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });
});

// A view the writer gave up ("I used to hate X until …") is not held, unless it is kept ("… and
// still do"); a promise that no member of a group will feel safe is a threat; an identity made part
// of an insult ("you stupid immigrant bitch") is hate, a paid agent accused ("a Russian troll") is
// not; "X were a mistake" is hate. Every sentence here is written for the tests.
import { describe, expect, it } from "vitest";
import { analysis, flagged } from "../../helpers/triage-terms";

describe("a view given up", () => {
  it.each([
    "I used to hate gay people until I met my best friend.",
    "I used to think Muslims are vermin.",
    "We used to believe that immigrants are parasites.",
  ])("renounced: %s", (text) => {
    expect(analysis(text).scores.hate ?? 0).toBeLessThan(0.3);
    expect(flagged(text)).not.toContain("hate");
  });

  it.each([
    "I used to hate Jews and still do.",
    "They used to hate Jews.",
    "I used to think that Muslims are vermin, now I know it.",
  ])("held: %s", (text) => {
    expect(analysis(text).scores.hate ?? 0).toBeGreaterThanOrEqual(0.6);
    expect(flagged(text)).toContain("hate");
  });
});

describe("threats and insults built on a group", () => {
  it.each([
    "I'll make sure no disabled person ever feels safe here.",
    "We will make sure no Muslim is welcome in this town.",
  ])("a threat: %s", (text) => {
    const a = analysis(text);
    expect(a.scores.threat ?? 0).toBeGreaterThanOrEqual(0.5);
    expect(flagged(text)).toEqual(expect.arrayContaining(["hate", "threat"]));
  });

  it("a promise of safety is none", () => {
    expect(flagged("I'll make sure no child feels unsafe.")).toEqual([]);
  });

  it.each([
    "Shut up you stupid immigrant bitch.",
    "Gay idiots everywhere.",
    "Women were a mistake.",
  ])("hate: %s", (text) => {
    expect(analysis(text).scores.hate ?? 0).toBeGreaterThanOrEqual(0.6);
    expect(flagged(text)).toContain("hate");
  });

  it.each([
    "You are either a Russian troll or just confused.",
    "Refugees are making a mistake by going there.",
  ])("not hate: %s", (text) => {
    expect(analysis(text).scores.hate ?? 0).toBeLessThan(0.3);
    expect(flagged(text)).not.toContain("hate");
  });

  it.each(["Immigrants fool everyone.", "Muslims trash the place."])(
    "a verb after a plural group is no insult compound: %s",
    (text) => {
      expect(
        analysis(text).spans.some((s) => s.reason === "an identity made part of an insult"),
      ).toBe(false);
    },
  );
});

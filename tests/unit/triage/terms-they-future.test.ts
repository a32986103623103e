// A trait given to a group through "they're" or "they … still", in the future ("will always be"),
// or as a quality denied by comparison ("less intelligent than"); a feeling caused by "they" for a
// group just named; "nothing wrong with being X" and "hate directed at X" as friendly framings.
// Every sentence here is written for the tests.
import { describe, expect, it } from "vitest";
import { defaultTermEntries } from "@/lib/triage/default-engine";
import { createTermsAnalyzer } from "@/lib/triage/terms/analyzer";

const terms = createTermsAnalyzer(defaultTermEntries());
const analysis = (text: string) => terms.analyze({ text });
const hate = (text: string) => analysis(text).scores.hate ?? 0;

describe("traits through pronouns, the future and comparison", () => {
  it.each([
    "My neighbour dated a refugee, and they're as filthy as the rest.",
    "Fine, Jews can vote, but they are still subhuman.",
    "I watch Muslims on the news and they always make me sick.",
    "A refugee will always be a criminal.",
    "Muslims will be parasites forever.",
    "Everyone knows immigrants are less intelligent than us.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "My neighbour dated a refugee, and they're not dangerous at all.",
    "Jews will always be welcome in this house.",
    "Muslims will be fine after the storm.",
    "Immigrants are less likely to commit crimes.",
    "I watch Muslims on the news and they always make me smile.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });
});

describe("friendly framings of a group", () => {
  it.each([
    "There is nothing wrong with being a Muslim.",
    "I am sick of the hate directed at trans people.",
    "So much abuse is aimed at refugees online.",
  ])("the model is scaled down: %s", (text) => {
    const a = analysis(text);
    expect(a.scores.hate ?? 0).toBeLessThan(0.3);
    expect(a.modifiers?.hate ?? 1).toBeLessThanOrEqual(0.4);
  });

  it("still hate when the sentence goes on to insult the group", () => {
    expect(hate("There is nothing wrong with being a Muslim, they are vermin.")).toBeGreaterThan(
      0.6,
    );
  });
});

describe("others' hatred of a group, described", () => {
  it.each([
    "The hatred they feel for Jews is frightening.",
    "The contempt some people have towards refugees worries me.",
  ])("the model is scaled down: %s", (text) => {
    expect(analysis(text).modifiers?.hate ?? 1).toBeLessThanOrEqual(0.4);
  });

  it("the writer's own hatred stays hate", () => {
    expect(hate("The hatred I feel for Jews is real.")).toBeGreaterThanOrEqual(0.6);
  });
});

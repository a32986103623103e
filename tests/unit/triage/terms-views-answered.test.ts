// A hateful view that the writer answers: its holders called monsters, a demand for the facts in
// the same sentence or the next ("If you think X are parasites, read the actual data", "You keep
// saying X are dangerous. Where is your evidence?"); slurs reclaimed by the writer's own group
// ("my fellow dykes", "we queers"); what a group needs, said on its side ("X need support").
// The writer's own claim, backed with "look at the statistics", stays hate.
// Every sentence here is written for the tests.
import { describe, expect, it } from "vitest";
import { analysis, flaggedHate } from "../../helpers/triage-terms";

describe("a hateful view answered", () => {
  it.each([
    "Anyone who thinks disabled people are worthless is a monster.",
    "If you think immigrants are parasites, read the actual data.",
    "You keep saying trans people are dangerous. Where is your evidence?",
    "She claims Muslims are violent. Show me the statistics.",
  ])("counter-speech: %s", (text) => {
    expect(analysis(text).scores.hate ?? 0).toBeLessThan(0.3);
    expect(flaggedHate(text)).toBe(false);
  });

  it.each([
    "Muslims are dangerous. Look at the statistics.",
    "I keep saying Muslims are dangerous. Look at the statistics.",
    "If you think Muslims are fine, check the crime data, they are vermin.",
  ])("the writer's own claim: %s", (text) => {
    expect(analysis(text).scores.hate ?? 0).toBeGreaterThanOrEqual(0.6);
    expect(flaggedHate(text)).toBe(true);
  });
});

describe("in-group words and needs", () => {
  it.each([
    "Me and my fellow dykes are going to Pride.",
    "We dykes are here to stay.",
    "Trans kids need support, not bullying.",
    "Refugees need help and protection.",
  ])("not hate: %s", (text) => {
    expect(flaggedHate(text)).toBe(false);
  });

  it.each(["Those dykes are disgusting.", "Immigrants don't need help, they need deporting."])(
    "still hate: %s",
    (text) => {
      expect(flaggedHate(text)).toBe(true);
    },
  );
});

// Invasion rhetoric after a copula or "will" ("X are invading", "X will outbreed us"), a group good
// only on a condition ("the only good X is a deported one"), freeloading and predation as traits;
// and harm reported as done to a group in the passive ("X were murdered in the Holocaust"), which
// is a report, not an attack. Every sentence here is written for the tests.
import { describe, expect, it } from "vitest";
import { analysis, flaggedHate } from "../../helpers/triage-terms";

describe("hate the terms now read", () => {
  it.each([
    "Muslims will outbreed us.",
    "Muslims are breeding to replace us.",
    "Immigrants are flooding our country.",
    "Refugees are just swarming in.",
    "The only good immigrant is a deported one.",
    "The only good Muslim is one who keeps quiet.",
    "Immigrants are freeloaders.",
    "Gay men are predators.",
    "Black people are thugs.",
  ])("hate: %s", (text) => {
    expect(analysis(text).scores.hate ?? 0).toBeGreaterThanOrEqual(0.6);
    expect(flaggedHate(text)).toBe(true);
  });

  it.each([
    "Muslims are not invading anyone.",
    "The only good thing about this law is that it expires.",
    "Saying the only good immigrant is a deported one is vile.",
    "Women are not human? What a disgusting thing to say.",
  ])("not hate: %s", (text) => {
    expect(flaggedHate(text)).toBe(false);
  });

  it("'X are not human' stays dehumanisation, not invasion", () => {
    const a = analysis("Women are not human.");
    expect(a.scores.hate).toBeGreaterThanOrEqual(0.6);
    expect(a.spans.some((s) => s.reason.startsWith("dehumanising"))).toBe(true);
  });
});

describe("harm reported as done to a group", () => {
  it.each([
    "Jews were murdered in the Holocaust.",
    "Muslims have been attacked in the street.",
    "Trans people are being persecuted.",
    "Gay men were lynched in the south for decades.",
  ])("a report: %s", (text) => {
    const a = analysis(text);
    expect(a.scores.hate ?? 0).toBeLessThan(0.3);
    expect(a.modifiers?.hate ?? 1).toBeLessThanOrEqual(0.4);
    expect(flaggedHate(text)).toBe(false);
  });

  it.each([
    "Jews were murdered, and good riddance.",
    "Gays were slaughtered and they deserved it.",
    "Jews should be murdered.",
  ])("approved or wished: %s", (text) => {
    expect(flaggedHate(text)).toBe(true);
  });
});

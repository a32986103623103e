// The writer backing violence done to a group, named as a noun ("I support the killing of X"), is a
// threat and hate as "kill X" is; refused, reported or aimed at no group it is not. Every sentence
// here is written for the tests.
import { describe, expect, it } from "vitest";
import { defaultTermEntries } from "@/lib/triage/default-engine";
import { createTermsAnalyzer } from "@/lib/triage/terms/analyzer";

const terms = createTermsAnalyzer(defaultTermEntries());
const scores = (text: string) => terms.analyze({ text }).scores;

describe("endorsed killing of a group", () => {
  it.each([
    "I support the killing of immigrants.",
    "We should encourage the murder of Jews.",
    "I celebrate the deaths of gay people.",
    "We are all for the extermination of Muslims.",
    "I am in favour of the mass execution of refugees.",
    "Support the slaughter of every last Roma.",
  ])("%s", (text) => {
    const s = scores(text);
    expect(s.threat ?? 0).toBeGreaterThanOrEqual(0.8);
    expect(s.hate ?? 0).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "I do not support the killing of immigrants.",
    "Activists who support the killing of refugees should be arrested.",
    "We mourn the deaths of the Muslims who died in the fire.",
    "Many people celebrated the death of the dictator.",
    "I support the execution of convicted murderers.",
  ])("not endorsed, or no group: %s", (text) => {
    expect(scores(text).threat ?? 0).toBeLessThan(0.5);
  });
});

// "X look / seem / appear <trait>" generalises about a group as "X are <trait>" does. Every sentence
// here is written for the tests.
import { describe, expect, it } from "vitest";
import { defaultTermEntries } from "@/lib/triage/default-engine";
import { createTermsAnalyzer } from "@/lib/triage/terms/analyzer";

const terms = createTermsAnalyzer(defaultTermEntries());
const hate = (text: string) => terms.analyze({ text }).scores.hate ?? 0;

describe("look / seem / appear as a copula", () => {
  it.each(["Immigrants look violent.", "Arabs seem dangerous.", "Refugees appear filthy."])(
    "%s",
    (text) => {
      expect(hate(text)).toBeGreaterThanOrEqual(0.6);
    },
  );

  it.each([
    "Look at the Muslims celebrating Eid in the park.",
    "Women appear in the photo beside the mayor.",
    "Muslims seem to be the main victims here.",
  ])("no trait: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });
});

import { describe, expect, it } from "vitest";
import { loadDefaultEngine } from "@/lib/triage/default-engine";
import { extractFeatures } from "@/lib/triage/model/features";
import { FOLDED_IDENTITY_WORDS } from "@/lib/triage/model/identity-words";
import { prepareDoc } from "@/lib/triage/text/doc";

// The n-gram model reads every neutral group name as one word, so it learns the frame around a
// group for all groups at once and cannot learn a group's name alone as evidence of hate.

const features = (text: string) => Array.from(extractFeatures(prepareDoc(text)).feats);

describe("identity words in the n-gram features", () => {
  it("give the same features whichever group is named", () => {
    const jews = features("The Jews in my town are vermin");
    for (const group of ["Muslims", "immigrants", "gays", "women", "Hindus"])
      expect(features(`The ${group} in my town are vermin`)).toEqual(jews);
  });

  it("keep slurs and other words apart from the folded name", () => {
    expect(features("The kikes in my town are vermin")).not.toEqual(
      features("The Jews in my town are vermin"),
    );
    expect(features("The bankers in my town are vermin")).not.toEqual(
      features("The Jews in my town are vermin"),
    );
  });

  it("fold only listed words, none of them a slur the terms list knows", () => {
    for (const slur of ["kike", "kikes", "paki", "muzzie", "retards", "cripple", "yid", "queers"])
      expect(FOLDED_IDENTITY_WORDS).not.toContain(slur);
  });

  it("leave a neutral question about a group below the hate threshold at stage 1", () => {
    const engine = loadDefaultEngine();
    for (const text of [
      "Are there any Jews in your class?",
      "I had lunch with two Muslims today.",
      "Jews celebrate Hanukkah in December.",
    ])
      expect(engine.score({ text }).scores.hate).toBeLessThan(engine.thresholds.hate);
    expect(engine.score({ text: "Jews are vermin." }).scores.hate).toBeGreaterThanOrEqual(
      engine.thresholds.hate,
    );
  });
});

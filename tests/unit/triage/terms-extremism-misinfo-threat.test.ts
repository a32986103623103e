import { describe, expect, it } from "vitest";
import { createTermsAnalyzer } from "@/lib/triage/terms/analyzer";
import { defaultTermEntries } from "@/lib/triage/default-engine";
import type { THarm } from "@/lib/triage/types";

const terms = createTermsAnalyzer(defaultTermEntries());
const score = (text: string, harm: THarm) => terms.analyze({ text }).scores[harm] ?? 0;

describe("extremism: praise versus reporting", () => {
  it("flags praise of a terrorist group and its rule", () => {
    expect(
      score("The caliphate was a real state that brought order and ended corruption.", "extremism"),
    ).toBeGreaterThanOrEqual(0.6);
    expect(score("Daesh are heroes, they fed the poor", "extremism")).toBeGreaterThanOrEqual(0.4);
    expect(score("Long live al-Qaeda!", "extremism")).toBeGreaterThanOrEqual(0.5);
    expect(score("God bless the mujahideen", "extremism")).toBeGreaterThanOrEqual(0.5);
    expect(score("Brothers, join the Islamic State now", "extremism")).toBeGreaterThanOrEqual(0.5);
  });

  it("carries praise over to 'they' sentences about the group", () => {
    expect(
      score("ISIS took over the city. They brought law and order and real security.", "extremism"),
    ).toBeGreaterThanOrEqual(0.5);
  });

  it("does not flag news-style reporting or fighting against a group", () => {
    for (const text of [
      "ISIS militants attacked army positions near Palmyra.",
      "Government forces are fighting ISIS in the desert.",
      "He joined ISIS in 2015 and was killed in Raqqa.",
      "Brave soldiers defeated al-Qaeda in the north.",
      "The anti-ISIS coalition restored order in the city.",
    ]) {
      expect(score(text, "extremism"), text).toBeLessThan(0.3);
    }
  });

  it("does not take condemnation of praise as praise", () => {
    expect(score("People saying ISIS were heroes is disgusting", "extremism")).toBeLessThan(0.2);
    expect(score("Hamas are not heroes", "extremism")).toBeLessThan(0.2);
  });
});

describe("misinformation: conspiracy frames", () => {
  it("flags 'group is really a state' claims in either direction", () => {
    expect(score("Daesh is really the CIA", "misinformation")).toBeGreaterThanOrEqual(0.6);
    expect(score("isis = mossad", "misinformation")).toBeGreaterThanOrEqual(0.6);
    expect(score("NATO is ISIS", "misinformation")).toBeGreaterThanOrEqual(0.6);
  });

  it("flags claims that a state creates or runs a terrorist group", () => {
    expect(
      score("Everyone knows the CIA created al-Qaeda", "misinformation"),
    ).toBeGreaterThanOrEqual(0.6);
    expect(score("Nusra was funded by the Saudis", "misinformation")).toBeGreaterThanOrEqual(0.6);
    expect(
      score("Turkey and Qatar are arming the jihadists", "misinformation"),
    ).toBeGreaterThanOrEqual(0.6);
  });

  it("flags faked-evidence, false-flag and hidden-control narratives", () => {
    expect(score("The UN investigation was fabricated", "misinformation")).toBeGreaterThanOrEqual(
      0.45,
    );
    expect(score("another false flag by the west", "misinformation")).toBeGreaterThanOrEqual(0.5);
    expect(
      score("the banks are controlled by the Rothschilds", "misinformation"),
    ).toBeGreaterThanOrEqual(0.5);
    const control = terms.analyze({ text: "zionists control the media" });
    expect(control.scores.hate).toBeGreaterThanOrEqual(0.6);
  });

  it("does not flag ordinary reporting about states and groups", () => {
    for (const text of [
      "The US helped the Kurds fight ISIS.",
      "Russia bombed ISIS oil trucks.",
      "The report was published on Tuesday.",
    ]) {
      expect(score(text, "misinformation"), text).toBeLessThan(0.3);
    }
  });

  it("halves a claim attributed to someone else", () => {
    const own = score("The chemical attack was staged", "misinformation");
    const reported = score("The ministry said the chemical attack was staged", "misinformation");
    expect(reported).toBeLessThan(own);
  });
});

describe("threats", () => {
  it("scores calls for violence against identity groups and people high", () => {
    expect(score("kill all the Kurds", "threat")).toBeGreaterThanOrEqual(0.8);
    expect(score("Muslims should be shot", "threat")).toBeGreaterThanOrEqual(0.8);
    expect(score("I will find you and hurt you", "threat")).toBeGreaterThanOrEqual(0.7);
    expect(score("death to the Jews", "threat")).toBeGreaterThanOrEqual(0.8);
  });

  it("scores military talk about combatants low", () => {
    for (const text of [
      "The SAA should annihilate the terrorists",
      "Kill every last daeshbag",
      "time to wipe out the jihadists",
    ]) {
      const s = score(text, "threat");
      expect(s, text).toBeGreaterThan(0);
      expect(s, text).toBeLessThan(0.4);
    }
  });

  it.each([
    "Those protesters should all be shot.",
    "Looters should be shot on sight.",
    "Kill all the cops.",
    "Someone should shoot the politicians.",
    "Liberals should be lined up and shot.",
    "I hope all the protesters get killed.",
    "Hope the cops all die.",
    "I hope he gets shot.",
  ])("scores a call for violence against people named by what they do as a threat: %s", (text) => {
    expect(score(text, "threat")).toBeGreaterThanOrEqual(0.7);
    // Threat, not identity hate: protesters and police are no protected group.
    expect(score(text, "hate")).toBeLessThan(0.3);
  });

  it.each([
    "Muslims should be lined up and shot.",
    "I hope the Muslims get killed.",
    "I wish all Jews were dead.",
  ])("scores a wished or staged killing of a group as threat and hate: %s", (text) => {
    expect(score(text, "threat")).toBeGreaterThanOrEqual(0.8);
    expect(score(text, "hate")).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Protesters were shot by police yesterday.",
    "Police should not shoot protesters.",
    "The teachers should be paid more.",
    "Doctors shot down the proposal.",
    "I hope no Muslims get killed.",
    "I hope the hostages are not killed.",
    "I hope the protesters are safe and nobody gets killed.",
    "I hope the soldiers come home safe.",
    "They should be rounded up and counted for the census.",
    "Rioters came here to set fire to police cars.",
  ])("leaves reports, negated wishes and care unflagged as threats: %s", (text) => {
    expect(score(text, "threat")).toBeLessThan(0.3);
  });

  it("does not read past-tense reports as threats", () => {
    expect(score("Twenty soldiers were killed by the militants", "threat")).toBe(0);
  });

  it("flags an insult addressed to the reader", () => {
    expect(score("how will they be evacuated, you imbecile?", "harassment")).toBeGreaterThanOrEqual(
      0.7,
    );
    expect(score("you are not an idiot", "harassment")).toBeLessThan(0.55);
  });
});

// "X hater", "X bashing": said of others it is talk about prejudice (the model's hate is damped as
// for "racist"); declared by the writer it is hatred; pinned on another group it is neither.
// Every sentence here is written for the tests.
import { describe, expect, it } from "vitest";
import { defaultTermEntries } from "@/lib/triage/default-engine";
import { createTermsAnalyzer } from "@/lib/triage/terms/analyzer";

const terms = createTermsAnalyzer(defaultTermEntries());
const analyze = (text: string) => terms.analyze({ text });

describe("terms analyzer: haters and bashing", () => {
  it.each([
    "I am a proud Muslim hater.",
    "I'm a Jew hater and proud of it.",
    "We are Muslim haters.",
    "I am an unapologetic gay basher.",
  ])("declared hatred: %s", (text) => {
    expect(analyze(text).scores.hate ?? 0).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Reading your posts, all I see is a Muslim hater.",
    "Jew haters like you should be ashamed.",
    "The Muslim bashing on this site is disgusting.",
    "Catholic bashing has become a sport on this forum.",
    "You are just an immigrant hater.",
    "I am not a Muslim hater.",
  ])("talk about prejudice: %s", (text) => {
    const r = analyze(text);
    expect(r.scores.hate ?? 0).toBeLessThan(0.3);
    expect(r.signals?.identityMeta).toBe(1);
  });

  it.each([
    "Those Jew-hating Islamists started it again.",
    "Their leader is an Islamist Jew-hater.",
    "Muslims are haters.",
  ])("not talk about prejudice (a label pinned on a group): %s", (text) => {
    expect(analyze(text).signals?.identityMeta).toBe(0);
  });
});

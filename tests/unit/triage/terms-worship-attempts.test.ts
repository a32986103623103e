// An attack called for on a place of worship is aimed at the faith's people; an attempt reported in
// the past ("someone tried to burn …") is news, not a call. Every sentence here is written for the
// tests.
import { describe, expect, it } from "vitest";
import { defaultTermEntries } from "@/lib/triage/default-engine";
import { createTermsAnalyzer } from "@/lib/triage/terms/analyzer";

const terms = createTermsAnalyzer(defaultTermEntries());
const scores = (text: string) => terms.analyze({ text }).scores;

describe("places of worship and reported attempts", () => {
  it.each([
    "I'm going to burn down the mosque with them inside.",
    "I'll blow up their synagogue next week.",
    "We should torch every church in this town.",
  ])("a call against a place of worship: %s", (text) => {
    const s = scores(text);
    expect(s.threat ?? 0).toBeGreaterThanOrEqual(0.8);
    expect(s.hate ?? 0).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Police say a man tried to burn down the mosque on Friday.",
    "A teenager attempted to stab a Jewish boy outside the school.",
    "Firefighters saved the church from burning down.",
    "The Romans destroyed the temple in 70 AD.",
  ])("a report: %s", (text) => {
    expect(scores(text).threat ?? 0).toBeLessThan(0.5);
  });

  it.each(["I will try to kill every immigrant I see.", "We must try to wipe out the Jews."])(
    "trying, as a call, stays a threat: %s",
    (text) => {
      expect(scores(text).threat ?? 0).toBeGreaterThanOrEqual(0.8);
    },
  );
});

describe("look-alikes of a call for violence", () => {
  it.each([
    "If you want to hang out in a church with friends, that is fine.",
    "You can disagree with her without pretending to hurt her.",
    "The army threatened to destroy the whole village last year.",
    "Are they so insecure that a swimsuit will destroy their culture?",
    "The new tax could hurt them badly.",
    "When did that country last threaten to eradicate its neighbour?",
    "The aim of those camps was to kill the prisoners' spirit.",
  ])("%s", (text) => {
    expect(scores(text).threat ?? 0).toBeLessThan(0.5);
  });

  it.each(["Hang the Muslims.", "Our plan is to kill every immigrant in town."])(
    "a call is still one: %s",
    (text) => {
      expect(scores(text).threat ?? 0).toBeGreaterThanOrEqual(0.8);
    },
  );
});

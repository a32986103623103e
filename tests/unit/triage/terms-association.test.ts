// A group tied to crime or incapacity without a trait word ("where there are X, there is crime",
// "X cannot govern themselves", "X multiply like cockroaches"), and the look-alikes: reports of a
// suspect or a victim, conditions, conditions of life in a camp, "take care".
import { describe, expect, it } from "vitest";
import { defaultTermEntries } from "@/lib/triage/default-engine";
import { createTermsAnalyzer } from "@/lib/triage/terms/analyzer";

const terms = createTermsAnalyzer(defaultTermEntries());
const hate = (text: string) => terms.analyze({ text }).scores.hate ?? 0;

describe("terms analyzer: tied to crime, incapable, likened by what they do", () => {
  it.each([
    "Where there are Muslims, there is crime.",
    "Where there are immigrants there's always trouble.",
    "Of course the thief turned out to be one of the refugees.",
    "Surprise surprise, the attacker was one of the Muslims.",
    "Jews only know how to take.",
    "Immigrants only know how to steal, never how to work.",
    "Africans cannot govern themselves.",
    "Women are unable to think for themselves.",
    "Never turn your back on a Muslim.",
    "Muslims multiply like cockroaches.",
    "Immigrants eat like pigs.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Where there are refugees, there are charities helping them.",
    "The suspect was one of the refugees, police said.",
    "The victim was one of the Muslims attending prayers.",
    "Of course the winner turned out to be one of the women.",
    "Disabled people cannot look after themselves without support.",
    "Never turn your back on a friend.",
    "Refugees live like animals in those camps, it is a disgrace.",
    "Where there are Muslims, there are mosques.",
    "Some children cannot feed themselves when their parents work late.",
    "Women only know how to take care of everyone else, never themselves, my mother says.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.5);
  });
});

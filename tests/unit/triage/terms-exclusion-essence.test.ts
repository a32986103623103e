// A group told to go back where it "came from" or said never to belong, a vice made a group's nature;
// and the look-alikes: trips home, reported deportations, the writer's own plans, integration with a
// condition, talents "in their blood", illnesses.
import { describe, expect, it } from "vitest";
import { defaultTermEntries } from "@/lib/triage/default-engine";
import { createTermsAnalyzer } from "@/lib/triage/terms/analyzer";

const terms = createTermsAnalyzer(defaultTermEntries());
const hate = (text: string) => terms.analyze({ text }).scores.hate ?? 0;

describe("terms analyzer: told to go back where they came from", () => {
  it.each([
    "Go back to Africa.",
    "Go back to the jungle where you came from.",
    "Send them back to where they came from.",
    "They should go back to their own country.",
    "Muslims should go back to their own countries.",
    "Just send them all back to Mexico.",
    "We should send every one of them back to the third world.",
    "They should be shipped back to the desert.",
    "I think you should go back to Africa.",
    "Refugees need to go back where they belong.",
    "Send these people back to their shithole countries.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "I went back to Mexico last summer.",
    "We should go back to Africa next year, the safari was amazing.",
    "The refugees were sent back to Syria last week.",
    "The government will send them back to their own country, the minister said.",
    "Go back to the article and read it again.",
    "Send them back to school on Monday.",
    "Don't send them back to Syria, they will be killed.",
    "My parents want to go back to India when they retire.",
    "He told me to go back to Africa and I reported him.",
    "Telling people to go back to Africa is racist.",
    "Let's go back to the hotel.",
    "Trump wants to send them back to Mexico.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.5);
  });
});

describe("terms analyzer: said never to belong", () => {
  it.each([
    "Muslims will never integrate.",
    "Immigrants refuse to assimilate.",
    "Somalis simply cannot adapt to our way of life.",
    "Islam is incompatible with western values.",
    "Muslims are incompatible with our society.",
    "Refugees don't want to integrate, they want our money.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Many Muslims integrate very well.",
    "Refugees can't integrate without language classes.",
    "Immigrants find it hard to integrate when nobody hires them.",
    "We never let the refugees integrate properly.",
    "My Muslim neighbours fit in perfectly.",
    "Refugees who never integrate are rare, studies show.",
    "The software is incompatible with our system.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.5);
  });
});

describe("terms analyzer: a vice in a group's nature", () => {
  it.each([
    "Muslims lie, it's in their DNA.",
    "Stealing is in the DNA of Gypsies.",
    "Violence is in their blood, all Africans are like that.",
    "Black people are genetically predisposed to violence.",
    "Criminality is in their genes, those Somalis.",
    "Refugees are naturally prone to crime.",
    "Mexicans steal. It's in their blood.",
    "Jews are greedy, it is in their nature.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Music is in their blood, those Brazilians.",
    "Football is in the DNA of Brazilians.",
    "Violence against women is in the DNA of this government.",
    "Some people are genetically predisposed to diabetes.",
    "Women are naturally prone to osteoporosis.",
    "Hospitality is in the nature of Arabs, we were welcomed everywhere.",
    "Saying crime is in their DNA is racist nonsense about immigrants.",
    "The virus is in their blood, the doctors told the Syrian family.",
    "Jews have a genetic predisposition to some diseases.",
    "Refugees lie, exhausted, on the floor of the station.",
    "Refugees lie in tents along the border.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.5);
  });
});

describe("terms analyzer: a group let go by its own choice is not expelled", () => {
  it.each([
    "I want the Muslims to leave.",
    "Tell the Jews to leave.",
    "It is time for the immigrants to leave.",
    "Force the refugees to leave.",
    "Let's vote to force the Muslims to leave.",
    "Muslims should be deported.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "We should allow refugees to leave the camps.",
    "If there is a referendum I will vote for the Scots to leave.",
    "We must help the refugees to leave the war zone.",
    "Israel should let the Palestinians to leave Gaza.",
    "The government should permit the Uyghurs to leave the country.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.5);
  });
});

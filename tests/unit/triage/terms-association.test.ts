// A group tied to crime or incapacity without a trait word ("where there are X, there is crime",
// "X cannot govern themselves", "X multiply like cockroaches"), barred or called too many ("No X
// allowed", "too many X here already"), the sight of a group and the feeling it brings ("When I see
// X, I want to throw up"); and the look-alikes: reports of a suspect or a victim, conditions, life in
// a camp, "take care", too many deaths, a sign asked about, a group seen being attacked, pride.
import { describe, expect, it } from "vitest";
import { defaultTermEntries, loadDefaultModel } from "@/lib/triage/default-engine";
import { createTriageEngine } from "@/lib/triage/engine";
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

describe("terms analyzer: barred, too many, smelt, shamed for existing", () => {
  it.each([
    "No Muslims allowed in here.",
    "No gay people welcome.",
    "This country has far too many immigrants.",
    "There are too many Jews here already.",
    "We have too many refugees in this country.",
    "I can smell Muslims from a mile away.",
    "Keep your Muslim friends away from me.",
    "Women should stay in the kitchen.",
    "Jews ought to be ashamed of existing.",
    "Gay people should be ashamed to exist.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "No dogs allowed in here.",
    "No Muslims allowed? That is illegal discrimination.",
    "Too many women die in childbirth in poor countries.",
    "Too many black people are killed by police.",
    "There are too many refugees living in tents this winter.",
    "I can smell the bakery from a mile away.",
    "Keep your friends close.",
    "Women should stay in the race, the coach said.",
    "Refugees should not be ashamed of asking for help.",
    "I am ashamed of how we treated Jews in the past.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.5);
  });
});

describe("terms analyzer: the sight of a group, then the feeling", () => {
  it.each([
    "When I see Muslims, I want to throw up.",
    "When I see Jews I feel sick.",
    "Whenever I meet immigrants, I get so angry.",
    "When I see gay people, I want to vomit.",
    "When I hear women talk, I feel disgusted.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "When I see Muslims, I want to hug them.",
    "When I see refugees being attacked, I feel sick.",
    "When I see Jews at the synagogue, I feel at home.",
    "When I see women in science, I feel proud.",
    "When I meet immigrants I get to practise my Spanish.",
    "When I see Muslims, I get hungry because they run the best restaurants.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.5);
  });
});

describe("terms analyzer: a threat against the homes where a group lives", () => {
  const threat = (text: string) => terms.analyze({ text }).scores.threat ?? 0;
  it.each([
    "I'm going to burn down every house where Muslims live.",
    "Burn down the house where the refugees sleep.",
  ])("threat: %s", (text) => {
    expect(threat(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "The fire burned down the house where Muslims lived for decades.",
    "We should visit the house where Jews hid during the war.",
  ])("no threat: %s", (text) => {
    expect(threat(text)).toBeLessThan(0.5);
  });
});
describe("terms analyzer: negated confinement, the group the writer knows", () => {
  it.each([
    "Muslims do not belong here.",
    "Muslims belong in cages.",
    "The Jews I know are liars.",
    "The immigrants we have met are all criminals.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Muslims do not belong in cages.",
    "Gay people don't belong in the zoo, they are people.",
    "None of the Muslims I know are lazy.",
    "None of the women we have met are liars.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.5);
  });
});

describe("engine at stage 1: quoted hate held up as the reason for a law", () => {
  const engine = createTriageEngine({ terms: defaultTermEntries(), model: loadDefaultModel() });
  it.each([
    'Statements like "Muslims are scum" are why we need hate speech laws.',
    'Statements like "gay people are scum" are why we need hate speech laws.',
  ])("not flagged: %s", (text) => {
    // The quotation leaves the terms a little evidence (0.31); the model's hate is then damped too.
    expect(engine.score({ text }).scores.hate).toBeLessThan(0.6);
  });
});
describe("terms analyzer: questions of contempt (nearness refused, anyone's trust, 'ever stop', 'one of the X who wasn't')", () => {
  it.each([
    "Who would want to live next to Muslims?",
    "Why does anyone trust Jews?",
    "Why did anybody hire those immigrants?",
    "Have you ever met one of the Muslims who wasn't a liar?",
    "Do gay people ever stop complaining?",
    "Do Muslims ever stop whining?",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Who would want to live next to a motorway?",
    "I would love to live next to Muslims.",
    "Why does anyone trust the government?",
    "Why does anyone hate Jews?",
    "Have you ever met one of the refugees who was a doctor?",
    "Do immigrants ever stop complaining about the noise in the camp?",
    "Do Jews ever stop working on Saturday?",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.5);
  });
});
describe("terms analyzer: negation across 'for a second', hate as a noun", () => {
  it.each([
    "I have a hate for these Muslims.",
    "So many Somalis here. I hate them.",
    "For a second I thought Muslims are a threat, and they are.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Muslims never deserved any of the hate they get.",
    "I don't believe for a second that Muslims are a threat.",
    "I don't believe for one moment that Jews are liars.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.5);
  });
});

describe("engine at stage 1: hate as a noun, done to a group", () => {
  const engine = createTriageEngine({ terms: defaultTermEntries(), model: loadDefaultModel() });
  it.each(["Muslims never deserved any of the hate they get.", "The hate against Jews is rising."])(
    "not flagged: %s",
    (text) => {
      expect(engine.score({ text }).scores.hate).toBeLessThan(0.6);
    },
  );
});
describe("terms analyzer: a group wished gone in the next sentence", () => {
  it.each([
    "Muslims came to our church. I hope they never come back.",
    "Refugees moved in next door. I hope they leave.",
    "Jews came to the party. I wish they would go away.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "My Muslim friends visited. I hope they come back soon.",
    "Immigrants came to our school. I hope they never leave.",
    "The refugees left for Germany. I hope they never come back to this war.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.5);
  });
});

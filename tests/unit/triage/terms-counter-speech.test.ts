// Counter-speech and negated hate stay unflagged (issue 16): reported or quoted hate that the
// comment condemns, before or after the quote and across a sentence, and hate claims the sentence
// denies. Genuine hate that uses the same words ("stop letting …", "sick of …") is not suppressed.
// Cases written for this test; none comes from a dataset or the blind functional suite.
import { describe, expect, it } from "vitest";
import { defaultTermEntries, loadDefaultEngine } from "@/lib/triage/default-engine";
import { createTermsAnalyzer } from "@/lib/triage/terms/analyzer";

const engine = loadDefaultEngine();
const terms = createTermsAnalyzer(defaultTermEntries());
const flaggedHate = (text: string) => engine.score({ text }).flagged.includes("hate");
const suppressed = (text: string) => terms.analyze({ text }).signals?.suppressedHate ?? 0;

const COUNTER_SPEECH = [
  "Calling immigrants vermin is disgusting.",
  "I'm sick of people saying Muslims are terrorists.",
  "He tweeted that Jews should die. Unacceptable.",
  "Nobody should say Mexicans are animals.",
  "It is not true that refugees are criminals.",
  "I don't think trans people are stupid at all.",
  '"Gay people are a disease" is the dumbest thing I\'ve read today.',
  "My uncle says black people are lazy. He is so wrong.",
  "She claimed that Muslims are rats. Shameful.",
  "Someone wrote that women are inferior and I am furious.",
  "Posting that disabled people are worthless is vile.",
  "The comment that Jews are parasites should be removed.",
  "Saying gay men are disgusting is hateful nonsense.",
  "Stop saying immigrants are vermin.",
  "I condemn anyone who says refugees are scum.",
  "Shame on him for claiming Muslims are savages.",
  "People keep posting that black people are animals. Disgusting.",
  "Women are trash, he wrote. That is appalling.",
  "Immigrants are rats. Disgusting that people still say this.",
  "That tweet calling trans women freaks was vile.",
  "Muslims are not terrorists.",
  "Refugees are never criminals just because they are refugees.",
  "Gay people are hardly a threat to anyone.",
  "I don't believe immigrants are parasites.",
  "No one should think women are inferior.",
  "It's not true that Jews control the banks.",
  "I refuse to believe black people are less intelligent.",
  "Disabled people are not worthless.",
  "Trans people aren't mentally ill.",
  "There is no reason to think Mexicans are criminals.",
  "You can't say Muslims are all terrorists, that's just wrong.",
  "The idea that gay people are perverts is absurd.",
  "Anyone who calls refugees cockroaches should be ashamed.",
  "Why do people still claim that black people are apes? It's disgusting.",
  "That post said immigrants should be shot. Reported it.",
  "It's wrong to say women belong in the kitchen.",
  "Telling trans people they are abominations is cruel.",
  '"Gays are sick" - no, bigots are.',
];

const HATEFUL = [
  "Stop letting immigrants in.",
  "I'm sick of Muslims.",
  "Jews are disgusting, not human.",
  "Refugees are vermin and should be deported.",
  "Muslims are terrorists, plain and simple.",
  "Gay people are a disease.",
  "Black people are animals.",
  "Women are inferior to men, no doubt.",
  "I'm tired of trans freaks everywhere.",
  "Immigrants are rats. Disgusting.",
  "Mexicans are criminals and rapists.",
  "Disabled people are worthless.",
  "Shame that Jews are allowed to vote.",
  "Muslims should die.",
  "Refugees are scum, I said it and I mean it.",
  "Stop pretending gay people are normal, they are perverts.",
  "Black people are not human.",
  "Women are never smart enough to lead.",
  "I don't think immigrants deserve any rights.",
  "It's true that Jews are parasites.",
  "I told you Jews are rats. Disgusting vermin.",
  "Everyone says Muslims are dumb and stupid, and they are right.",
];

const GROUPS = ["Muslims", "women", "trans people", "black people", "immigrants", "gay men"];
/** Hate phrased with a negator: denying a group welcome, worth or humanity is the attack. */
const NEGATED_POSITIVE = [
  "{} are not welcome here.",
  "{} are not worth the oxygen they breathe.",
  "{} are not one of us.",
  "{} are not even people.",
  "{} are not our equals.",
  "{} aren't a race, they are a disease.",
  "{} are never going to be like us.",
  "{} are not deserving of respect.",
  "I don't think {} are anything but trash.",
];

describe("counter-speech and negated hate", () => {
  it("leaves condemned, reported or denied hate unflagged at stage 1", () => {
    const missed = COUNTER_SPEECH.filter(flaggedHate);
    expect(missed).toEqual([]);
  });

  it("still flags hate that uses condemnation or negation words", () => {
    for (const text of HATEFUL) expect(suppressed(text), text).toBe(0);
    const flagged = HATEFUL.filter(flaggedHate);
    expect(flagged.length).toBeGreaterThanOrEqual(HATEFUL.length - 4);
  });

  it("does not read a negated positive or a contrast as a denial", () => {
    for (const t of NEGATED_POSITIVE)
      for (const g of GROUPS) {
        const text = t.replace("{}", g);
        expect(suppressed(text), text).toBe(0);
      }
  });
});

describe("anger at the people who say it is counter-speech", () => {
  it.each([
    "My blood boils when people say Muslims are vermin.",
    "Nothing annoys me more than people who hate immigrants.",
    'He said "the only good Muslim is a dead one" and that is disgusting.',
    "It is racist to say black people need to go back.",
  ])("%s", (text) => {
    expect(flaggedHate(text)).toBe(false);
  });

  it("still reads anger at a group as hate", () => {
    expect(flaggedHate("Nothing annoys me more than Muslims.")).toBe(true);
    expect(flaggedHate("My blood boils whenever I see immigrants.")).toBe(true);
  });
});

describe("terms analyzer: holders of a hateful view called names, and relative clauses", () => {
  const hateOf = (text: string) => terms.analyze({ text }).scores.hate ?? 0;

  it.each([
    "It is vile how people talk about women as if they were rats.",
    "I cannot believe people still claim women are inferior.",
    "People who hate women are pathetic.",
    "People who say women are inferior are pathetic.",
    "People who think Muslims are terrorists are idiots.",
    "Men who beat women are animals.",
  ])("not hate: %s", (text) => {
    expect(hateOf(text)).toBeLessThan(0.3);
  });

  it.each([
    "People who think women are inferior are right.",
    "Those who hate Muslims are right.",
    "People talk about immigrants as if they were rats, and they are.",
  ])("hate: %s", (text) => {
    expect(hateOf(text)).toBeGreaterThanOrEqual(0.6);
  });
});

describe("terms analyzer: quoted hate reported, and names for those who spread it", () => {
  const hateOf = (text: string) => terms.analyze({ text }).scores.hate ?? 0;
  const threatOf = (text: string) => terms.analyze({ text }).scores.threat ?? 0;

  it.each([
    'I was shocked to read "Muslims are scum" in the comments.',
    'Whoever wrote "gas the Jews" should be banned.',
    'Reporting this: "women are a disease".',
    'He said "kill the immigrants" and nobody stopped him.',
    "Calling gay people animals says more about you than them.",
    "We must stand up to anyone who says disabled people are worthless.",
  ])("not hate: %s", (text) => {
    expect(hateOf(text)).toBeLessThan(0.3);
    expect(threatOf(text)).toBeLessThan(0.3);
  });

  it.each(['As I always say, "kill the immigrants".', "Gay people should be banned."])(
    "hate: %s",
    (text) => {
      expect(Math.max(hateOf(text), threatOf(text))).toBeGreaterThanOrEqual(0.6);
    },
  );
});

describe("terms analyzer: reports walked out on, shouted, told, mocked; acts of threatening condemned", () => {
  it.each([
    "Threatening to kill Muslims is a crime.",
    "When my uncle said immigrants are animals, I walked out.",
    "My teacher told us that gay people are parasites, and I reported her.",
    "A man on the bus shouted that trans people should die. Horrible.",
    "Imagine thinking women are inferior in 2024.",
  ])("not hate: %s", (text) => {
    expect(terms.analyze({ text }).scores.hate ?? 0).toBeLessThan(0.3);
  });

  it.each([
    "I told you already: immigrants are animals.",
    "Muslims are animals. I walked out of the mosque and saw it myself.",
  ])("still hate: %s", (text) => {
    expect(terms.analyze({ text }).scores.hate ?? 0).toBeGreaterThanOrEqual(0.6);
  });
});

describe("terms analyzer: someone else's wish that a group were gone", () => {
  it("reads 'some people want X dead' as a report, 'I want X dead' as the writer's wish", () => {
    const hate = (text: string) => terms.analyze({ text }).scores.hate ?? 0;
    expect(hate("Some people want Muslims dead, and that terrifies me.")).toBeLessThan(0.3);
    expect(hate("Racists want immigrants gone.")).toBeLessThan(0.3);
    expect(hate("I want Muslims dead.")).toBeGreaterThanOrEqual(0.6);
    expect(hate("We want all immigrants gone.")).toBeGreaterThanOrEqual(0.6);
  });
});

describe("terms analyzer: 'no decent person would …' negates what follows", () => {
  const hate = (text: string) => terms.analyze({ text }).scores.hate ?? 0;

  it.each([
    "No honest person would call immigrants vermin.",
    "No decent human would say Muslims are rats.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });

  it.each([
    "No Muslim person is welcome here.",
    "No person should be called vermin, but immigrants are vermin.",
  ])("still hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });
});

describe("terms analyzer: a group named as the victim of harm", () => {
  const meta = (text: string) => terms.analyze({ text }).signals?.identityMeta ?? 0;

  it.each([
    "Why do Muslims face so much hate?",
    "Hate crimes against Muslims rose last year.",
    "Why are immigrants so often the targets of abuse?",
    "Muslims are the victims of racist abuse.",
    "The rise of violence against women worries me.",
  ])("names the group as a victim: %s", (text) => {
    expect(meta(text)).toBe(1);
  });

  it.each([
    "Violence against Muslims is justified.",
    "We need more attacks on immigrants.",
    "Are Muslims the victims of their own stupidity?",
    "Muslims face deportation.",
    "Hate crimes against Muslims are what they deserve.",
  ])("not as a victim: %s", (text) => {
    expect(meta(text)).toBe(0);
  });

  it("lowers the model's hate on such a sentence at stage 1", () => {
    const engine = loadDefaultEngine();
    const victim = engine.score({ text: "Why do Muslims face so much hate?" });
    expect(victim.scores.hate).toBeLessThan(0.6);
  });
});

describe("terms analyzer: others' hatred asked about, disbelief at others' views, condemned treatment", () => {
  const hate = (text: string) => terms.analyze({ text }).scores.hate ?? 0;

  it.each([
    "Why do people hate Muslims so much? It makes no sense.",
    "How can anyone hate Jews?",
    "I can't believe people still think Muslims are vermin.",
    "I still can't believe some people say Jews are rats.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });

  it.each([
    "Why do I hate Muslims? Because they are evil.",
    "People hate Muslims, and rightly so.",
    "I can't believe Muslims are vermin.",
    "People think Muslims are vermin, and they are.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it("reads condemned treatment of a group as the group named as a victim", () => {
    const meta = (text: string) => terms.analyze({ text }).signals?.identityMeta ?? 0;
    expect(meta("It's disgusting how Muslims are treated in this country.")).toBe(1);
    expect(meta("The way refugees get treated is shameful.")).toBe(1);
    expect(meta("It's great how Muslims are treated here.")).toBe(0);
    expect(meta("It's disgusting how Muslims behave.")).toBe(0);
  });

  it("reads praise of a group's members as friendly", () => {
    const friendly = (text: string) => terms.analyze({ text }).signals?.identityPositive ?? 0;
    expect(friendly("The Muslims I work with are the smartest people I know.")).toBe(1);
    expect(friendly("Immigrants are honest, hardworking people.")).toBe(1);
    expect(friendly("Muslims are not smart.")).toBe(0);
  });
});

describe("terms analyzer: others' views doubted after asking, 'no place here', holders told to get out more; traits inferred from membership", () => {
  const hate = (text: string) => terms.analyze({ text }).scores.hate ?? 0;

  it.each([
    "Why do people say Muslims are dangerous? I have never seen any proof.",
    "Why do people think Jews are greedy? That's nonsense.",
    'Statements like "Muslims are vermin" have no place here.',
    "If you think Jews are inferior, you need to get out more.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });

  it.each([
    "Why do people say Muslims are dangerous? Because they are.",
    "People who say Jews are evil are right.",
    "Muslims are vermin. No place for them here.",
    "My new colleague is one of those Muslims, which means he is probably a thief.",
    "She is a Jew, so she must be greedy.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "He is a Muslim, which means he fasts during Ramadan.",
    "My neighbour is gay, so he is probably kind.",
  ])("no trait inferred: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });
});

describe("terms analyzer: reported hate met with consequences, a call to report, asking the speaker to stop", () => {
  const hate = (text: string) => terms.analyze({ text }).scores.hate ?? 0;

  it.each([
    "When someone says Muslims should be shot, report them.",
    "She wrote that Jews are vermin, and she was fired for it.",
    "My uncle keeps saying refugees are rats, and I keep telling him to stop.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });

  it.each([
    "My uncle says Jews are rats and I agree, he should never stop saying it.",
    "Muslims are vermin. Report me if you like.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });
});

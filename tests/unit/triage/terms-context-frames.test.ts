// Context frames of the terms analyzer (issue 16), on development cases written for this test from
// HateCheck's functionality definitions (Röttger et al. 2021), never from a dataset or the blind
// suite: strong negative emotion in its many phrasings is hate; negated hate, counter-speech that
// references or quotes hate, and condemned acts against a group are frames that damp the model
// (signals.suppressedHate), while a report of someone else's hatred is neither.
import { describe, expect, it } from "vitest";
import { defaultTermEntries } from "@/lib/triage/default-engine";
import { createTermsAnalyzer } from "@/lib/triage/terms/analyzer";

const terms = createTermsAnalyzer(defaultTermEntries());
const hate = (text: string) => terms.analyze({ text }).scores.hate;
const threat = (text: string) => terms.analyze({ text }).scores.threat;
const damped = (text: string) => terms.analyze({ text }).signals?.suppressedHate ?? 0;

const GROUPS: Array<[string, string]> = [
  ["women", "woman"],
  ["trans people", "trans person"],
  ["black people", "black person"],
  ["Muslims", "Muslim"],
  ["immigrants", "immigrant"],
  ["Jews", "Jew"],
  ["disabled people", "disabled person"],
  ["Hindus", "Hindu"],
];

function expand(templates: string[]): string[] {
  return templates.flatMap((t) =>
    GROUPS.map(([plural, one]) => {
      const text = t.replaceAll("{P}", plural).replaceAll("{S}", one);
      return text[0].toUpperCase() + text.slice(1);
    }),
  );
}

describe("terms analyzer: strong negative emotion about a group", () => {
  it("reads hatred, contempt, weariness and caused disgust or anger as hate", () => {
    for (const text of expand([
      "I can't stand {P}.",
      "I really can't bear {P}.",
      "{P} make my blood boil.",
      "I have nothing but contempt for {P}.",
      "I'm so sick of {P}.",
      "I'm fed up with {P}.",
      "Nothing makes me angrier than {P}.",
      "There is nothing I hate more than {P}.",
      "I absolutely loathe {P}.",
      "I despise every single one of those {P}.",
      "My hatred for {P} knows no bounds.",
      "{P} infuriate me.",
      "Seeing {P} makes me want to vomit.",
      "Being around {P} makes me furious.",
      "I have always hated {P}.",
    ])) {
      expect(hate(text), text).toBeGreaterThanOrEqual(0.6);
    }
  });

  it("does not read someone else's reported hatred, or weariness of attacks, as the writer's", () => {
    for (const text of expand([
      "The attacker told police he hated {P}; the court convicted him.",
      "She told the jury she despised {P}.",
      "I'm sick of {P} being attacked.",
      "Politicians make my blood boil.",
    ])) {
      expect(hate(text), text).toBeLessThan(0.3);
    }
  });
});

describe("terms analyzer: negated hate damps the model", () => {
  it("finds denials of hate, violence and exclusion", () => {
    for (const text of expand([
      "I don't hate {P}.",
      "I have never hated {P}.",
      "I refuse to hate {P}.",
      "No one should want to kill {P}.",
      "Nobody should hurt {P}.",
      "{P} are in no way subhuman.",
      "{P} shouldn't be deported.",
      "{P} should not be treated like animals.",
      "There is nothing wrong with {P}.",
      "I would never threaten a {S}.",
    ])) {
      expect(damped(text), text).toBe(1);
      expect(hate(text), text).toBeLessThan(0.3);
    }
  });

  it("reads a denied bad predicate or a double negative as a defence of the group", () => {
    for (const text of expand([
      "I don't believe {P} deserve to die.",
      "{P} don't deserve to be treated like dirt.",
      "{P} are not less intelligent than anyone.",
      "{P} shouldn't be killed.",
      "I don't wish any harm on {P}.",
      "I'd never wish death on {P}.",
      "I would never call a {S} a rat.",
      "I don't find {P} disgusting at all.",
      "{P} are not the enemy.",
      "{P} are no worse than anyone else.",
    ])) {
      expect(damped(text), text).toBe(1);
      expect(hate(text), text).toBeLessThan(0.3);
    }
  });

  it("keeps rhetorical negated questions as the assertions they are", () => {
    for (const text of expand([
      "Wouldn't the world be better without {P}?",
      "Why can't {P} just disappear? They are vermin.",
    ])) {
      expect(damped(text), text).toBe(0);
    }
  });
});

describe("terms analyzer: negated positive statements about a group", () => {
  it("reads a group denied worth, liking, acceptance, quality or equality as hate", () => {
    for (const text of expand([
      "{P} are never any good.",
      "{P} lives don't matter.",
      "{P} have never contributed anything of value.",
      "I don't like {P} at all.",
      "There is nothing good about {P}.",
      "I don't want {P} in my neighbourhood.",
      "I'm never going to accept {P}.",
      "None of the {P} I know are decent.",
      "I don't see {P} as equals.",
      "{P} are not even remotely intelligent.",
      "I can never be friends with a {S}.",
      "{P} are not fit to raise children.",
      "{P} will never be as good as us.",
      "No {S} deserves to be happy.",
      "{P} can't be trusted.",
    ])) {
      expect(hate(text), text).toBeGreaterThanOrEqual(0.6);
    }
  });

  it("leaves the group alone when the denied verb has its own object", () => {
    for (const text of expand([
      "I don't want {P} to be attacked.",
      "I don't like {P} being mocked.",
      "No {S} deserves to die.",
    ])) {
      expect(hate(text), text).toBeLessThan(0.3);
    }
  });
});

describe("terms analyzer: counter-speech that references or quotes hate", () => {
  it("damps hate attributed to others and condemned, and acts condemned as the subject", () => {
    for (const text of expand([
      "People who think {P} are criminals are ignorant.",
      "If you hate {P}, you need to rethink your life.",
      "Hating {P} just because of who they are is wrong.",
      "Stop spreading the lie that {P} are criminals.",
      "Saying {P} should be shot is never acceptable.",
      "Wishing death on {P} is sick.",
      "How dare you call {P} scum.",
      "We must stand up against those who hate {P}.",
      "Hate against {P} must stop.",
      "Violence against {P} is never justified.",
      "That tweet calling {P} freaks was vile.",
    ])) {
      expect(damped(text), text).toBe(1);
    }
  });

  it("damps hate quoted as someone else's words, in double or single quotes", () => {
    for (const text of expand([
      'Saying "{P} are animals" makes you the animal.',
      'He tweeted "all {P} are criminals" and lost his job.',
      'Whoever wrote "{P} are subhuman" needs help.',
      'My uncle keeps saying "{P} are a plague". I am so embarrassed.',
      "I can't believe someone said '{P} are parasites' on live TV.",
      '"I will kill every {S}" is a threat, and I have reported it.',
    ])) {
      expect(damped(text), text).toBe(1);
      expect(hate(text), text).toBeLessThan(0.3);
    }
  });

  it("still flags hate the writer endorses or that uses the same words", () => {
    for (const text of expand([
      "As I always say, '{P} are parasites'.",
      "People who defend {P} are idiots, because {P} are vermin.",
      "I hate {P}, and saying so is not wrong.",
    ])) {
      expect(hate(text), text).toBeGreaterThanOrEqual(0.6);
    }
    // An act approved, not condemned, is no frame.
    for (const text of expand(["Killing {P} is the right thing to do."]))
      expect(damped(text), text).toBe(0);
  });
});

describe("terms analyzer: direct threats against a group", () => {
  it("finds threats with body parts, bullets, fire, caused suffering and the group addressed", () => {
    for (const text of expand([
      "I will hunt down every {S} in this city.",
      "I'm going to slit the throats of all {P}.",
      "I'll break the neck of the next {S} I see.",
      "I'm going to put a bullet in every {S} I meet.",
      "I'm going to set fire to every {S} I find.",
      "We are going to wipe you {P} out.",
      "One day I will massacre all of you {P}.",
      "I'm gonna kill those {P}.",
      "I'm going to punch every {S} in the face.",
      "I'm going to make you {P} pay.",
      "I want to see all {P} burn.",
      "We are coming for you {P}.",
      "I will slit your throat, you filthy {S}.",
      "I'll break the legs of every {S} in this town.",
      "Any {S} who comes near me is getting stabbed.",
      "Every {S} that talks back to me gets beaten.",
      "My plan is to kill as many {P} as I can.",
      "I'll gladly run over any {S} I see crossing the road.",
    ])) {
      expect(threat(text), text).toBeGreaterThanOrEqual(0.8);
      expect(hate(text), text).toBeGreaterThanOrEqual(0.6);
    }
  });

  it("does not read weather, plans or visits as threats", () => {
    for (const text of [
      "The storm is coming for you, Florida.",
      "I want to see my Muslim friends tomorrow.",
      "I'll break the news to the refugees gently.",
      // The get-passive describes the group as victims, or reports what happened.
      "Any black person who gets shot by police deserves justice.",
      "Muslims are getting killed in Gaza every day.",
      "Every immigrant who came here got shot at, the report says.",
      "I'll run over the plan with the refugees tomorrow.",
      "We should run over to the Muslim neighbours and say hi.",
      "My plan is to help as many refugees as I can.",
      "'Turks shoot to kill as refugees cross border', the headline said.",
    ]) {
      expect(threat(text), text).toBeLessThan(0.5);
    }
  });

  it("reads a call to lock a group away as hate, and leaves people and history alone", () => {
    for (const text of expand([
      "It would be best to lock up all {P} for good.",
      "Round up every {S} in the country.",
      "We need to lock all the {P} up.",
    ]))
      expect(hate(text), text).toBeGreaterThanOrEqual(0.6);
    for (const text of [
      "Lock up Hillary!",
      "Round up the usual suspects.",
      "We should never lock up Muslims.",
      "They locked up Japanese Americans in camps in 1942, a shameful chapter.",
    ])
      expect(hate(text), text).toBeLessThan(0.6);
  });
});

describe("terms analyzer: a group cast as a harm or a cost, and pronouns for it", () => {
  it("reads ruin, burden, nothing contributed, a place assigned and a world without X as hate", () => {
    for (const text of expand([
      "{P} ruin everything they touch.",
      "{P} are a drain on society.",
      "{P} are a waste of space.",
      "{P} contribute nothing to this country.",
      "{P} are only good for cleaning.",
      "{P} belong in a zoo.",
      "{P} ought to know their place.",
      "The world would be a better place without {P}.",
      "{P} keep moving here and they are ruining everything.",
      "{P} come here and they bring nothing but disease.",
      "I have met many {P} and I hate every single one of them.",
      "Lots of {P} around here, and none of them are decent.",
      "{P} are everywhere and I want them gone.",
      "{P} exist and that makes me sick.",
    ])) {
      expect(hate(text), text).toBeGreaterThanOrEqual(0.6);
    }
  });

  it("leaves the same verbs alone when a group is not their subject or they are negated", () => {
    for (const text of [
      "The floods ruin everything in the valley.",
      "Budget cuts are a drain on refugees' services.",
      "Muslims don't ruin anything.",
      "Refugees contribute a lot to this country.",
      "The world would be a better place without war.",
      "I want the refugees out of danger.",
    ]) {
      expect(hate(text), text).toBeLessThan(0.3);
    }
  });
});

// Threats (calls for and wishes of violence) and insults addressed to a person. War-news readers
// cheer military action against armed groups all the time ("SAA should annihilate terrorists",
// "kill every daeshbag"): that is scored as low-severity threat evidence (0.25, under the default
// threshold) so it stays visible without flooding the queue, while the same words aimed at an
// identity group or a person score 0.8–0.9.

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import {
  pushTokens,
  scanAfter,
  SELF_WILL,
  sentenceEnd,
  sentenceStart,
  writerBefore,
  type TRuleContext,
} from "./match";
import { isIdentity, lastMention } from "./rules-hate";
import { afterGroup, determinedGroup } from "./rules-implicit";

type TTarget = { kind: "identity" | "person" | "civil" | "armed" | "actor"; at: number } | null;

const SKIPPABLE = C.QUANT | C.ARTICLE | C.FILLER;
/** Words between a violent verb and its target: "wipe out the …", "kill every single …", "beat the shit out of …", "choke the life out of …". */
const PARTICLES = createWordSet(
  "out up down off over single last one of them all next first few shit crap hell daylights living life houses homes mosques synagogues churches shops house home mosque synagogue church shop full that this throat throats neck necks head heads face faces skull skulls leg legs arm arms knees kneecaps teeth bones",
);
/** Verbs violent only with a body part after them: "break the neck of …", "slit the throats of …". */
const BODY_VERBS = createWordSet("break snap cut crack bash smash slit");
const BODY_PARTS = createWordSet(
  "throat throats neck necks head heads face faces skull skulls teeth legs arms knees kneecaps bones",
);
/** "make X pay", "see X burn", "coming for X": harm caused or watched, with what happens after the target. */
const CAUSE_HARM = createWordSet("make see watch coming come");
const COMING = createWordSet("coming come");
const SUFFER = createWordSet("pay suffer bleed regret beg cry scream");
/** "a bullet in every X", "bullets into those X". */
const BULLETS = createWordSet("bullet bullets");
const TRIGGER_WORDS =
  "break snap cut crack bash smash slit set run make see watch coming come bullet bullets death get gets getting lock round intern cage blow";
const TRIGGERS = createWordSet(TRIGGER_WORDS);
/** "… gets shot", "… is getting stabbed", "… will get beaten": the passive with get (not "got": a report). */
const GET_PASSIVE = createWordSet("get gets getting");
const RELATIVE = createWordSet("who that");
/** "any X who …", "every X that …", "the next X who …": a rule for whoever fits, not a report of one. */
const ANY_ONE = createWordSet("any every each next");
/** Locking a group away as a call: "lock up all X", "round up the X", "cage every X". */
const LOCK_AWAY = createWordSet("lock round intern cage");
const UP = createWordSet("up");

/**
 * Groups of civilians named by what they do, not who they are: "protesters should be shot" is a
 * call for violence against people (threat), not hate, and not war talk about fighters.
 */
const CIVIL_GROUPS = createWordSet(
  `protesters protestors demonstrators rioters looters marchers strikers activists police cops officers policemen
journalists reporters politicians liberals conservatives democrats republicans leftists lefties libtards libs rightwingers
trumpers voters judges teachers doctors nurses students bankers landlords tenants drivers cyclists`,
);

const THINGS = createWordSet(
  "car cars van vans vehicle vehicles station stations office offices building buildings headquarters property homes houses house home",
);

/** Who token i names: an identity group, a person, an armed group, or a state ("death to America"). */
function targetAt(ctx: TRuleContext, i: number): TTarget {
  const c = ctx.cls[i];
  if (isIdentity(ctx, i)) return { kind: "identity", at: i };
  // "you women", "those immigrants": the pronoun is a determiner for the group after it.
  if (c & (C.YOU | C.THEY) && i + 1 < ctx.doc.count && isIdentity(ctx, i + 1))
    return { kind: "identity", at: i + 1 };
  if (c & (C.GROUP | C.COMBATANT)) return { kind: "armed", at: i };
  if (c & C.YOU) return { kind: "person", at: i };
  if (c & C.THEY) {
    const referent = lastMention(ctx, i);
    if (referent === "armed") return { kind: "armed", at: i };
    if (referent === "identity") return { kind: "identity", at: i };
    return { kind: "person", at: i };
  }
  if (c & C.ACTOR) return { kind: "actor", at: i };
  // "set fire to police cars": the group word naming whose things, not people.
  if (CIVIL_GROUPS(ctx.doc, i) && !THINGS(ctx.doc, i + 1)) return { kind: "civil", at: i };
  return null;
}

function targetAfter(ctx: TRuleContext, i: number, limit: number): TTarget {
  const { doc, cls } = ctx;
  return scanAfter(ctx, i, limit, (k): TTarget | undefined => {
    const t = targetAt(ctx, k);
    if (t) return t;
    // "gonna kill me some X": a dialect "me" before the object.
    if (tokenIs(doc, k, "me") && (tokenIs(doc, k + 1, "some") || cls[k + 1] & C.ARTICLE))
      return undefined;
    // "kill as many X as …" (but not "shoot to kill as refugees cross").
    if (
      tokenIs(doc, k, "as")
        ? tokenIs(doc, k + 1, "many")
        : tokenIs(doc, k, "many") && tokenIs(doc, k - 1, "as")
    )
      return undefined;
    // "burn down every house where X live".
    if (tokenIs(doc, k, "where") && HOMES(doc, k - 1)) return undefined;
    return cls[k] & SKIPPABLE || PARTICLES(doc, k) ? undefined : null;
  });
}

const WEIGHTS = { identity: 0.9, person: 0.75, civil: 0.75, actor: 0.55, armed: 0.25 };
const REASONS = {
  identity: "call for violence against an identity group",
  person: "threat or call for violence against a person",
  civil: "call for violence against a group of people (protesters, police, voters …)",
  actor: "call for violence against a country or its people",
  armed: "call for military violence against an armed group (war discussion, low severity)",
};

/** "I'll slit your throat, you X", "X, I will kill you": the person addressed is named as a group. */
function addressedGroup(ctx: TRuleContext, at: number): number {
  const { doc } = ctx;
  const s = doc.sentence[at];
  const start = sentenceStart(ctx, at);
  for (let k = start; k < doc.count && doc.sentence[k] === s; k++) {
    if (!isIdentity(ctx, k)) continue;
    if (k > start && ctx.cls[k - 1] & C.YOU) return k;
    if (k > start + 1 && ctx.cls[k - 2] & C.YOU && ctx.cls[k - 1] & (C.FILLER | C.INSULT)) return k;
    // A vocative: the group alone before a comma at the start ("Muslims, …").
    if (k === start && doc.norm.charCodeAt(doc.tokEnd[k]) === 44) return k;
  }
  // … or set off by commas anywhere: "Keep it up, X, and we will come for you".
  return addressedIdentity(ctx, at);
}

function pushThreat(
  ctx: TRuleContext,
  target0: NonNullable<TTarget>,
  from: number,
  to: number,
  ownsNegation = false,
): void {
  let target = target0;
  if (target.kind === "person" && ctx.cls[target.at] & C.YOU) {
    const g = addressedGroup(ctx, target.at);
    if (g >= 0) target = { kind: "identity", at: g };
  }
  pushTokens(ctx, "threat", from, to, WEIGHTS[target.kind], REASONS[target.kind], ownsNegation);
  if (target.kind === "identity")
    pushTokens(ctx, "hate", from, to, 0.6, "violence against an identity group", ownsNegation);
  if (target.kind === "person" && ctx.cls[target.at] & C.YOU)
    pushTokens(ctx, "harassment", from, to, 0.5, "threat addressed to a person");
}

const WHEN = createWordSet("tonight tomorrow today soon");
const WOUND_INTO = createWordSet("in into to through between");
const HOMES = createWordSet("homes houses house home mosques synagogues churches shops");

/** Is the violent verb at i a call or intention (imperative, modal, "let's", "kill all …")? */
function isCall(ctx: TRuleContext, i: number): boolean {
  const { doc, cls } = ctx;
  const start = sentenceStart(ctx, i);
  if (i === start || (i === start + 1 && cls[start] & (C.FILLER | C.SELF))) return true;
  // "Tonight we burn …", "tomorrow I shoot …": a plan with its time.
  if (i === start + 2 && WHEN(ctx.doc, start) && cls[start + 1] & C.SELF) return true;
  // 'He said "kill the X"': a quotation opens a clause of its own (whose speaker context judges).
  if (i > start && doc.quoted[i] && !doc.quoted[i - 1]) return true;
  // "My plan for tonight: shoot some X": a colon opens the clause too.
  if (i > start && doc.norm.charCodeAt(doc.tokEnd[i - 1]) === 58) return true;
  // "kill all …" calls; "they destroy every house …" says what a subject does.
  if (i + 1 < doc.count && cls[i + 1] & C.QUANT)
    return !(cls[i - 1] & C.THEY) && !isIdentity(ctx, i - 1);
  // "should annihilate", "need to kill", "time to wipe out", "I'll shoot" — but not "people who
  // want to hurt …": a relative clause describes someone else's intent.
  for (let k = i - 1; k >= start && k >= i - 4; k--) if (tokenIs(doc, k, "who")) return false;
  for (let k = i - 1; k >= start && k >= i - 4; k--) if (cls[k] & C.MODAL) return true;
  // "Let's kill …", "let us shoot …": the token is "let" (its "'s" read as a possessive).
  if (i >= 1 && tokenIs(doc, i - 1, "let") && doc.tokBaseEnd[i - 1] !== doc.tokEnd[i - 1])
    return true;
  if (i >= 2 && tokenIs(doc, i - 2, "let") && tokenIs(doc, i - 1, "us")) return true;
  // "my plan is to kill …", "I intend to shoot …": an intention named before "to".
  // "I'm ready to start killing …": "start" / "begin" between the intention and the verb.
  const v = i >= 1 && START(doc, i - 1) ? i - 1 : i;
  if (v >= 2 && tokenIs(doc, v - 1, "to"))
    for (let k = v - 2; k >= start && k >= v - 3; k--) if (INTENT(doc, k)) return true;
  // "I'm going to find every X and make them pay": a verb joined to a call shares it.
  if (i >= 2 && tokenIs(doc, i - 1, "and"))
    for (let k = i - 2; k >= start && k >= i - 8; k--)
      if (cls[k] & C.MODAL && writerBefore(ctx, k, 2)) return true;
  return false;
}
const START = createWordSet("start begin");
const KILLING = createWordSet("killing shooting stabbing murdering slaughtering lynching");

const INTENT = createWordSet(
  "plan plans planning intend intends intending aim goal mission dream ready",
);

export function threats(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  // One scan finds where any of the frames below can start.
  for (
    let i = ANY_TRIGGER.next(doc, 0, cls, VERB_OR_MODAL);
    i >= 0;
    i = ANY_TRIGGER.next(doc, i + 1, cls, VERB_OR_MODAL)
  ) {
    const c = cls[i];
    if (!(c & (C.VIOLENT | C.MODAL)) && !TRIGGERS(doc, i)) {
      // Frames without a violent verb have their own, rarer first words.
      if (MORE_TRIGGERS(doc, i)) threatWithoutVerb(ctx, i);
      continue;
    }
    const bodyVerb =
      BODY_VERBS(doc, i) &&
      (BODY_PARTS(doc, i + 1) ||
        ((cls[i + 1] & C.ARTICLE || POSSESSIVE(doc, i + 1)) && BODY_PARTS(doc, i + 2)) ||
        ownedBodyPart(ctx, i));
    // "blow up the X at their meeting" (not "blow the X a kiss").
    const blowUp = tokenIs(doc, i, "blow") && tokenIs(doc, i + 1, "up");
    // "set fire to every X", "run over any X"
    const setFire =
      tokenIs(doc, i, "set") && tokenIs(doc, i + 1, "fire") && tokenIs(doc, i + 2, "to");
    // "run over any X", "run X over with my car"
    const runOverFirst = tokenIs(doc, i, "run") && tokenIs(doc, i + 1, "over");
    const runOver = runOverFirst || (tokenIs(doc, i, "run") && overAfterGroup(ctx, i));
    // "I'll run every X out of town": driven out.
    if (tokenIs(doc, i, "run") && !runOver && isCall(ctx, i) && runOutOf(ctx, i)) continue;
    if ((c & C.VIOLENT || bodyVerb || setFire || runOver || blowUp) && isCall(ctx, i)) {
      // "beat the shit / choke the life out of every X": the idiom's four words before the target.
      const outOf =
        cls[i + 1] & C.ARTICLE && tokenIs(doc, i + 3, "out") && tokenIs(doc, i + 4, "of");
      // "burn down the homes of the X": the target after whose homes.
      const homes = HOMES(doc, i + 2) || HOMES(doc, i + 3);
      const target =
        targetAfter(
          ctx,
          setFire ? i + 2 : runOverFirst ? i + 1 : i,
          bodyVerb || outOf || homes ? 7 : 5,
        ) ?? conditionTarget(ctx, i);
      if (target) pushThreat(ctx, target, i, target.at + 1);
    } else if (CAUSE_HARM(doc, i) && (COMING(doc, i) ? writerBefore(ctx, i, 3) : isCall(ctx, i))) {
      // "I'll make you X pay", "I want to see X burn", "we are coming for you X".
      const coming = COMING(doc, i);
      // "I'm coming to your house, you X".
      if (coming && comingToYourHome(ctx, i)) continue;
      const target = targetAfter(ctx, coming ? i + 1 : i, 3);
      if (!target || target.kind === "armed") continue;
      // "I'll come for you at eight" is a lift; "we will come for you, X" names whom it threatens.
      if (
        tokenIs(doc, i, "come") &&
        target.kind !== "identity" &&
        !(cls[target.at] & C.YOU && addressedGroup(ctx, target.at) >= 0)
      )
        continue;
      let e = target.at + 1;
      while (e < doc.count && e <= target.at + 2 && cls[e] & (C.PEOPLE | C.QUANT)) e++;
      if (coming ? tokenIs(doc, i + 1, "for") : SUFFER(doc, e) || cls[e] & C.VIOLENT_PART)
        pushThreat(ctx, target, i, coming ? target.at + 1 : e + 1);
    } else if (
      BULLETS(doc, i) &&
      i + 1 < doc.count &&
      (tokenIs(doc, i + 1, "in") || tokenIs(doc, i + 1, "into"))
    ) {
      const target = targetAfter(ctx, i + 1, 4);
      if (target && target.kind !== "armed") pushThreat(ctx, target, i, target.at + 1);
    } else if (c & C.MODAL && i > 0) {
      // "Muslims should be shot", "you will die", "they deserve to hang".
      const harm = harmAfterModal(ctx, i);
      const target =
        targetAt(ctx, i - 1) ??
        (i > 1 && cls[i - 1] & C.PEOPLE ? targetAt(ctx, i - 2) : null) ??
        // A subject further back ("every X I find will …") only for the violence itself.
        (harm > 0 ? (ruleTarget(ctx, i) ?? writersPick(ctx, i) ?? placedSubject(ctx, i)) : null);
      // 'Whoever wrote "gas the X" should be banned': the group inside a quote is not the subject.
      if (!target || doc.quoted[target.at] !== doc.quoted[i]) continue;
      if (harm > 0) pushThreat(ctx, target, target.at, harm + 1);
      if (target.kind === "identity") exclusion(ctx, target.at, i);
    } else if (tokenIs(doc, i, "death") && i + 1 < doc.count && tokenIs(doc, i + 1, "to")) {
      const target = targetAfter(ctx, i + 1, 3);
      if (target) pushThreat(ctx, target, i, target.at + 1);
    } else if (GET_PASSIVE(doc, i) && i + 1 < doc.count && cls[i + 1] & C.VIOLENT_PART) {
      const target = ruleTarget(ctx, i);
      if (target) pushThreat(ctx, target, target.at, i + 2);
    } else if (
      // "Next X who looks at me gets a knife in the gut / a bullet to the head".
      GET_PASSIVE(doc, i) &&
      (WEAPONS(doc, i + 1) || (cls[i + 1] & C.ARTICLE && WEAPONS(doc, i + 2))) &&
      WOUND_INTO(doc, WEAPONS(doc, i + 1) ? i + 2 : i + 3)
    ) {
      const target = ruleTarget(ctx, i);
      if (target) pushThreat(ctx, target, target.at, WEAPONS(doc, i + 1) ? i + 2 : i + 3);
    } else if (
      // "… gets their head smashed in", "… will get his skull bashed".
      GET_PASSIVE(doc, i) &&
      POSSESSIVE(doc, i + 1) &&
      BODY_PARTS(doc, i + 2) &&
      cls[i + 3] & C.VIOLENT_PART
    ) {
      const target = ruleTarget(ctx, i);
      if (target) pushThreat(ctx, target, target.at, i + 4);
    } else if (LOCK_AWAY(doc, i) && isCall(ctx, i)) {
      lockAway(ctx, i);
    } else if (BULLETS(doc, i) && tokenIs(doc, i + 1, "for")) {
      weaponFor(ctx, i);
    } else if (tokenIs(doc, i, "watch")) {
      // "watch" starts "watch X burn" above and "watch your back" here.
      threatIdiom(ctx, i);
    }
  }
}

/** First words of the frames in threatWithoutVerb. */
const MORE_TRIGGER_WORDS =
  "with tear rip days be pay end watch live find know rid feel list spree rampage teach if pity shame hope hoping wish pray deal targets fantasize fantasise fantasizing fantasising dream dreaming after take end bringing bring dead killing shooting stabbing murdering slaughtering lynching gun guns rifle rifles shotgun shotguns pistol pistols revolver knife knives machete machetes axe axes hatchet bat bats crowbar hammer ak ak47 ar15 ammo";
const MORE_TRIGGERS = createWordSet(MORE_TRIGGER_WORDS);
/** Either list's words: where threats() looks at all (with violent verbs and modals). */
const ANY_TRIGGER = createWordSet(`${TRIGGER_WORDS} ${MORE_TRIGGER_WORDS}`);
const VERB_OR_MODAL = C.VIOLENT | C.MODAL;

/** Threats whose first word is not a violent verb: armed plans, readied weapons, set phrases, tracking down, "get rid of". */
function threatWithoutVerb(ctx: TRuleContext, i: number): void {
  const { doc } = ctx;
  if (tokenIs(doc, i, "with")) armedPlan(ctx, i);
  else if (WEAPONS(doc, i) && tokenIs(doc, i + 1, "for")) weaponFor(ctx, i);
  else if (TEAR(doc, i) && apartSoon(ctx, i) && isCall(ctx, i)) {
    // "I'll tear them apart", "rip every X to pieces"
    const target = targetAfter(ctx, i, 5);
    if (target) pushThreat(ctx, target, i, target.at + 1);
  } else if (killingIdiom(ctx, i)) {
    // "I'll take out as many X as I can", "I will end all X": killing, said of people.
    const target = targetAfter(ctx, i, 5);
    if (target?.kind === "identity" && groupEndsPhrase(ctx, target.at))
      pushThreat(ctx, target, i, target.at + 1);
  } else if (IDIOM_START(doc, i)) threatIdiom(ctx, i);
  else if (tokenIs(doc, i, "feel")) feelMyWeapon(ctx, i);
  else if (tokenIs(doc, i, "list")) hitList(ctx, i);
  else if (tokenIs(doc, i, "teach") && isCall(ctx, i)) lesson(ctx, i);
  else if (tokenIs(doc, i, "if")) wishedIf(ctx, i);
  else if (HOPE(doc, i)) hopedHarm(ctx, i);
  else if (tokenIs(doc, i, "deal")) dealtWith(ctx, i);
  else if (tokenIs(doc, i, "targets")) namedTargets(ctx, i);
  else if (DREAM(doc, i)) dreamedHarm(ctx, i);
  else if (tokenIs(doc, i, "pity") || tokenIs(doc, i, "shame")) spared(ctx, i);
  else if (tokenIs(doc, i, "after")) goingAfter(ctx, i);
  else if (tokenIs(doc, i, "bringing") || tokenIs(doc, i, "bring")) weaponBrought(ctx, i);
  else if (tokenIs(doc, i, "dead")) deadOnSight(ctx, i);
  else if (
    // "I'm about to go on a killing spree against X".
    (tokenIs(doc, i, "spree") || tokenIs(doc, i, "rampage")) &&
    (tokenIs(doc, i + 1, "against") || tokenIs(doc, i + 1, "on")) &&
    writerBefore(ctx, i)
  ) {
    const target = targetAfter(ctx, i + 1, 3);
    if (target?.kind === "identity") pushThreat(ctx, target, i, target.at + 1);
  } else if (FIND_KNOW(doc, i) && isCall(ctx, i)) whereTheyLive(ctx, i);
  else if (tokenIs(doc, i, "rid") && i > 0 && GET_GOT(doc, i - 1) && isCall(ctx, i - 1)) {
    // "we need to get rid of X", "isn't it time we got rid of X": exclusion as a call.
    const target = tokenIs(doc, i + 1, "of") ? targetAfter(ctx, i + 1, 4) : null;
    // The group named, not "them": a pronoun's referent is too often guessed wrong here.
    if (target?.kind === "identity" && isIdentity(ctx, target.at))
      pushTokens(ctx, "hate", i - 1, target.at + 1, 0.75, EXCLUSION_REASON);
  }
}

const HOPE = createWordSet("hope hoping wish pray");
const DREAM = createWordSet("fantasize fantasise fantasizing fantasising dream dreaming");
/** Violent verbs as gerunds: "I dream of shooting …", "fantasize about slitting the throats of …". */
const VIOLENT_GERUND = createWordSet(
  "killing shooting stabbing strangling hanging slitting torturing drowning gassing lynching murdering slaughtering butchering beheading choking bombing executing",
);
const FOR_GOOD = createWordSet("permanently");

/** "Give me a gun and I'll deal with the X", "I'll deal with the X permanently": dealing with a group, armed or for good. */
function dealtWith(ctx: TRuleContext, i: number): void {
  const { doc } = ctx;
  if (!tokenIs(doc, i + 1, "with") || !isCall(ctx, i)) return;
  const target = targetAfter(ctx, i + 1, 4);
  if (!target || target.kind === "armed") return;
  if (FOR_GOOD(doc, target.at + 1) || weaponInSentence(ctx, i))
    pushThreat(ctx, target, i, target.at + 1);
}

/** A weapon named anywhere in token i's sentence. */
function weaponInSentence(ctx: TRuleContext, i: number): boolean {
  const end = sentenceEnd(ctx, i);
  for (let k = sentenceStart(ctx, i); k < end; k++) if (WEAPONS(ctx.doc, k)) return true;
  return false;
}

/** "My rifle is loaded and the X are my targets": a group named as the writer's targets, armed. */
function namedTargets(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  if (!(tokenIs(doc, i - 1, "my") || tokenIs(doc, i - 1, "our")) || !(cls[i - 2] & C.COPULA))
    return;
  const g = cls[i - 3] & C.PEOPLE ? i - 4 : i - 3;
  if (g < 0 || !isIdentity(ctx, g)) return;
  if (weaponInSentence(ctx, i)) pushThreat(ctx, { kind: "identity", at: g }, g, i + 1);
}

/** "I fantasize about slitting the throats of X", "we dream of shooting every X": the writer's violent daydream. */
function dreamedHarm(ctx: TRuleContext, i: number): void {
  const { doc } = ctx;
  if (!writerBefore(ctx, i, 3)) return;
  const g = tokenIs(doc, i + 1, "about") || tokenIs(doc, i + 1, "of") ? i + 2 : -1;
  if (g < 0 || !VIOLENT_GERUND(doc, g)) return;
  const target = targetAfter(ctx, g, 7);
  if (target) pushThreat(ctx, target, i, target.at + 1);
}
/** Words that may stand between a hoped-for target and its harm: "the X all get killed", "X were dead". */
const HOPED_LINK = createWordSet("get gets will would could 'd all to just finally soon");

/**
 * "I hope the X get killed", "hope the cops all die", "I wish all X were dead": the writer (or a
 * bare "Hope …" opening the sentence) wishing violence on a target named right after.
 */
function hopedHarm(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  if (i !== sentenceStart(ctx, i) && !writerBefore(ctx, i, 2)) return;
  const from = tokenIs(doc, i + 1, "that") ? i + 1 : i;
  // "I hope no X get killed": a negated wish is none.
  for (let k = from + 1; k <= from + 2 && k < doc.count; k++)
    if (cls[k] & C.NEGATOR || tokenIs(doc, k, "no")) return;
  const target = targetAfter(ctx, from, 4);
  if (!target) return;
  for (let k = target.at + 1; k < doc.count && k <= target.at + 4; k++) {
    if (doc.sentence[k] !== doc.sentence[i] || cls[k] & C.NEGATOR) return;
    if (cls[k] & C.VIOLENT_PART) return pushThreat(ctx, target, i, k + 1);
    if (!(cls[k] & (C.COPULA | C.QUANT)) && !HOPED_LINK(doc, k)) return;
  }
}

/** "run X over", "run these X over": the particle after the group. */
function overAfterGroup(ctx: TRuleContext, i: number): boolean {
  const { doc, cls } = ctx;
  let g = i + 1;
  while (
    g < doc.count &&
    g <= i + 2 &&
    cls[g] & (C.ARTICLE | C.QUANT | C.THEY) &&
    !isIdentity(ctx, g)
  )
    g++;
  if (!isIdentity(ctx, g)) return false;
  while (g + 1 < doc.count && g + 1 <= i + 4 && cls[g + 1] & C.PEOPLE) g++;
  // "run the refugees over to the shelter" ferries them.
  const after = g + 2;
  return (
    tokenIs(doc, g + 1, "over") &&
    (after >= doc.count || doc.sentence[after] !== doc.sentence[g] || OVER_TAILS(doc, after))
  );
}
const OVER_TAILS = createWordSet("with and again in on");

const WRATH = createWordSet("wrath fists fist blade");

/** "X will feel my knife", "you X will feel my wrath": the writer's weapon promised to a group. */
function feelMyWeapon(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  if (!tokenIs(doc, i + 1, "my") || !(WEAPONS(doc, i + 2) || WRATH(doc, i + 2))) return;
  if (i < 2 || !(cls[i - 1] & C.MODAL)) return;
  let g = i - 2;
  while (g > 0 && cls[g] & C.PEOPLE) g--;
  if (isIdentity(ctx, g)) pushThreat(ctx, { kind: "identity", at: g }, g, i + 3);
}

/** "take out …", "end all / every …", "start killing …" as a call. */
function killingIdiom(ctx: TRuleContext, i: number): boolean {
  const { doc, cls } = ctx;
  const idiom =
    (tokenIs(doc, i, "take") && tokenIs(doc, i + 1, "out")) ||
    (tokenIs(doc, i, "end") && (cls[i + 1] & C.QUANT) !== 0) ||
    // "I'm ready to start killing X".
    (KILLING(doc, i) && i >= 1 && START(doc, i - 1));
  return idiom && isCall(ctx, i);
}

const HOME_PLACES = createWordSet("house home door street homes houses doors");

/** "I'm coming to your house, you X" (the writer, then the group addressed): pushes the threat. */
function comingToYourHome(ctx: TRuleContext, i: number): boolean {
  const { doc } = ctx;
  if (!tokenIs(doc, i + 1, "to") || !POSSESSIVE(doc, i + 2) || !HOME_PLACES(doc, i + 3))
    return false;
  const g = addressedIdentity(ctx, i);
  if (g < 0) return false;
  pushThreat(ctx, { kind: "identity", at: g }, i, Math.max(g + 1, i + 4));
  return true;
}

/** "run every X out of town / of here": the group driven out, hate as exclusion. Pushes it. */
function runOutOf(ctx: TRuleContext, i: number): boolean {
  const { doc } = ctx;
  const g = determinedGroup(ctx, i);
  if (g < 0) return false;
  const o = afterGroup(ctx, g);
  if (!tokenIs(doc, o, "out") || !tokenIs(doc, o + 1, "of")) return false;
  pushTokens(ctx, "hate", i, o + 2, 0.75, EXCLUSION_REASON);
  return true;
}

const GO_COME = createWordSet("going go coming come");

/** "I'm getting my gun and going after X", "tomorrow I'm going after the X at …": the writer hunting a group. */
function goingAfter(ctx: TRuleContext, i: number): void {
  if (i < 1 || !GO_COME(ctx.doc, i - 1) || !writerBefore(ctx, i - 1, 3)) return;
  const target = targetAfter(ctx, i, 3);
  if (target?.kind === "identity" && groupEndsPhrase(ctx, target.at))
    pushThreat(ctx, target, i - 1, target.at + 1);
}

/** Is the group at g the whole object, not a word before something of theirs ("the Muslim vote", "the Syrian dictator")? */
function groupEndsPhrase(ctx: TRuleContext, g: number): boolean {
  const { doc } = ctx;
  const e = afterGroup(ctx, g);
  return (
    e >= doc.count || doc.sentence[e] !== doc.sentence[g] || commaBefore(ctx, e) || NP_ENDS(doc, e)
  );
}
const NP_ENDS = createWordSet(
  "at in on with and who tonight tomorrow today now next there here again as",
);

/** "I'm bringing a knife to the X meeting tonight": a weapon brought where a group gathers. */
function weaponBrought(ctx: TRuleContext, i: number): void {
  const { doc } = ctx;
  const w = OWNER(doc, i + 1) ? i + 2 : i + 1;
  if (!WEAPONS(doc, w) || !tokenIs(doc, w + 1, "to") || !writerBefore(ctx, i, 3)) return;
  const target = targetAfter(ctx, w + 1, 3);
  if (target?.kind === "identity") pushThreat(ctx, target, i, target.at + 1);
}

/** "Next time I see a X, they're dead", "if I catch any X here, they're dead": death promised on sight. */
function deadOnSight(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  // "they're dead", "you're dead", "he is dead" closing the sentence.
  const subject =
    cls[i - 1] & C.THEY ||
    cls[i - 1] & C.YOU ||
    (cls[i - 1] & C.COPULA && cls[i - 2] & (C.THEY | C.YOU));
  if (!subject || (i + 1 < doc.count && doc.sentence[i + 1] === doc.sentence[i])) return;
  const start = sentenceStart(ctx, i);
  for (let k = start; k < i - 1; k++) {
    if (!ENCOUNTER(doc, k) || !(cls[k - 1] & C.SELF)) continue;
    const g = determinedGroup(ctx, k);
    if (g >= 0) {
      pushThreat(ctx, { kind: "identity", at: g }, start, i + 1);
      return;
    }
  }
}

/** "Someone needs to teach X a lesson (with a bat)", "let's teach these X a lesson": punishment as a call. */
function lesson(ctx: TRuleContext, i: number): void {
  const { doc } = ctx;
  const target = targetAfter(ctx, i, 3);
  if (target?.kind !== "identity") return;
  let l = target.at + 1;
  while (l < doc.count && l <= target.at + 2 && ctx.cls[l] & C.PEOPLE) l++;
  if (!tokenIs(doc, l, "a") || !tokenIs(doc, l + 1, "lesson")) return;
  // "a lesson in German" teaches; "a lesson", "a lesson with a bat", "a lesson they won't forget" punish.
  const after = l + 2;
  if (after < doc.count && doc.sentence[after] === doc.sentence[i] && tokenIs(doc, after, "in"))
    return;
  pushThreat(ctx, target, i, l + 2);
}

const GLAD = createWordSet("great good nice better best wonderful awesome fantastic");

/** "It would be great if all X were wiped out", "it'd be nice if every X got shot": violence wished for. */
function wishedIf(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  let glad = false;
  for (let b = i - 1; b >= sentenceStart(ctx, i) && b >= i - 3; b--) if (GLAD(doc, b)) glad = true;
  if (!glad) return;
  const found = groupThenVerb(ctx, i);
  if (!found) return;
  const { g, v } = found;
  if (!(cls[v] & C.COPULA) && !GET_GOT(doc, v) && !tokenIs(doc, v, "all")) return;
  const k = violenceWithin(ctx, v, 3);
  // "… if refugees got shot at less" wishes them safer.
  if (k > 0 && !tokenIs(doc, k + 1, "at") && !tokenIs(doc, k + 1, "less"))
    pushThreat(ctx, { kind: "identity", at: g }, i, k + 1);
}

const WERE_NOT = createWordSet("weren't werent wasn't wasnt didn't didnt");

/** "It's a pity X weren't all drowned", "shame they didn't all die": regret that a group was spared. */
function spared(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  const found = groupThenVerb(ctx, tokenIs(doc, i + 1, "that") ? i + 1 : i);
  if (!found) return;
  const { g, v } = found;
  if (!WERE_NOT(doc, v) && !(cls[v] & C.COPULA && tokenIs(doc, v + 1, "not"))) return;
  const k = violenceWithin(ctx, v, 4);
  if (k > 0) pushThreat(ctx, { kind: "identity", at: g }, i, k + 1, true);
}

/** The identity group right after token w (past its determiners) and the word after it and its word for people. */
function groupThenVerb(ctx: TRuleContext, w: number): { g: number; v: number } | null {
  const g = determinedGroup(ctx, w);
  return g < 0 ? null : { g, v: afterGroup(ctx, g) };
}

/** A word for violence done ("killed", "wiped", "drowned") within `limit` words after token v, or -1. */
function violenceWithin(ctx: TRuleContext, v: number, limit: number): number {
  return scanAfter(ctx, v, limit, (k) => (ctx.cls[k] & C.VIOLENT_PART ? k : undefined)) ?? -1;
}

/**
 * "You X are next on my list", "X are on my hit list": the writer's list, a group its subject
 * ("next on my list of places to visit" and "on my reading list" stay out).
 */
function hitList(ctx: TRuleContext, i: number): void {
  const { doc } = ctx;
  const hit = tokenIs(doc, i - 1, "hit");
  const my = hit ? i - 2 : i - 1;
  if (!tokenIs(doc, my, "my") || !tokenIs(doc, my - 1, "on")) return;
  if (!hit && !tokenIs(doc, my - 2, "next")) return;
  if (i + 1 < doc.count && doc.sentence[i + 1] === doc.sentence[i]) return;
  const start = sentenceStart(ctx, i);
  for (let g = my - 2; g >= start; g--)
    if (isIdentity(ctx, g)) {
      pushThreat(ctx, { kind: "identity", at: g }, g, i + 1);
      return;
    }
}

/** "cut every X's throat": a group's body part, the possessive on the group, within four words. */
function ownedBodyPart(ctx: TRuleContext, i: number): boolean {
  const { doc } = ctx;
  for (let k = i + 1; k + 1 < doc.count && k <= i + 4 && doc.sentence[k] === doc.sentence[i]; k++)
    if (doc.tokBaseEnd[k] !== doc.tokEnd[k] && isIdentity(ctx, k) && BODY_PARTS(doc, k + 1))
      return true;
  return false;
}

/** "break your neck", "slit their throats": a possessive before the body part. */
const POSSESSIVE = createWordSet("your their his her my our");
const TEAR = createWordSet("tear rip");
const APART = createWordSet("apart pieces limb shreds");

function apartSoon(ctx: TRuleContext, i: number): boolean {
  const { doc } = ctx;
  for (let k = i + 2; k < doc.count && k <= i + 5 && doc.sentence[k] === doc.sentence[i]; k++)
    if (APART(doc, k)) return true;
  return false;
}

/** An identity group anywhere in token k's sentence, or the group addressed as "you X". */
function groupInSentence(ctx: TRuleContext, k: number): number {
  const { doc } = ctx;
  const start = sentenceStart(ctx, k);
  for (let g = start; g < doc.count && doc.sentence[g] === doc.sentence[k]; g++)
    if (isIdentity(ctx, g)) return g;
  return -1;
}

/** "I'm sharpening my knife for the X", "I've got a bullet for every X": a weapon readied for a group. */
function weaponFor(ctx: TRuleContext, w: number): void {
  const target = targetAfter(ctx, w + 1, 3);
  if (!target || target.kind !== "identity" || !writerBefore(ctx, w)) return;
  pushThreat(ctx, target, w, target.at + 1);
}

/** First words of threat idioms (one lookup per token). */
const IDIOM_START = createWordSet("days be pay end watch live");
const WONT = createWordSet("won't wont");
const GRAVES = createWordSet("ditch grave graves coffin coffins morgue box bag bags hospital");

/**
 * Set phrases that threaten without a violent verb, aimed at an identity group named in the same
 * sentence. Most are addressed ("X, your days are numbered", "watch your back, you X", "you'll end
 * up in a ditch"): said of a group in the third person they are often news ("their days are
 * numbered", "refugees end up in hospital"). "X will be sorry" (not "sorry to hear") and "X will
 * pay in blood" (not "… for the war": a prediction) threaten in any person.
 */
function threatIdiom(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  let end = -1;
  const addressed = i > 0 && (tokenIs(doc, i - 1, "your") || (cls[i - 1] & C.YOU) !== 0);
  if (
    tokenIs(doc, i, "days") &&
    addressed &&
    cls[i + 1] & C.COPULA &&
    tokenIs(doc, i + 2, "numbered")
  )
    end = i + 3;
  else if (
    tokenIs(doc, i, "be") &&
    tokenIs(doc, i + 1, "sorry") &&
    i > 0 &&
    cls[i - 1] & C.MODAL &&
    !tokenIs(doc, i + 2, "to")
  )
    end = i + 2;
  else if (
    tokenIs(doc, i, "pay") &&
    i > 0 &&
    cls[i - 1] & C.MODAL &&
    tokenIs(doc, i + 1, "in") &&
    tokenIs(doc, i + 2, "blood") &&
    !tokenIs(doc, i + 3, "for")
  )
    end = i + 3;
  else if (tokenIs(doc, i, "end") && tokenIs(doc, i + 1, "up") && youBefore(ctx, i)) {
    if (tokenIs(doc, i + 2, "dead")) end = i + 3;
    else if (tokenIs(doc, i + 2, "in"))
      for (let k = i + 3; k <= i + 5 && k < doc.count; k++)
        if (GRAVES(doc, k)) {
          end = k + 1;
          break;
        } else if (!(cls[k] & C.ARTICLE) && !tokenIs(doc, k, "body")) break;
  } else if (tokenIs(doc, i, "watch") && tokenIs(doc, i + 1, "your") && tokenIs(doc, i + 2, "back"))
    end = i + 3;
  else if (
    // "X better watch out" (not "… watch out for scams": advice).
    tokenIs(doc, i, "watch") &&
    tokenIs(doc, i + 1, "out") &&
    tokenIs(doc, i - 1, "better") &&
    !tokenIs(doc, i + 2, "for")
  )
    end = i + 2;
  else if (
    // "you X won't live to see next year".
    tokenIs(doc, i, "live") &&
    tokenIs(doc, i + 1, "to") &&
    tokenIs(doc, i + 2, "see") &&
    i > 0 &&
    (WONT(doc, i - 1) || (ctx.cls[i - 1] & C.NEGATOR && ctx.cls[i - 2] & C.MODAL))
  )
    end = i + 3;
  if (end < 0 || doc.sentence[end - 1] !== doc.sentence[i]) return;
  // Said to "you" ("your days", "watch your back", "you'll end up"): the group must be the one
  // addressed. "X will be sorry", "X will pay in blood", "X better watch out" threaten in any person.
  const toYou = !tokenIs(doc, i, "be") && !tokenIs(doc, i, "pay") && !tokenIs(doc, i + 1, "out");
  const g = toYou ? addressedIdentity(ctx, i) : groupInSentence(ctx, i);
  if (g < 0) return;
  // "won't live to see": the negation is part of the idiom.
  pushThreat(ctx, { kind: "identity", at: g }, Math.min(g, i), Math.max(g + 1, end), true);
}

/** Is there a comma (or the sentence edge) right before token k / right after token k? */
function commaBefore(ctx: TRuleContext, k: number): boolean {
  const { doc } = ctx;
  return (
    k === 0 ||
    doc.sentence[k - 1] !== doc.sentence[k] ||
    doc.norm.slice(doc.tokEnd[k - 1], doc.tokStart[k]).includes(",")
  );
}

/**
 * The identity group addressed in token k's sentence: "you X", or the group set off as a vocative
 * ("X, your days …", "Keep talking, X, and …", "… watch your back, X").
 */
function addressedIdentity(ctx: TRuleContext, k: number): number {
  const { doc, cls } = ctx;
  const start = sentenceStart(ctx, k);
  for (let g = start; g < doc.count && doc.sentence[g] === doc.sentence[k]; g++) {
    if (!isIdentity(ctx, g)) continue;
    if (g > start && cls[g - 1] & C.YOU) return g;
    let e = g;
    while (e + 1 < doc.count && e + 1 <= g + 2 && cls[e + 1] & C.PEOPLE) e++;
    const after = e + 1 >= doc.count || commaBefore(ctx, e + 1);
    if (commaBefore(ctx, g) && after) return g;
  }
  return -1;
}

/** "you'll end up …", "you will end up …": the reader addressed, within two words before k. */
function youBefore(ctx: TRuleContext, k: number): boolean {
  for (let b = k - 1; b >= 0 && b >= k - 2 && ctx.doc.sentence[b] === ctx.doc.sentence[k]; b--)
    if (ctx.cls[b] & C.YOU || YOU_WILL(ctx.doc, b)) return true;
  return false;
}

/** "you'll", "you'd": the reader and a modal in one word (not in the lexicon's "you" class). */
const YOU_WILL = createWordSet("you'll youll you'd");

const FIND_KNOW = createWordSet("find know");
const GET_GOT = createWordSet("get got getting");

/** "I'm going to find where these X live", "we know where you X live": the writer tracking a group down. */
function whereTheyLive(ctx: TRuleContext, i: number): void {
  const { doc } = ctx;
  let w = i + 1;
  if (tokenIs(doc, w, "out")) w++;
  if (!tokenIs(doc, w, "where") || !writerBefore(ctx, i)) return;
  const target = targetAfter(ctx, w, 3);
  if (!target || target.kind !== "identity") return;
  // "I know where immigrants live" may describe; "I know where you X live" threatens.
  if (tokenIs(doc, i, "know") && !(target.at > 0 && ctx.cls[target.at - 1] & C.YOU)) return;
  let live = target.at + 1;
  while (live < doc.count && live <= target.at + 2 && ctx.cls[live] & C.PEOPLE) live++;
  if (tokenIs(doc, live, "live") || tokenIs(doc, live, "sleep") || tokenIs(doc, live, "lives"))
    pushThreat(ctx, target, i, live + 1);
}

/**
 * "Any X who comes near me gets shot", "every X that shows up here is getting beaten": the group
 * named with "any/every/next" and a relative clause before the get-passive, within the sentence.
 */
function ruleTarget(ctx: TRuleContext, i: number): TTarget {
  const { doc, cls } = ctx;
  const start = sentenceStart(ctx, i);
  for (let w = i - 1; w > start; w--) {
    if (!RELATIVE(doc, w)) continue;
    // The clause must say something before the get-passive: in "any X who gets shot" the group is
    // the victim the clause describes, not the target of a rule.
    let said = false;
    for (let k = w + 1; k < i; k++) if (!(cls[k] & (C.COPULA | C.MODAL | C.FILLER))) said = true;
    if (!said) return null;
    return quantifiedGroupBefore(ctx, w, start);
  }
  return null;
}

/**
 * The group ending right before token w ("any X who …", "every X I …", with its word for people)
 * when "any / every / each / next" comes before it; else null.
 */
function quantifiedGroupBefore(ctx: TRuleContext, w: number, start: number): TTarget {
  const { doc, cls } = ctx;
  const at = cls[w - 1] & C.PEOPLE && w - 2 >= start && isIdentity(ctx, w - 2) ? w - 2 : w - 1;
  if (!isIdentity(ctx, at)) return null;
  for (let q = at - 1; q >= start && q >= at - 2; q--)
    if (ANY_ONE(doc, q)) return { kind: "identity", at };
  return null;
}

/** A place phrase after a group subject: "all X in this city", "the X around here". */
const PLACE_PHRASE = createWordSet(
  "in on at around across of from here there this that our my the city country town world area street road block estate neighbourhood neighborhood state land europe america",
);

/** "All X in this city will die", "the X around here should be shot": the group, then where, then the modal at m. */
function placedSubject(ctx: TRuleContext, m: number): TTarget {
  const { doc, cls } = ctx;
  const start = sentenceStart(ctx, m);
  let k = m - 1;
  while (k > start && k >= m - 4 && PLACE_PHRASE(doc, k) && !isIdentity(ctx, k)) k--;
  if (
    k === m - 1 ||
    !(
      tokenIs(doc, k + 1, "in") ||
      tokenIs(doc, k + 1, "on") ||
      tokenIs(doc, k + 1, "at") ||
      tokenIs(doc, k + 1, "around") ||
      tokenIs(doc, k + 1, "here")
    )
  )
    return null;
  if (cls[k] & C.PEOPLE && k > start && isIdentity(ctx, k - 1)) k--;
  return isIdentity(ctx, k) ? { kind: "identity", at: k } : null;
}

/** What a group may be said to deserve as punishment: "a good beating", "a bullet". */
const BEATING = createWordSet(
  "beating beatings kicking thrashing whipping lashing hiding bullet bullets lynching violence",
);
const DESERVE = createWordSet("deserve deserves");
const GOOD = createWordSet("good proper whatever");

const ENCOUNTER = createWordSet("find see meet catch spot encounter");

/**
 * "Every X I find will be beaten", "the next X we see is going to get shot": a quantified group,
 * then the writer coming upon them (a relative clause without "who"), right before the modal at m.
 */
function writersPick(ctx: TRuleContext, m: number): TTarget {
  const { doc, cls } = ctx;
  const start = sentenceStart(ctx, m);
  for (let w = m - 2; w >= start + 1 && w >= m - 3; w--) {
    if (!(cls[w] & C.SELF)) continue;
    // The writer coming upon them ("I find", "we see"): "every X we met" reports the past.
    if (!ENCOUNTER(doc, w + 1)) return null;
    return quantifiedGroupBefore(ctx, w, start);
  }
  return null;
}

/** The violence (or deserved beating) within four words after the modal at m: "be shot", "to hang", "a good beating"; -1 if none. */
function harmAfterModal(ctx: TRuleContext, m: number): number {
  const { doc, cls } = ctx;
  let limit = m + 4;
  for (let k = m + 1; k < doc.count && k <= limit && doc.sentence[k] === doc.sentence[m]; k++) {
    if (cls[k] & C.VIOLENT_PART || (BEATING(doc, k) && DESERVE(doc, m))) return k;
    // "should be lined up and shot", "rounded up and hanged", "taken out back and shot".
    if (LINED_UP(doc, k) && (tokenIs(doc, k + 1, "up") || tokenIs(doc, k + 1, "out"))) {
      let a = k + 2;
      if (tokenIs(doc, a, "back")) a++;
      if (tokenIs(doc, a, "and") && cls[a + 1] & C.VIOLENT_PART) return a + 1;
      limit = k;
    }
    if (!(cls[k] & (C.COPULA | C.QUANT | C.FILLER)) && !tokenIs(doc, k, "to") && !GOOD(doc, k))
      return -1;
  }
  return -1;
}
const LINED_UP = createWordSet("lined rounded taken dragged marched");

/** A condition that names who the violence is for: "if I see any X near my house …", "when X show up …". */
const CONDITION = createWordSet("if when whenever once");
/** What may follow a violent verb that has no object: "I will shoot on sight / first / without asking". */
const NO_OBJECT = createWordSet("on first without immediately instantly straight right away");

/**
 * "If I see any X near my house I will shoot": the writer's violent verb has no object, and the
 * sentence opens with a condition naming an identity group, which is then the target.
 */
function conditionTarget(ctx: TRuleContext, i: number): TTarget {
  const { doc, cls } = ctx;
  const start = sentenceStart(ctx, i);
  if (!writerBefore(ctx, i, 3)) return null;
  const next = i + 1;
  if (next < doc.count && doc.sentence[next] === doc.sentence[i] && !NO_OBJECT(doc, next))
    return null;
  const open = cls[start] & C.FILLER ? start + 1 : start;
  if (!CONDITION(doc, open)) return null;
  for (let g = open + 1; g < i; g++) if (isIdentity(ctx, g)) return { kind: "identity", at: g };
  return null;
}

/** Weapons a writer may say they will bring: "… with my rifle", "… with a knife". */
const WEAPONS = createWordSet(
  "gun guns rifle rifles shotgun shotguns pistol pistols revolver knife knives machete machetes axe axes hatchet bat bats crowbar hammer ak ak47 ar15 bullet bullets ammo",
);
const OWNER = createWordSet("my our a an the this his their some");
const OUTSIDE = createWordSet("outside");
/** Verbs of care: "I'll protect the X with my rifle" is no threat to them. */
const SHIELD = createWordSet(
  "protect protecting defend defending guard guarding save saving help helping shelter sheltering escort escorting feed feeding",
);

/**
 * "I'll take care of those X with my rifle", "we are going to visit the X tonight with our guns":
 * the writer's plan (a first person and a modal) for an identity group, with a weapon in hand.
 */
function armedPlan(ctx: TRuleContext, w: number): void {
  const { doc, cls } = ctx;
  const k = OWNER(doc, w + 1) ? w + 2 : w + 1;
  if (k >= doc.count || doc.sentence[k] !== doc.sentence[w] || !WEAPONS(doc, k)) return;
  const start = sentenceStart(ctx, w);
  let group = -1;
  for (let b = w - 1; b >= start && b >= w - 6 && group < 0; b--) if (isIdentity(ctx, b)) group = b;
  if (group < 0) return;
  let self = -1;
  // "I'm outside the X meeting with a gun": the writer standing at the group's door, armed.
  let modal = OUTSIDE(doc, group - 1) || (cls[group - 1] & C.ARTICLE && OUTSIDE(doc, group - 2));
  // "… to protect them with my gun": care, not a threat.
  for (let b = group + 1; b < w; b++) if (SHIELD(doc, b)) return;
  for (let b = group - 1; b >= start; b--) {
    if (SHIELD(doc, b)) return;
    if (cls[b] & C.MODAL) modal = true;
    if (cls[b] & C.SELF || SELF_WILL(doc, b)) {
      self = b;
      break;
    }
  }
  if (self < 0 || !modal) return;
  pushThreat(ctx, { kind: "identity", at: group }, self, k + 1);
}

const EXCLUSION_REASON = "call to expel, ban or lock up an identity group";

/** "lock up all X", "lock every X up", "round up the X", "cage them all" (a group just named): hate as exclusion. */
function lockAway(ctx: TRuleContext, i: number): void {
  const { doc } = ctx;
  const lock = tokenIs(doc, i, "lock") || tokenIs(doc, i, "round");
  const target = targetAfter(ctx, i, 5);
  if (!target || target.kind !== "identity") return;
  // "lock" and "round" lock away only with "up", before the group or right after it.
  if (lock) {
    let up = false;
    for (let k = i + 1; k <= target.at + 2 && k < doc.count; k++) if (UP(doc, k)) up = true;
    if (!up) return;
  }
  pushTokens(ctx, "hate", i, target.at + 1, 0.75, EXCLUSION_REASON);
}

const EXCLUSION = createWordSet(
  "deported deport banned ban expelled expel removed interned sterilized sterilised segregated excluded kicked thrown shipped camps camp ghettos ghetto leave locked jailed imprisoned caged",
);

const PLACES = createWordSet("camps camp ghettos ghetto");
const INTO = createWordSet("in into to");

/** "Gay people should be put in camps", "Muslims must be deported": exclusion of an identity group. */
function exclusion(ctx: TRuleContext, target: number, modal: number): void {
  const { doc } = ctx;
  for (
    let k = modal + 1;
    k < doc.count && k <= modal + 6 && doc.sentence[k] === doc.sentence[modal];
    k++
  ) {
    // Another modal starts another clause: "… should be shot needs to be banned" bans the writer.
    if (ctx.cls[k] & C.MODAL && !tokenIs(doc, k, "to")) break;
    // A camp or ghetto is exclusion only as a destination: "put in camps", not "the camp closes".
    if (EXCLUSION(doc, k) && (!PLACES(doc, k) || (k > 0 && INTO(doc, k - 1)))) {
      pushTokens(ctx, "hate", target, k + 1, 0.75, EXCLUSION_REASON);
      return;
    }
  }
}

/** "you idiot", "you are a complete moron", "your stupid …": an insult addressed to the reader. */
export function addressedInsults(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let i = 0; i + 1 < doc.count; i++) {
    if (!(cls[i] & C.YOU)) continue;
    for (let k = i + 1; k < doc.count && k <= i + 5 && doc.sentence[k] === doc.sentence[i]; k++) {
      if (cls[k] & (C.INSULT | C.DEHUMAN)) {
        pushTokens(ctx, "harassment", i, k + 1, 0.8, "insult addressed to a person");
        break;
      }
      if (!(cls[k] & (C.COPULA | C.FILLER | C.ARTICLE | C.QUANT | C.NEGATOR))) break;
    }
  }
}

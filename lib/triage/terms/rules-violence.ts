// Threats (calls for and wishes of violence) and insults addressed to a person. War-news readers
// cheer military action against armed groups all the time ("SAA should annihilate terrorists",
// "kill every daeshbag"): that is scored as low-severity threat evidence (0.25, under the default
// threshold) so it stays visible without flooding the queue, while the same words aimed at an
// identity group or a person score 0.8–0.9.

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import { pushTokens, writerBefore, type TRuleContext } from "./match";
import { isIdentity } from "./rules-hate";
import { WEAPONS, weaponFor } from "./rules-violence-armed";
import { BODY_PARTS, BODY_VERBS, ownedBodyPart, POSSESSIVE } from "./rules-violence-body";
import { threatIdiom } from "./rules-violence-idiom";
import { exclusion, lockAway, runOutOf } from "./rules-violence-lockup";
import { threatWithoutVerb } from "./rules-violence-noverb";
import {
  HANG_PARTICLES,
  conditionTarget,
  harmAfterModal,
  perfectAt,
  placedSubject,
  ruleTarget,
  writersPick,
} from "./rules-violence-subject";
import {
  addressedGroup,
  addressedIdentity,
  HOMES,
  isCall,
  pushThreat,
  targetAfter,
  targetAt,
} from "./rules-violence-target";

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

/** Locking a group away as a call: "lock up all X", "round up the X", "cage every X". */
const LOCK_AWAY = createWordSet("lock round intern cage");

const WOUND_INTO = createWordSet("in into to through between");

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
    // "hang out / around / on with …": spending time, not an execution.
    if (tokenIs(doc, i, "hang") && HANG_PARTICLES(doc, i + 1)) continue;
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
      // "Many X have been killed in the attacks": the perfect passive reports what was done.
      if (perfectAt(doc, i)) continue;
      // "Muslims should be shot", "you will die", "they deserve to hang".
      const harm = harmAfterModal(ctx, i);
      const target =
        targetAt(ctx, i - 1) ??
        (i > 1 && cls[i - 1] & C.PEOPLE ? targetAt(ctx, i - 2) : null) ??
        // A subject further back ("every X I find will …") only for the violence itself.
        (harm > 0 ? (ruleTarget(ctx, i) ?? writersPick(ctx, i) ?? placedSubject(ctx, i)) : null);
      // 'Whoever wrote "gas the X" should be banned': the group inside a quote is not the subject.
      if (!target || doc.quoted[target.at] !== doc.quoted[i]) continue;
      // "X should have been shot" wishes a group dead; of one person it is a verdict on the past.
      const pastWish = perfectAt(doc, i + 1);
      if (pastWish && target.kind !== "identity") continue;
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

// Threats whose first word is not a violent verb: the dispatch over those first words, and the
// frames of hunting a group down ("going after X", "find where X live", "they're dead", "take out").

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import { pushTokens, sentenceStart, writerBefore, type TRuleContext } from "./match";
import { isIdentity } from "./rules-hate";
import { afterGroup, determinedGroup } from "./rules-implicit";
import {
  armedPlan,
  dealtWith,
  feelMyWeapon,
  namedTargets,
  WEAPONS,
  weaponBrought,
  weaponFor,
} from "./rules-violence-armed";
import { apartSoon, TEAR } from "./rules-violence-body";
import { hitList, IDIOM_START, lesson, threatIdiom } from "./rules-violence-idiom";
import { EXCLUSION_REASON } from "./rules-violence-lockup";
import { ENCOUNTER } from "./rules-violence-subject";
import { commaBefore, isCall, pushThreat, START, targetAfter } from "./rules-violence-target";
import {
  DREAM,
  dreamedHarm,
  GET_GOT,
  HOPE,
  hopedHarm,
  spared,
  wishedIf,
} from "./rules-violence-wish";

/** Threats whose first word is not a violent verb: armed plans, readied weapons, set phrases, tracking down, "get rid of". */
export function threatWithoutVerb(ctx: TRuleContext, i: number): void {
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

const KILLING = createWordSet("killing shooting stabbing murdering slaughtering lynching");

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

const FIND_KNOW = createWordSet("find know");

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

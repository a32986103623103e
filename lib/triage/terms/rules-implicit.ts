// Identity hate with no slur or insult in it: the two rules that find where its frames can start
// (implicitDerogation, groupAsHarm) and the group slots they share; the frames live in the
// rules-implicit-*.ts files by family (wishes, traits, worst, contempt, arrival, harm, unwanted).

import { tokenIs } from "../text/doc";
import { createWordSet, type TWordSet } from "../text/word-set";
import { C } from "./lexicon";
import { continues, pushTokens, sentenceEnd, type TRuleContext } from "./match";
import { isIdentity, lastMention } from "./rules-hate";
import {
  arrivalDecline,
  arrivalHarm,
  inChargeRuin,
  letInQuestion,
  presenceHarm,
  sarcasticWarning,
} from "./rules-implicit-arrival";
import { contemptIdioms } from "./rules-implicit-contempt";
import {
  BELONG_WORDS,
  BURDEN_WORDS,
  harmAt,
  RUIN_WORDS,
  WANT,
  WANT_WORDS,
} from "./rules-implicit-harm";
import {
  incompatible,
  inferredFromMembership,
  livingOff,
  crimeLaidOnGroup,
  groupPathologised,
  moreOfThemAsked,
  noRegardFor,
  onlyCareAbout,
  outSlogan,
  tooToDo,
  welcomeToLeave,
} from "./rules-implicit-traits";
import {
  betterWithout,
  existenceDenied,
  grantRegretted,
  groupFramedAround,
  rightsRegretted,
  wantedGone,
} from "./rules-implicit-unwanted";
import { groupVerdict, illWish, promisedHarm } from "./rules-implicit-wishes";
import { worstOfAll } from "./rules-implicit-worst";

const UNTIL_WORDS = "until till til since before once after when";
const UNTIL = createWordSet(UNTIL_WORDS);
const DEMONSTRATIVE = createWordSet("these those");
const ENGAGE_WORDS =
  "hire employ date marry trust befriend invite elect rent let vote welcome adopt accept";
const ENGAGE = createWordSet(ENGAGE_WORDS);
const LET_ALLOW_WORDS = "let allow";
const LET_ALLOW = createWordSet(LET_ALLOW_WORDS);
const PUT_WORDS = "put let make elect if";
const PUT = createWordSet(PUT_WORDS);
const EVERY_TIME_WORDS = "whenever wherever when";
const EVERY_TIME = createWordSet(EVERY_TIME_WORDS);

/** The token after an identity and its word for people ("black people", "gay men"). */
export function afterGroup(ctx: TRuleContext, i: number): number {
  let j = i + 1;
  while (j < ctx.doc.count && j <= i + 2 && ctx.cls[j] & C.PEOPLE) j++;
  return j;
}

/** Every word that can start one of the frames in implicitDerogation's loop. */
let frameStarts: TWordSet | null = null;
function frameStartsSet(): TWordSet {
  return (frameStarts ??= createWordSet(
    `${ENGAGE_WORDS} ${UNTIL_WORDS} ${LET_ALLOW_WORDS} ${PUT_WORDS} ${EVERY_TIME_WORDS} every having`,
  ));
}
/** The classes implicitDerogation's loop keeps track of (identities, "they", armed groups). */
const TRACKED = C.IDENT | C.PROXY | C.THEY | C.GROUP | C.COMBATANT;

export function implicitDerogation(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  // "they" counts as the group when the last group named (within 40 words) was an identity.
  let lastIdentity = -1;
  let lastArmed = -1;
  // One scan finds the tracked classes and the words a frame below can start with.
  const starts = frameStartsSet();
  for (
    let i = starts.next(doc, 0, cls, TRACKED);
    i >= 0;
    i = starts.next(doc, i + 1, cls, TRACKED)
  ) {
    const identity = isIdentity(ctx, i);
    if (
      identity ||
      (cls[i] & C.THEY && lastIdentity >= i - 40 && lastIdentity > lastArmed && lastIdentity >= 0)
    ) {
      illWish(ctx, i);
      groupVerdict(ctx, i);
      if (identity) {
        incompatible(ctx, i);
        contemptIdioms(ctx, i);
        inferredFromMembership(ctx, i);
        livingOff(ctx, i);
        noRegardFor(ctx, i);
        tooToDo(ctx, i);
        welcomeToLeave(ctx, i);
        onlyCareAbout(ctx, i);
        crimeLaidOnGroup(ctx, i);
        groupPathologised(ctx, i);
        moreOfThemAsked(ctx, i);
        outSlogan(ctx, i);
        grantRegretted(ctx, i);
        lastIdentity = i;
      }
      continue;
    }
    if (cls[i] & (C.GROUP | C.COMBATANT)) lastArmed = i;
    if (!starts(doc, i)) continue;
    const startsSentence = i === 0 || doc.sentence[i - 1] !== doc.sentence[i];
    if (startsSentence && ENGAGE(doc, i)) sarcasticWarning(ctx, i);
    else if (i + 1 < doc.count && UNTIL(doc, i)) arrivalDecline(ctx, i);
    else if (LET_ALLOW(doc, i)) letInQuestion(ctx, i);
    if (PUT(doc, i)) inChargeRuin(ctx, i);
    else if (EVERY_TIME(doc, i) || (tokenIs(doc, i, "every") && tokenIs(doc, i + 1, "time")))
      arrivalHarm(ctx, EVERY_TIME(doc, i) ? i : i + 1);
    else if (tokenIs(doc, i, "having")) presenceHarm(ctx, i);
  }
  promisedHarm(ctx);
  worstOfAll(ctx);
}

/** The identity group right after token v, past up to two determiners ("until the X", "let these X"), or -1. */
export function determinedGroup(ctx: TRuleContext, v: number): number {
  const { doc, cls } = ctx;
  let g = v + 1;
  while (g < doc.count && g <= v + 2 && (cls[g] & (C.ARTICLE | C.QUANT) || DEMONSTRATIVE(doc, g)))
    g++;
  return g < doc.count && isIdentity(ctx, g) && doc.sentence[g] === doc.sentence[v] ? g : -1;
}

/** "There is nothing good about X": nothing of value in the group. */
/** Good qualities a group may be said to lack ("nothing good / admirable about X"). */
export const GOOD = createWordSet(
  "good positive redeeming decent worthwhile valuable nice admirable likeable likable respectable lovable loveable honourable honorable",
);
// Every word that can start one of groupAsHarm's frames (rules-implicit-harm.ts, -unwanted.ts), built from their own lists.
const HARM_TRIGGERS = createWordSet(
  `${RUIN_WORDS} ${BURDEN_WORDS} ${BELONG_WORDS} nothing good know without go stink stinks reek reeks exist spread spreads spreading make makes lower worse viler dirtier filthier allowed gone kept keep fewer thing allowing letting incapable unable intelligence iq demand demands expect expects`,
);
const SUBJECT_GAP = C.FILLER | C.QUANT | C.MODAL | C.PEOPLE;
const SUBJECT_GAP_WORDS = createWordSet("to are is only really always just kind can best be");
const EXIST_TAILS = createWordSet("at anymore here period");
/** Where groupAsHarm looks: its frames' first words (and, by class, group subjects). */
const HARM_ANCHORS = createWordSet(`without like ${WANT_WORDS}`);
const SUBJECTS = C.IDENT | C.PROXY | C.THEY;
const WOULD = createWordSet("i'd we'd would");

/** The group a subject at i stands for: an identity, or "they" right after one was named. */
export function groupSubject(ctx: TRuleContext, i: number): boolean {
  if (isIdentity(ctx, i)) return true;
  if (!(ctx.cls[i] & C.THEY) || lastMention(ctx, i) !== "identity") return false;
  // Only a group named within the last dozen words: news talk names nations in passing.
  for (let k = i - 1; k >= 0 && k >= i - 12; k--) if (isIdentity(ctx, k)) return true;
  return false;
}

/**
 * Claims that cast a group as a harm or a cost without a slur: "X ruin everything they touch",
 * "they are destroying our town", "X are a drain on society", "X contribute nothing", "they bring
 * nothing but disease", "X are only good for cleaning", "X belong in a zoo", "X should know their
 * place", "the world would be a better place without X".
 */
export function groupAsHarm(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  if (HARM_TRIGGERS.next(doc, 0) < 0) return;
  // One scan finds the frames' first words and the group subjects (identities, "they").
  for (let i = HARM_ANCHORS.next(doc, 0, cls, SUBJECTS); i >= 0;) {
    harmAnchoredAt(ctx, i);
    i = HARM_ANCHORS.next(doc, i + 1, cls, SUBJECTS);
  }
}

/** The frames of groupAsHarm that can start at token i. */
function harmAnchoredAt(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;

  if (tokenIs(doc, i, "without") && i + 1 < doc.count) {
    betterWithout(ctx, i);
    return;
  }
  // "I want them gone", "I'd like to see all X gone".
  if (WANT(doc, i) || (tokenIs(doc, i, "like") && i > 0 && WOULD(doc, i - 1))) {
    wantedGone(ctx, i);
    return;
  }
  if (!groupSubject(ctx, i)) return;
  // "There is nothing good about X".
  if (i >= 3 && tokenIs(doc, i - 1, "about") && GOOD(doc, i - 2) && tokenIs(doc, i - 3, "nothing"))
    pushTokens(
      ctx,
      "hate",
      i - 3,
      i + 1,
      0.65,
      "negated positive: nothing good in an identity group",
      true,
    );
  const end = sentenceEnd(ctx, i);
  const framed = groupFramedAround(ctx, i, end);
  if (framed) {
    pushTokens(ctx, "hate", framed.from, framed.to, 0.65, framed.reason);
    return;
  }
  for (let k = i + 1; k < end && k <= i + 6; k++) {
    // "X are nothing but a drain": "nothing but" stresses the claim, it does not deny it.
    if (tokenIs(doc, k, "nothing") && tokenIs(doc, k + 1, "but")) {
      k++;
      continue;
    }
    // "X should not exist", "they have no right to exist": the group's existence denied.
    const exist = existenceDenied(ctx, k);
    // "… should not exist in camps like these" speaks of conditions, not of the group.
    if (exist > 0 && (!continues(ctx, exist - 1) || EXIST_TAILS(doc, exist))) {
      pushTokens(ctx, "hate", i, exist, 0.75, "an identity group's existence denied", true);
      break;
    }
    // "X should never have been allowed to vote", "it's a shame X were ever allowed in".
    const denied = rightsRegretted(ctx, i, k);
    if (denied > 0) {
      pushTokens(ctx, "hate", i, denied, 0.7, "an identity group's rights regretted", true);
      break;
    }
    if (cls[k] & C.NEGATOR || tokenIs(doc, k, "but")) break;
    const claim = harmAt(ctx, k, end);
    if (claim) {
      pushTokens(ctx, "hate", i, claim.to, claim.weight, claim.reason);
      break;
    }
    if (!(cls[k] & (SUBJECT_GAP | C.COPULA | C.ARTICLE)) && !SUBJECT_GAP_WORDS(doc, k)) break;
  }
}

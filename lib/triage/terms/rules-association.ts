// A group tied to crime or incapacity without a trait word: "Where there are X, there is crime",
// "Of course the thief turned out to be one of the X", "X only know how to take", "X cannot govern
// themselves", "Never turn your back on X". Each needs its whole frame: a report ("the suspect was
// one of the refugees"), a condition ("can't look after themselves without support") or a group
// named as the one harmed is no such claim.

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import {
  CONDITION,
  continues,
  endsWithQuestion,
  pushTokens,
  scanAfter,
  sentenceEnd,
  sentenceStart,
  type TRuleContext,
} from "./match";
import { isIdentity } from "./rules-hate";
import { afterGroup } from "./rules-implicit";

/** What a group's presence is said to bring, or what "one of them" turned out to be. */
const TROUBLE = createWordSet(
  "crime crimes trouble violence problems chaos filth poverty disease drugs terror terrorism rape theft misery decay",
);
const CULPRITS = createWordSet(
  "thief thieves rapist rapists killer killers criminal criminals murderer murderers attacker attackers culprit culprits shooter bomber terrorist dealer dealers",
);
/** Sarcasm that turns a report into an insinuation: "of course", "surprise surprise". */
const KNOWING = createWordSet(
  "course naturally surprise surprise obviously predictably typical usual",
);
const THERE_BE = createWordSet("is are there theres comes come follows follow");
const INCAPABLE = createWordSet("cannot can't cant unable incapable never");
const SELF_RULE = createWordSet("govern rule control think feed support behave");
const THEMSELVES = createWordSet("themselves");
const ONLY_KNOW_VERBS = createWordSet(
  "take steal lie cheat breed complain whine destroy kill beg scrounge riot loot rob",
);
/** "only know how to take care / part": no taking at all. */
const TAKE_NOT = createWordSet("care part pride turns responsibility charge");

const REASON_TIED = "generalisation: an identity group tied to crime";
const REASON_UNABLE = "negated positive: an identity group said to be incapable";

/** "Where there are X, there is crime", "Where X go, crime follows". */
function whereThereAre(ctx: TRuleContext, w: number): void {
  const { doc } = ctx;
  const end = sentenceEnd(ctx, w);
  for (let g = w + 1; g < end && g <= w + 4; g++) {
    if (!isIdentity(ctx, g)) continue;
    for (let k = afterGroup(ctx, g); k < end && k <= g + 6; k++)
      if (
        TROUBLE(doc, k) &&
        (THERE_BE(doc, k - 1) ||
          (ctx.cls[k - 1] & C.FILLER && THERE_BE(doc, k - 2)) ||
          THERE_BE(doc, k + 1))
      ) {
        pushTokens(ctx, "hate", w, k + 1, 0.7, REASON_TIED);
        return;
      }
    return;
  }
}

/** "Of course the thief turned out to be one of the X": a culprit's group noted knowingly. */
function knowingCulprit(ctx: TRuleContext, o: number): void {
  const { doc, cls } = ctx;
  // "one of the X" at o: "one", "of", (article), the group.
  let g = o + 2;
  if (cls[g] & C.ARTICLE) g++;
  if (!tokenIs(doc, o + 1, "of") || !isIdentity(ctx, g)) return;
  const start = sentenceStart(ctx, o);
  let culprit = false;
  let knowing = false;
  for (let k = start; k < o; k++) {
    if (CULPRITS(doc, k)) culprit = true;
    if (KNOWING(doc, k)) knowing = true;
  }
  if (culprit && knowing) pushTokens(ctx, "hate", start, g + 1, 0.65, REASON_TIED);
}

/** "X cannot govern themselves", "X only know how to take", after the group at g. */
function unableOrOnly(ctx: TRuleContext, g: number): void {
  const { doc, cls } = ctx;
  let k = afterGroup(ctx, g);
  while (k < doc.count && k <= g + 4 && cls[k] & (C.FILLER | C.COPULA) && !tokenIs(doc, k, "only"))
    k++;
  if (k >= doc.count || doc.sentence[k] !== doc.sentence[g]) return;
  // "only know how to take".
  if (
    tokenIs(doc, k, "only") &&
    tokenIs(doc, k + 1, "know") &&
    tokenIs(doc, k + 2, "how") &&
    tokenIs(doc, k + 3, "to") &&
    ONLY_KNOW_VERBS(doc, k + 4) &&
    !TAKE_NOT(doc, k + 5)
  ) {
    pushTokens(ctx, "hate", g, k + 5, 0.65, "generalisation: all an identity group is said to do");
    return;
  }
  if (!INCAPABLE(doc, k)) return;
  let v = k + 1;
  if (tokenIs(doc, v, "to") || tokenIs(doc, v, "of")) v++;
  if (!SELF_RULE(doc, v)) return;
  const t = tokenIs(doc, v + 1, "for") ? v + 2 : v + 1;
  if (!THEMSELVES(doc, t) || CONDITION(doc, t + 1)) return;
  // The negation belongs to the frame.
  pushTokens(ctx, "hate", g, t + 1, 0.65, REASON_UNABLE, true);
}

const TURN = createWordSet("turn");
const WHERE = createWordSet("where");
const ONE = createWordSet("one");
const NEVER = createWordSet("never");
const STARTS = createWordSet("where one never");
const TARGET = C.IDENT | C.PROXY;

/** "Never turn your back on X": a group cast as treacherous. */
function neverTurnBack(ctx: TRuleContext, n: number): void {
  const { doc } = ctx;
  if (!TURN(doc, n + 1) || !tokenIs(doc, n + 3, "back") || !tokenIs(doc, n + 4, "on")) return;
  const g = ctx.cls[n + 5] & C.ARTICLE ? n + 6 : n + 5;
  if (g < doc.count && isIdentity(ctx, g))
    pushTokens(
      ctx,
      "hate",
      n,
      g + 1,
      0.65,
      "generalisation: an identity group cast as treacherous",
      true,
    );
}

const NO = createWordSet("no");
const ADMITTED = createWordSet("allowed welcome wanted permitted");
const TOO = createWordSet("too");
const MANY = createWordSet("many");
const SURPLUS_TAIL = createWordSet("here already around now");
const SMELL = createWordSet("smell smelt");
const ASHAMED = createWordSet("ashamed");
const EXISTING = createWordSet("existing exist living breathing");
const OF_TO = createWordSet("of to");

/**
 * Frames around the group at g: "No X allowed", "(far) too many X (here / already)", "I can smell
 * X from a mile away", "X ought to be ashamed of existing".
 */
function presenceDenied(ctx: TRuleContext, g: number): void {
  const { doc, cls } = ctx;
  const a = afterGroup(ctx, g);
  const b = g > 0 && cls[g - 1] & C.ARTICLE ? g - 2 : g - 1;
  if (
    NO(doc, g - 1) &&
    ADMITTED(doc, a) &&
    doc.sentence[a] === doc.sentence[g] &&
    !endsWithQuestion(ctx, a)
  ) {
    // A sign on a door: the refusal is the frame's own.
    pushTokens(ctx, "hate", g - 1, a + 1, 0.7, "exclusion: an identity group barred", true);
    return;
  }
  if (b >= 1 && MANY(doc, b) && TOO(doc, b - 1)) {
    // "too many X" said of a place, the clause ending there: not "too many X die in childbirth".
    const ends = a >= doc.count || doc.sentence[a] !== doc.sentence[g] || !continues(ctx, a - 1);
    const place = SURPLUS_TAIL(doc, a) || (tokenIs(doc, a, "in") && THIS_PLACE(doc, a + 1));
    if ((ends || place) && !endsWithQuestion(ctx, g))
      pushTokens(ctx, "hate", b - 1, a, 0.6, "exclusion: an identity group called too many");
    return;
  }
  if (
    b >= 0 &&
    SMELL(doc, b) &&
    tokenIs(doc, a, "from") &&
    scanAfter(ctx, a, 4, (k) => (tokenIs(doc, k, "away") ? k : undefined)) !== null
  ) {
    pushTokens(ctx, "hate", b, a + 1, 0.65, "implicit derogation: an identity group said to stink");
    return;
  }
  for (let k = a; k < doc.count && k <= a + 4 && doc.sentence[k] === doc.sentence[g]; k++)
    if (ASHAMED(doc, k) && OF_TO(doc, k + 1) && EXISTING(doc, k + 2)) {
      pushTokens(
        ctx,
        "hate",
        g,
        k + 3,
        0.7,
        "implicit derogation: an identity group's existence shamed",
      );
      return;
    }
}

const THIS_PLACE = createWordSet("this our my the");

export function groupAssociations(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  // One scan finds the identities and the words a frame below can start with.
  for (let i = STARTS.next(doc, 0, cls, TARGET); i >= 0; i = STARTS.next(doc, i + 1, cls, TARGET)) {
    if (isIdentity(ctx, i)) {
      unableOrOnly(ctx, i);
      presenceDenied(ctx, i);
      // One lookup tells whether any frame below can start here.
    } else if (WHERE(doc, i) && tokenIs(doc, i + 1, "there")) whereThereAre(ctx, i);
    else if (ONE(doc, i)) knowingCulprit(ctx, i);
    else if (NEVER(doc, i)) neverTurnBack(ctx, i);
  }
}

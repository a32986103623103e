// Hate phrased around a group rather than with a slur: negated positive statements ("X are not
// welcome", "never respect X"); negative emotions live in rules-emotion.ts.

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import { pushTokens, scanBefore, writerBefore, type TRuleContext } from "./match";
import { isIdentity, lastMention } from "./rules-hate";
import { denialAt, neverStop, rhetoricalDenial } from "./rules-hate-frames-contempt";
import {
  ANY_MUCH,
  challenged,
  deservesBad,
  EQUAL,
  equalToSomeone,
  EXIST_TAIL,
  goodThingDenied,
  groupEnd,
  LESS,
  neverMet,
  NO_MEMBER_GRANTED,
  noneWithQuality,
  notASingle,
  objectOfPreposition,
  ONE_OF,
  owned,
  QUALITY_WORDS,
  selfViewDenied,
  THERE,
  VALUE_GAP,
  VALUE_WORDS,
} from "./rules-hate-frames-negated";
import { REFERRED, REFERRED_CLASSES, referredAt } from "./rules-hate-frames-referred";

const PRIZE = createWordSet("proud admire respect value");
const DO_AUX = createWordSet("do does did");

/** "nothing to be proud of", "nothing to admire" after "nothing" at k. */
function nothingToPrize(ctx: TRuleContext, k: number): boolean {
  const { doc } = ctx;
  if (!tokenIs(doc, k + 1, "to")) return false;
  const q = tokenIs(doc, k + 2, "be") ? k + 3 : k + 2;
  return PRIZE(doc, q);
}

/**
 * "Muslims are not welcome here", "women will never be equal", "I don't think Jews deserve respect",
 * "never respect immigrants": the negation is the hate, so the match owns it.
 */
export function negatedPositive(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let i = 0; i < doc.count; i++) {
    // "Clark's French wasn't good enough", "her Jewish faith": someone's, not a group.
    if (!isIdentity(ctx, i) || (i > 0 && owned(ctx, i - 1))) continue;
    // "Who decided X don't deserve rights?" challenges the denial.
    if (challenged(ctx, i)) continue;
    // "Life for refugees will never be normal": the group is not the subject.
    if (objectOfPreposition(ctx, i)) continue;
    const j = groupEnd(ctx, i);
    let negator = -1;
    for (let k = j; k < doc.count && k < j + 8 && doc.sentence[k] === doc.sentence[i]; k++) {
      if (cls[k] & C.NEGATOR) negator = k;
      // "X don't have to be good at …": no obligation, nothing denied.
      else if (
        negator >= 0 &&
        (tokenIs(doc, k, "have") || tokenIs(doc, k, "has")) &&
        tokenIs(doc, k + 1, "to")
      )
        break;
      else if (
        negator >= 0 &&
        ((VALUE_WORDS(doc, k) && !(EQUAL(doc, k) && !equalToSomeone(ctx, k))) ||
          // "X will never amount to anything".
          (tokenIs(doc, k, "amount") && tokenIs(doc, k + 1, "to") && ANY_MUCH(doc, k + 2)))
      ) {
        // "not less intelligent", "don't deserve to die": a double negative defends the group.
        if (LESS(doc, k - 1) || deservesBad(ctx, k)) break;
        pushTokens(
          ctx,
          "hate",
          i,
          k + 1,
          0.7,
          "negated positive: an identity group denied worth, welcome, trust or equality",
          true,
        );
        break;
      } else if (
        !(cls[k] & (C.COPULA | C.MODAL | C.FILLER | C.ARTICLE | C.QUANT)) &&
        !tokenIs(doc, k, "can") &&
        !tokenIs(doc, k, "be") &&
        // "X do not deserve …" as "X don't deserve …".
        !DO_AUX(doc, k) &&
        !(negator >= 0 && VALUE_GAP(doc, k)) &&
        // "have never done anything useful" (not "don't want anything but respect").
        !(negator >= 0 && tokenIs(doc, k, "done") && tokenIs(doc, k + 1, "anything")) &&
        !(negator >= 0 && tokenIs(doc, k, "anything") && tokenIs(doc, k - 1, "done")) &&
        // "never going to be …" (not "not going to the party").
        !(
          negator >= 0 &&
          tokenIs(doc, k, "to") &&
          tokenIs(doc, k - 1, "going") &&
          tokenIs(doc, k + 1, "be")
        ) &&
        // "don't have any value"
        !(
          negator >= 0 &&
          (tokenIs(doc, k, "have") || tokenIs(doc, k, "has")) &&
          tokenIs(doc, k + 1, "any")
        )
      )
        break;
    }
    // "I don't think women deserve any respect", "… X are capable of love": the negator sits
    // before the group.
    const v = cls[j] & C.COPULA ? j + 1 : j;
    if (
      i >= 2 &&
      v < doc.count &&
      VALUE_WORDS(doc, v) &&
      !deservesBad(ctx, v) &&
      (tokenIs(doc, i - 1, "think") || tokenIs(doc, i - 1, "believe"))
    ) {
      if (cls[i - 2] & C.NEGATOR)
        pushTokens(
          ctx,
          "hate",
          i - 2,
          v + 1,
          0.65,
          "negated positive: an identity group said not to deserve respect or rights",
          true,
        );
    }
  }
  for (let k = 0; k + 1 < doc.count; k++) if (cls[k] & C.NEGATOR) denialAt(ctx, k, false);
  for (let i = 0; i + 3 < doc.count; i++) if (isIdentity(ctx, i)) selfViewDenied(ctx, i);

  for (let i = 1; i < doc.count; i++) {
    if (!isIdentity(ctx, i)) continue;
    // "No X …", "None of the X …", "Not a single (one of the) X …", "Not one of those X …".
    const none =
      i >= 3 && cls[i - 1] & C.ARTICLE && tokenIs(doc, i - 2, "of") && tokenIs(doc, i - 3, "none");
    const notOne = notASingle(ctx, i);
    neverMet(ctx, i);
    // "There's not one decent X (in the world)", "there is no honest X": a quality denied to every
    // member, said as existence (not "no good X would support terrorism", which defends them).
    if (i >= 2 && QUALITY_WORDS(doc, i - 1)) {
      const n = tokenIs(doc, i - 2, "no")
        ? i - 2
        : ONE_OF(doc, i - 2) && i >= 3 && tokenIs(doc, i - 3, "not")
          ? i - 3
          : // "There is no such thing as a good X".
            i >= 6 &&
              ONE_OF(doc, i - 2) &&
              tokenIs(doc, i - 3, "as") &&
              tokenIs(doc, i - 4, "thing") &&
              tokenIs(doc, i - 5, "such") &&
              tokenIs(doc, i - 6, "no")
            ? i - 6
            : -1;
      const e = groupEnd(ctx, i);
      const existential =
        n >= 1 &&
        (THERE(doc, n - 1) || (n >= 2 && THERE(doc, n - 2))) &&
        (e >= doc.count || doc.sentence[e] !== doc.sentence[i] || EXIST_TAIL(doc, e));
      if (existential) pushTokens(ctx, "hate", n, i + 1, 0.65, NO_MEMBER_GRANTED, true);
    }
    // "I can't think of a single good thing about X", "you'll never find a X with a brain".
    goodThingDenied(ctx, i);
    if (!tokenIs(doc, i - 1, "no") && !none && notOne < 0) continue;
    noneWithQuality(ctx, i, none ? i - 3 : notOne >= 0 ? notOne : i - 1);
  }
  // "… and none of them are decent": "them" for a group just named.
  for (let i = 2; i < doc.count; i++) {
    if (
      cls[i] & C.THEY &&
      tokenIs(doc, i - 1, "of") &&
      tokenIs(doc, i - 2, "none") &&
      lastMention(ctx, i - 2) === "identity"
    )
      noneWithQuality(ctx, i, i - 2);
  }
}

const LET = createWordSet("let allow allowed");
const BEFORE = createWordSet("before");
/** What the writer would rather do: "move house", "quit", "sell up", "die" (not "check references"). */
const COST = createWordSet("move moving sell quit leave die rather emigrate resign");

function costBefore(ctx: TRuleContext, b: number): boolean {
  return scanBefore(ctx, b, 5, (k) => (COST(ctx.doc, k) ? true : undefined)) !== null;
}
const LIVE_NEAR = createWordSet("live move marry date touch near into in teach treat babysit");

/**
 * "I'd move house before I let a X live next door", "I would quit before I allowed a X to teach
 * my kids": the writer would pay any price rather than have a member of the group near.
 */
export function refusedAtAnyCost(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let b = BEFORE.next(doc, 1); b >= 0 && b + 3 < doc.count; b = BEFORE.next(doc, b + 1)) {
    if (!(cls[b + 1] & C.SELF) || !LET(doc, b + 2)) continue;
    if (!writerBefore(ctx, b, 6) || !costBefore(ctx, b)) continue;
    const i = ONE_OF(doc, b + 3) || cls[b + 3] & C.ARTICLE ? b + 4 : b + 3;
    if (i >= doc.count || !isIdentity(ctx, i)) continue;
    const e = groupEnd(ctx, i);
    const v = tokenIs(doc, e, "to") ? e + 1 : e;
    if (LIVE_NEAR(doc, v))
      pushTokens(ctx, "hate", b, v + 1, 0.65, "refusal of an identity group at any cost");
  }
}

const DOES = createWordSet("does do did");
const ANYONE_ASKED = createWordSet("anyone anybody");
/** "Why should we tolerate X?", "who would ever want to hire X?" (a rule of its own: no negator needed). */
export function contemptQuestions(ctx: TRuleContext): void {
  const { doc } = ctx;
  for (let k = 1; k + 1 < doc.count; k++) {
    if (ctx.cls[k] & C.MODAL) {
      if (rhetoricalDenial(ctx, k)) denialAt(ctx, k, true);
    } else if (isIdentity(ctx, k)) {
      if (DOES(doc, k - 1)) neverStop(ctx, k);
    } else if (DOES(doc, k) && tokenIs(doc, k - 1, "why") && ANYONE_ASKED(doc, k + 1))
      // "Why does anyone trust X?": asked of anyone at all, so that the answer is no one should.
      denialAt(ctx, k, true);
  }
}

/** "X are nothing to be proud of", "X are nothing to admire" (no negator needed). */
export function groupCalledNothing(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let i = 0; i < doc.count; i++) {
    if (!isIdentity(ctx, i)) continue;
    const j = groupEnd(ctx, i);
    if (
      j + 1 < doc.count &&
      cls[j] & C.COPULA &&
      tokenIs(doc, j + 1, "nothing") &&
      nothingToPrize(ctx, j + 1)
    )
      pushTokens(
        ctx,
        "hate",
        i,
        j + 3,
        0.65,
        "negated positive: an identity group called nothing to value",
        true,
      );
  }
}

/**
 * Hatred or a trait given to a group named just before by a pronoun or a non-restrictive clause:
 * "So many Somalis here. I despise them", "full of Gypsies, who are all vile".
 */
export function referredHatred(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  // One scan finds where a frame below can start.
  for (let i = REFERRED.next(doc, 1, cls, REFERRED_CLASSES); i >= 0;) {
    referredAt(ctx, i);
    i = REFERRED.next(doc, i + 1, cls, REFERRED_CLASSES);
  }
}

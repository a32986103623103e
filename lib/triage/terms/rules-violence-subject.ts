// Targets named before the violence: the subject of a modal ("X should be shot") and its harm,
// rules for whoever fits ("any X who …"), the writer's pick, and conditions ("if I see any X …").

import { tokenIs, type TDoc } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import { sentenceStart, writerBefore, type TRuleContext } from "./match";
import { isIdentity } from "./rules-hate";
import { type TTarget } from "./rules-violence-target";

const RELATIVE = createWordSet("who that");
/** "any X who …", "every X that …", "the next X who …": a rule for whoever fits, not a report of one. */
const ANY_ONE = createWordSet("any every each next");

/**
 * "Any X who comes near me gets shot", "every X that shows up here is getting beaten": the group
 * named with "any/every/next" and a relative clause before the get-passive, within the sentence.
 */
export function ruleTarget(ctx: TRuleContext, i: number): TTarget {
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
export function placedSubject(ctx: TRuleContext, m: number): TTarget {
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

export const ENCOUNTER = createWordSet("find see meet catch spot encounter");

/**
 * "Every X I find will be beaten", "the next X we see is going to get shot": a quantified group,
 * then the writer coming upon them (a relative clause without "who"), right before the modal at m.
 */
export function writersPick(ctx: TRuleContext, m: number): TTarget {
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

/** "have been" at k: the perfect ("X have been killed" reports; "should have been shot" wishes in the past). */
export function perfectAt(doc: TDoc, k: number): boolean {
  return tokenIs(doc, k, "have") && tokenIs(doc, k + 1, "been");
}

/** The violence (or deserved beating) within four words after the modal at m: "be shot", "to hang", "a good beating"; -1 if none. */
export function harmAfterModal(ctx: TRuleContext, m: number): number {
  const { doc, cls } = ctx;
  let limit = m + 4;
  for (let k = m + 1; k < doc.count && k <= limit && doc.sentence[k] === doc.sentence[m]; k++) {
    // "want to hang out with …": spending time, not an execution.
    if (tokenIs(doc, k, "hang") && HANG_PARTICLES(doc, k + 1)) return -1;
    if (cls[k] & C.VIOLENT_PART || (BEATING(doc, k) && DESERVE(doc, m))) return k;
    // "should be lined up and shot", "rounded up and hanged", "taken out back and shot".
    if (LINED_UP(doc, k) && (tokenIs(doc, k + 1, "up") || tokenIs(doc, k + 1, "out"))) {
      let a = k + 2;
      if (tokenIs(doc, a, "back")) a++;
      if (tokenIs(doc, a, "and") && cls[a + 1] & C.VIOLENT_PART) return a + 1;
      limit = k;
    }
    // "should have been shot": the wish, set in the past.
    const perfect = k === m + 1 && perfectAt(doc, k);
    if (
      !(cls[k] & (C.COPULA | C.QUANT | C.FILLER)) &&
      !tokenIs(doc, k, "to") &&
      !GOOD(doc, k) &&
      !perfect
    )
      return -1;
  }
  return -1;
}
const LINED_UP = createWordSet("lined rounded taken dragged marched");
/** "hang out / around / on with …". */
export const HANG_PARTICLES = createWordSet("out around about on with up in");

/** A condition that names who the violence is for: "if I see any X near my house …", "when X show up …". */
const CONDITION = createWordSet("if when whenever once");
/** What may follow a violent verb that has no object: "I will shoot on sight / first / without asking". */
const NO_OBJECT = createWordSet("on first without immediately instantly straight right away");

/**
 * "If I see any X near my house I will shoot": the writer's violent verb has no object, and the
 * sentence opens with a condition naming an identity group, which is then the target.
 */
export function conditionTarget(ctx: TRuleContext, i: number): TTarget {
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

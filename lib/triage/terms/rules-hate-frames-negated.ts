// The parts of negated positives ("X are not welcome", "no X is decent", "never met a X who was
// honest"): what is denied, the guards, the sub-frames; negatedPositive is in rules-hate-frames.ts.

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { bareDenialAt, challengeAt } from "./counter-frames";
import { C } from "./lexicon";
import { pushTokens, type TRuleContext } from "./match";
import { isIdentity } from "./rules-hate";
import { GOOD } from "./rules-implicit";

export const NO_MEMBER_GRANTED =
  "negated positive: no member of an identity group granted a quality";

/** What a group is denied in a negated positive: worth, welcome, trust, equality, respect, rights. */
export const VALUE_WORDS = createWordSet(
  "worth worthy welcome welcomed trusted trust trustworthy equal equals respect respected deserve deserves belong belongs wanted capable intelligent smart honest decent civilised civilized good fit able qualified matter matters contribute contributed contributes contributing valuable useful value normal",
);
/** Between a group's negator and the value it denies: "are not even remotely intelligent", "never going to be as good as". */
export const VALUE_GAP = createWordSet(
  "even remotely ever particularly very truly really at as any have has going gonna",
);
/** "No Muslim can ever be a good leader": a group denied a quality by "no" before it. */
export const QUALITY_WORDS = createWordSet(
  "good worthy worth welcome trusted trustworthy equal capable intelligent smart honest decent civilised civilized happy happiness respect rights love live life kindness dignity freedom worthwhile useful",
);
export const EQUAL = createWordSet("equal equals");
export const DESERVE = createWordSet("deserve deserves");
const ANY = createWordSet("any anything");
export const ANY_MUCH = createWordSet("anything much");
/** What a group may be said not to deserve without hate: "don't deserve to die / to be treated like dirt". */
const BAD_OBJECT = C.VIOLENT | C.VIOLENT_PART | C.DEHUMAN | C.INSULT | C.TRAIT;
const BAD_OBJECT_WORDS = createWordSet(
  "die death suffer suffering dirt hell pain harm abuse hate hatred punishment treated mistreated attacked this that",
);
export const LESS = createWordSet("less fewer");

export const POSSESSIVES = createWordSet("his her their my our your its");
/** A possessive before a word makes it someone's: "Clark's", "his". */
export function owned(ctx: TRuleContext, k: number): boolean {
  const { doc } = ctx;
  return doc.tokBaseEnd[k] !== doc.tokEnd[k] || POSSESSIVES(doc, k);
}

/** "treated like people", "treated as human beings": treatment that is no harm to deny… */
const HUMANS = createWordSet("people humans human persons equals beings adults citizens");

/** Is what follows "deserve" at k something bad (so denying it defends the group)? */
export function deservesBad(ctx: TRuleContext, k: number): boolean {
  const { doc } = ctx;
  if (!DESERVE(doc, k)) return false;
  for (let p = k + 1; p < doc.count && p <= k + 5 && doc.sentence[p] === doc.sentence[k]; p++) {
    // … so "X don't deserve to be treated like people" denies them humanity.
    if (tokenIs(doc, p, "treated") && (tokenIs(doc, p + 1, "like") || tokenIs(doc, p + 1, "as"))) {
      const q = ctx.cls[p + 2] & C.ARTICLE ? p + 3 : p + 2;
      if (HUMANS(doc, q)) return false;
    }
    if (ctx.cls[p] & BAD_OBJECT || BAD_OBJECT_WORDS(doc, p)) return true;
  }
  return false;
}

/** "never be equal to us" denies equality; "not equal in pay" reports inequality. */
export function equalToSomeone(ctx: TRuleContext, k: number): boolean {
  return (
    k + 1 >= ctx.doc.count ||
    ctx.doc.sentence[k + 1] !== ctx.doc.sentence[k] ||
    tokenIs(ctx.doc, k + 1, "to")
  );
}

export function groupEnd(ctx: TRuleContext, i: number): number {
  let j = i + 1;
  while (
    j < ctx.doc.count &&
    j <= i + 2 &&
    (ctx.cls[j] & (C.PEOPLE | C.IDENT) || tokenIs(ctx.doc, j, "lives")) &&
    ctx.doc.sentence[j] === ctx.doc.sentence[i]
  )
    j++;
  return j;
}

/** The next identity mention within `limit` words after k in the same sentence, or -1. */
export function identityAfter(ctx: TRuleContext, k: number, limit: number): number {
  for (
    let g = k + 1;
    g < ctx.doc.count && g <= k + limit && ctx.doc.sentence[g] === ctx.doc.sentence[k];
    g++
  ) {
    if (isIdentity(ctx, g)) return g;
    if (!(ctx.cls[g] & (C.ARTICLE | C.QUANT | C.FILLER))) return -1;
  }
  return -1;
}

const BELIEVE = createWordSet("think thinks believe believes");

/** "X think they're equal to us. They are not.": what a group thinks of itself, flatly denied. */
export function selfViewDenied(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  const t = groupEnd(ctx, i);
  if (!BELIEVE(doc, t) || !(cls[t + 1] & C.THEY)) return;
  const s = doc.sentence[i];
  let k = t + 2;
  while (k < doc.count && doc.sentence[k] === s && k <= t + 4 && !VALUE_WORDS(doc, k)) k++;
  if (k >= doc.count || doc.sentence[k] !== s || !VALUE_WORDS(doc, k)) return;
  let next = k + 1;
  while (next < doc.count && doc.sentence[next] === s) next++;
  if (next >= doc.count || !bareDenialAt(ctx, next)) return;
  let end = next;
  while (end < doc.count && doc.sentence[end] === doc.sentence[next]) end++;
  pushTokens(
    ctx,
    "hate",
    i,
    end,
    0.65,
    "negated positive: a group's view of its own worth denied",
    true,
  );
}

const BRAIN = createWordSet("brain heart conscience soul");
export const THERE = createWordSet("there there's theres");
export const EXIST_TAIL = createWordSet("in anywhere alive left out");

/** "I can't think of a single good thing about X" and "you'll never find a X with a brain", at the group i. */
export function goodThingDenied(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  const s = doc.sentence[i];
  let negated = -1;
  for (let b = i - 1; b >= 0 && b >= i - 9 && doc.sentence[b] === s; b--)
    if (cls[b] & C.NEGATOR) {
      negated = b;
      break;
    }
  if (negated < 0) return;
  const about =
    tokenIs(doc, i - 1, "about") &&
    (tokenIs(doc, i - 2, "thing") || tokenIs(doc, i - 2, "things")) &&
    GOOD(doc, i - 3);
  const e = groupEnd(ctx, i);
  const brainless =
    ONE_OF(doc, i - 1) &&
    tokenIs(doc, i - 2, "find") &&
    tokenIs(doc, e, "with") &&
    (cls[e + 1] & C.ARTICLE ? BRAIN(doc, e + 2) : BRAIN(doc, e + 1));
  if (about)
    pushTokens(
      ctx,
      "hate",
      negated,
      i + 1,
      0.65,
      "negated positive: nothing good in an identity group",
      true,
    );
  else if (brainless)
    pushTokens(
      ctx,
      "hate",
      negated,
      e + 3,
      0.65,
      "dehumanising: an identity group denied a mind",
      true,
    );
}

const MET = createWordSet("met known seen found");
export const ONE_OF = createWordSet("a an one any");

/**
 * "I have never met a X who was honest", "I've never known one X that is decent": every member
 * denied a quality by the writer's experience (not "… who wasn't kind", which praises them all).
 */
export function neverMet(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  if (i < 3 || !ONE_OF(doc, i - 1) || !MET(doc, i - 2)) return;
  let n = i - 3;
  if (n > 0 && tokenIs(doc, n, "ever")) n--;
  if (!(cls[n] & C.NEGATOR) || doc.sentence[n] !== doc.sentence[i]) return;
  const r = groupEnd(ctx, i);
  if (!tokenIs(doc, r, "who") && !tokenIs(doc, r, "that")) return;
  if (!(cls[r + 1] & C.COPULA) || cls[r + 2] & C.NEGATOR) return;
  const q = VALUE_GAP(doc, r + 2) ? r + 3 : r + 2;
  if (q < doc.count && (VALUE_WORDS(doc, q) || QUALITY_WORDS(doc, q)))
    pushTokens(ctx, "hate", n, q + 1, 0.65, NO_MEMBER_GRANTED, true);
}

const PREPOSITIONS = createWordSet("for of to with about from among");

/** Is the group at i (past its determiners) the object of a preposition ("life for refugees")? */
export function objectOfPreposition(ctx: TRuleContext, i: number): boolean {
  let b = i - 1;
  while (b >= 0 && ctx.cls[b] & (C.ARTICLE | C.QUANT)) b--;
  return b >= 0 && PREPOSITIONS(ctx.doc, b) && ctx.doc.sentence[b] === ctx.doc.sentence[i];
}

/** "Who decided X …?", "who says that X …?": the clause about the group at i is questioned, not asserted. */
export function challenged(ctx: TRuleContext, i: number): boolean {
  const c = tokenIs(ctx.doc, i - 1, "that") ? i - 2 : i - 1;
  return c >= 1 && challengeAt(ctx, c);
}

/** Where "not a single (one of the) X" / "not one of those X" starts before the group at i, or -1. */
export function notASingle(ctx: TRuleContext, i: number): number {
  const { doc, cls } = ctx;
  let b = i - 1;
  if (b >= 0 && cls[b] & (C.ARTICLE | C.THEY)) b--;
  if (b >= 1 && tokenIs(doc, b, "of") && tokenIs(doc, b - 1, "one")) b -= 2;
  else if (b >= 0 && tokenIs(doc, b, "single")) b -= 1;
  else return -1;
  if (b >= 0 && tokenIs(doc, b, "single")) b--;
  if (b >= 0 && tokenIs(doc, b, "a")) b--;
  return b >= 0 && tokenIs(doc, b, "not") && b < i - 1 ? b : -1;
}

/** A group denied a quality after "no X" / "none of X" starting at `from`. */
export function noneWithQuality(ctx: TRuleContext, i: number, from: number): void {
  const { doc } = ctx;
  for (
    let k = groupEnd(ctx, i);
    k < doc.count && k < i + 8 && doc.sentence[k] === doc.sentence[i];
    k++
  ) {
    // "No X is worth less than anyone" defends the group; "none of them deserve any" denies.
    const deserveNone = DESERVE(doc, k) && ANY(doc, k + 1) && !deservesBad(ctx, k);
    if ((QUALITY_WORDS(doc, k) && !LESS(doc, k + 1)) || deserveNone) {
      pushTokens(ctx, "hate", from, k + 1, 0.65, NO_MEMBER_GRANTED, true);
      return;
    }
  }
}

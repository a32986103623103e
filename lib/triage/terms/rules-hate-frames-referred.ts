// Hatred or an insult aimed at a group named just before ("I despise them", "Vile creatures.",
// "every one of them was a thief"); the scan for where they start is in rules-hate-frames.ts.

import { originalLetters, tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import { pushTokens, type TRuleContext } from "./match";
import { isIdentity, lastMention } from "./rules-hate";

export const PREDICATE = C.TRAIT | C.INSULT | C.DEHUMAN;
const FRAGMENT = PREDICATE | C.CONDEMN | C.FILLER | C.QUANT;
const MASS = createWordSet("scum filth vermin trash garbage rubbish");

/** Is token k, as written (not as spelling repair read it), a plural ("Muslims", "women")? */
function pluralWord(ctx: TRuleContext, k: number): boolean {
  return /(s|men)$/i.test(originalLetters(ctx.doc, k));
}

/**
 * "I sat next to some X on the train. Disgusting creatures.": a sentence of at most three words,
 * ending in a word for vermin or an insult, right after a sentence that names an identity group.
 */
function fragmentInsult(ctx: TRuleContext, a: number): void {
  const { doc, cls } = ctx;
  let b = a;
  while (b < doc.count && doc.sentence[b] === doc.sentence[a]) b++;
  if (b - a > 3 || !(cls[b - 1] & (C.DEHUMAN | C.INSULT))) return;
  // Said of many ("creatures", "scum"), not to one reader ("Idiot.").
  if (!pluralWord(ctx, b - 1) && !MASS(doc, b - 1)) return;
  for (let k = a; k < b - 1; k++) if (!(cls[k] & FRAGMENT)) return;
  // The group in the sentence just before (not one named further back), named as many: "Muslims",
  // "black people" (not a state or a language: "Pakistan", "Chinese").
  for (let k = a - 1; k >= 0 && doc.sentence[k] === doc.sentence[a - 1]; k--)
    if (isIdentity(ctx, k) && (cls[k + 1] & C.PEOPLE || pluralWord(ctx, k))) {
      pushTokens(
        ctx,
        "hate",
        a,
        b,
        0.65,
        "an insult aimed at the identity group named just before",
      );
      return;
    }
}

const ANY_ONE_WORDS = "every each";
const ANY_ONE = createWordSet(ANY_ONE_WORDS);
export const REFERRED = createWordSet(`${ANY_ONE_WORDS} who`);
export const REFERRED_CLASSES = FRAGMENT | C.THEY;

/** The frames of referredHatred that can start at token i. */
export function referredAt(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  if (doc.sentence[i] !== doc.sentence[i - 1] && cls[i] & FRAGMENT) fragmentInsult(ctx, i);
  if (doc.sentence[i] !== doc.sentence[i - 1] && cls[i] & PREDICATE) likeAllOfThem(ctx, i);
  // "I went to school with X; every single one was a thief."
  if (ANY_ONE(doc, i)) everyOneOfThem(ctx, i);
  if (
    cls[i] & C.THEY &&
    cls[i - 1] & C.HATE_VERB &&
    // "the hate they get" is a noun: what is done to them.
    !(i >= 2 && cls[i - 2] & C.ARTICLE) &&
    doc.sentence[i] === doc.sentence[i - 1] &&
    lastMention(ctx, i - 1) === "identity"
  ) {
    pushTokens(
      ctx,
      "hate",
      i - 1,
      i + 1,
      0.6,
      "declared hatred of an identity group named just before",
    );
  }
  // The group may end in its word for people: "full of disabled people, who are all vile".
  const g = i >= 2 && cls[i - 1] & C.PEOPLE && isIdentity(ctx, i - 2) ? i - 2 : i - 1;
  if (
    !tokenIs(doc, i, "who") ||
    !isIdentity(ctx, g) ||
    i + 1 >= doc.count ||
    !(cls[i + 1] & C.COPULA)
  )
    return;
  if (!doc.norm.slice(doc.tokEnd[i - 1], doc.tokStart[i]).includes(",")) return;
  for (let k = i + 2; k < doc.count && k < i + 5 && doc.sentence[k] === doc.sentence[i]; k++) {
    if (cls[k] & PREDICATE) {
      pushTokens(
        ctx,
        "hate",
        g,
        k + 1,
        0.7,
        "generalisation: a negative trait given to a whole identity group",
      );
      break;
    }
    if (!(cls[k] & (C.FILLER | C.QUANT | C.ARTICLE))) break;
  }
}

/** "every (single) one (of them) was a thief" after a group was named: the trait given to all. */
function everyOneOfThem(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  let k = tokenIs(doc, i + 1, "single") ? i + 2 : i + 1;
  if (!tokenIs(doc, k, "one")) return;
  k++;
  if (tokenIs(doc, k, "of") && cls[k + 1] & C.THEY) k += 2;
  if (!(cls[k] & C.COPULA) || lastMention(ctx, i) !== "identity") return;
  for (let q = k + 1; q < doc.count && q <= k + 3 && doc.sentence[q] === doc.sentence[i]; q++) {
    if (cls[q] & PREDICATE) {
      pushTokens(
        ctx,
        "hate",
        i,
        q + 1,
        0.65,
        "a negative trait given to every member of the identity group named before",
      );
      return;
    }
    if (!(cls[q] & (C.FILLER | C.ARTICLE))) return;
  }
}

/** "I was served by a X today. Useless, like all of them.": a verdict on one, extended to the group. */
function likeAllOfThem(ctx: TRuleContext, a: number): void {
  const { doc, cls } = ctx;
  let k = a;
  while (k < doc.count && k < a + 2 && cls[k] & PREDICATE) k++;
  if (!tokenIs(doc, k, "like")) return;
  const rest =
    tokenIs(doc, k + 1, "all") || (tokenIs(doc, k + 1, "the") && tokenIs(doc, k + 2, "rest"));
  const of = tokenIs(doc, k + 1, "all") ? k + 2 : k + 3;
  if (!rest || !tokenIs(doc, of, "of") || !(cls[of + 1] & C.THEY)) return;
  if (lastMention(ctx, a) === "identity")
    pushTokens(ctx, "hate", a, of + 2, 0.65, "an insult given to the identity group named before");
}

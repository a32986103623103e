// Traits given to a whole identity group as a generalisation: presupposed in a question ("Why are
// X so …?"), quantified ("all X are …", "every X I've met was …") or said of "they" after the group.

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import { pushTokens, sentenceStart, type TRuleContext } from "./match";
import {
  ACT,
  afterGroupNoun,
  isIdentity,
  isLike,
  lastMention,
  PREDICATE,
  predicateAfter,
  targetWeight,
} from "./rules-hate";

/** "He is a total loser" speaks of one person, whatever group was named before. */
export const SINGULAR = createWordSet("he she him her");

/**
 * "Why are Muslims so violent?" — a question that presupposes the trait — and "… that they are all
 * terrorists" after an identity was named.
 */
export function presupposedTraits(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let i = 1; i < doc.count; i++) {
    if (isIdentity(ctx, i) && cls[i - 1] & C.COPULA && doc.sentence[i - 1] === doc.sentence[i]) {
      const j = afterGroupNoun(ctx, i);
      const k = j < doc.count ? predicateAfter(ctx, j, 3, PREDICATE) : -1;
      if (k > 0 && doc.sentence[k] === doc.sentence[i]) {
        pushTokens(
          ctx,
          "hate",
          i - 1,
          k + 1,
          0.65 * targetWeight(ctx, i),
          "question or claim presupposing a negative trait of an identity group",
        );
      }
    } else if (
      cls[i] & C.THEY &&
      !SINGULAR(doc, i) &&
      i + 1 < doc.count &&
      // "they are …", "they're …", "they act like animals".
      (cls[i] & C.COPULA || cls[i + 1] & C.COPULA || (ACT(doc, i + 1) && isLike(ctx, i + 2))) &&
      lastMention(ctx, i) === "identity"
    ) {
      const k = predicateAfter(ctx, cls[i] & C.COPULA ? i + 1 : i + 2, 5, PREDICATE);
      if (k > 0)
        pushTokens(
          ctx,
          "hate",
          i,
          k + 1,
          0.7,
          "generalisation: a negative trait given to an identity group named just before",
        );
    }
  }
}

/** "all Muslims are …", "every Jew is …": the quantified form, including after "not" (judged later). */
export function quantifiedGeneralisation(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let i = 0; i + 2 < doc.count; i++) {
    if (!(cls[i] & C.QUANT)) continue;
    let g = i + 1;
    if (cls[g] & C.ARTICLE) g++;
    if (g >= doc.count || !isIdentity(ctx, g)) continue;
    let j = afterGroupNoun(ctx, g);
    // "Every X I've (ever) met was a thief": the writer's encounters, then the verdict.
    j = pastEncounters(ctx, j);
    if (j >= doc.count || !(cls[j] & C.COPULA)) continue;
    const k = predicateAfter(ctx, j + 1, 5, PREDICATE);
    if (k > 0)
      pushTokens(
        ctx,
        "hate",
        i,
        k + 1,
        0.8 * targetWeight(ctx, g),
        "generalisation: a negative trait given to every member of an identity group",
      );
  }
}

const MET_VERBS = createWordSet("met known seen dealt worked");

/** Past "I've (ever) met", "I have known", "we've dealt with" at j: the index after it, else j. */
function pastEncounters(ctx: TRuleContext, j: number): number {
  const { doc, cls } = ctx;
  if (!(cls[j] & C.SELF)) return j;
  let k = j + 1;
  if (tokenIs(doc, k, "have") || tokenIs(doc, k, "ve")) k++;
  if (tokenIs(doc, k, "ever")) k++;
  if (!MET_VERBS(doc, k)) return j;
  return tokenIs(doc, k + 1, "with") ? k + 2 : k + 1;
}

/**
 * "Never trust a Jew. They're trained to lie": a pronoun sentence full of negative traits right after
 * an identity was named is about that identity.
 */
export function pronounGeneralisation(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let i = 0; i < doc.count; i++) {
    if (!(cls[i] & C.THEY) || i - sentenceStart(ctx, i) > 2) continue;
    const referent = lastMention(ctx, i);
    if (referent !== "identity") continue;
    let traits = 0;
    let last = -1;
    for (let k = i + 1; k < doc.count && doc.sentence[k] === doc.sentence[i]; k++) {
      // Another group named mid-sentence takes over as the subject ("victims of evil terrorists").
      if (cls[k] & (C.IDENT | C.GROUP | C.COMBATANT)) break;
      if (k === i + 9 && traits === 0) break;
      if (
        cls[k] & (C.TRAIT | C.DEHUMAN) &&
        !(k + 1 < doc.count && cls[k + 1] & (C.COMBATANT | C.GROUP | C.IDENT))
      ) {
        traits++;
        last = k;
      }
    }
    if (traits > 0) {
      pushTokens(
        ctx,
        "hate",
        i,
        last + 1,
        Math.min(0.8, 0.45 + 0.12 * (traits - 1)),
        "generalisation: negative traits given to an identity group named just before",
      );
    }
  }
}

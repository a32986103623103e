// One piece of evidence found by a term or a rule, before context (negation, quotation,
// counter-speech) decides how much it counts.

import type { THarm } from "../types";
import type { TDoc } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";

export type TMatch = {
  harm: THarm;
  /** Tokens [from, to): the words negation, quotation and counter-speech are judged around. */
  from: number;
  to: number;
  /** Normalised-text range to highlight (usually the tokens' range; regexes may reach punctuation). */
  normFrom: number;
  normTo: number;
  weight: number;
  reason: string;
  /** Negators inside (from, to) were part of the pattern ("not human", "never trust"): skip them. */
  ownsNegation?: boolean;
};

export type TRuleContext = {
  doc: TDoc;
  cls: Uint32Array;
  blend: Uint8Array;
  /** OR of all tokens' classes: a rule whose words are absent is skipped. */
  all: number;
  anyBlend: boolean;
  out: TMatch[];
};

export function pushTokens(
  ctx: TRuleContext,
  harm: THarm,
  from: number,
  to: number,
  weight: number,
  reason: string,
  ownsNegation = false,
): void {
  ctx.out.push({
    harm,
    from,
    to,
    normFrom: ctx.doc.tokStart[from],
    normTo: ctx.doc.tokEnd[to - 1],
    weight,
    reason,
    ownsNegation,
  });
}

/** Index of the first token of token i's sentence. */
export function sentenceStart(ctx: TRuleContext, i: number): number {
  const s = ctx.doc.sentence[i];
  let k = i;
  while (k > 0 && ctx.doc.sentence[k - 1] === s) k--;
  return k;
}

/** Index after the last token of token i's sentence. */
export function sentenceEnd(ctx: TRuleContext, i: number): number {
  const s = ctx.doc.sentence[i];
  let k = i;
  while (k < ctx.doc.count && ctx.doc.sentence[k] === s) k++;
  return k;
}

/**
 * Scans the words after token k in its sentence, at most `limit` of them: `look(g)` returns what
 * it found there (the scan ends with it), `undefined` to read past the word, or `null` to give up.
 * The one loop behind "the group after a verb" in several rules (emotion, implicit, violence).
 */
export function scanAfter<T>(
  ctx: TRuleContext,
  k: number,
  limit: number,
  look: (g: number) => T | null | undefined,
): T | null {
  const { doc } = ctx;
  for (let g = k + 1; g < doc.count && g <= k + limit && doc.sentence[g] === doc.sentence[k]; g++) {
    const found = look(g);
    if (found !== undefined) return found;
  }
  return null;
}

/** The writer or the writers as an object: "X disgust me", "keep X away from us". */
export const ME_US = createWordSet("me us");

/** A condition or cause after a claim ("can't integrate without …", "… because nobody hires them"). */
export const CONDITION = createWordSet("without unless until if when because");

/** "I'll", "we'll": the writer and a modal in one word (the lexicon classes them as modals only). */
export const SELF_WILL = createWordSet("i'll we'll");

/**
 * Does the writer speak ("I", "we", "my", "I'll" …) within `limit` words before token k, in its
 * sentence? The subject test of the first-person frames (threats, plans, feelings).
 */
export function writerBefore(ctx: TRuleContext, k: number, limit = Infinity): boolean {
  const start = Math.max(sentenceStart(ctx, k), k - limit);
  for (let b = k - 1; b >= start; b--)
    if (ctx.cls[b] & C.SELF || SELF_WILL(ctx.doc, b)) return true;
  return false;
}

/** As scanAfter, reading the words before token k (nearest first), at most `limit` of them. */
export function scanBefore<T>(
  ctx: TRuleContext,
  k: number,
  limit: number,
  look: (g: number) => T | null | undefined,
): T | null {
  const { doc } = ctx;
  for (let g = k - 1; g >= 0 && g >= k - limit && doc.sentence[g] === doc.sentence[k]; g--) {
    const found = look(g);
    if (found !== undefined) return found;
  }
  return null;
}

/** Does token i's sentence end with a question mark ("No X allowed? That is discrimination.")? */
export function endsWithQuestion(ctx: TRuleContext, i: number): boolean {
  return questionSentence(ctx.doc, i);
}

/** Does token i's sentence end with a question mark? */
export function questionSentence(doc: TDoc, i: number): boolean {
  let last = i;
  while (last + 1 < doc.count && doc.sentence[last + 1] === doc.sentence[i]) last++;
  const next = doc.count > last + 1 ? doc.tokStart[last + 1] : doc.norm.length;
  return doc.norm.slice(doc.tokEnd[last], next).includes("?");
}

/** Does token k's clause go on (the next token is in its sentence with no punctuation between)? */
export function continues(ctx: TRuleContext, k: number): boolean {
  const { doc } = ctx;
  return (
    k + 1 < doc.count &&
    doc.sentence[k + 1] === doc.sentence[k] &&
    doc.tokStart[k + 1] === doc.tokEnd[k] + 1 &&
    doc.norm.charCodeAt(doc.tokEnd[k]) === 32
  );
}

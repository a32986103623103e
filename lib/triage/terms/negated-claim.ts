// Negated hate the rules found no wording for ("Trans people aren't mentally ill", "it's not true
// that X are …"): the sentence denies a claim about an identity group, so the learned model, which
// reads the claim's words and not the negation, is scaled down as for a negated match.

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { isNegatorAt } from "./context";
import { C } from "./lexicon";
import type { TRuleContext } from "./match";

/** Predicates worth denying: the rules' insult, trait and dehumanising words, and a few more. */
const BAD = C.INSULT | C.DEHUMAN | C.TRAIT | C.VIOLENT | C.INVASION | C.LACKEY;
const BAD_WORDS = createWordSet(
  "ill sick dangerous criminals criminal terrorists terrorist violent lazy stupid dumb evil inferior threat threats rapists thieves dirty disgusting diseased mentally illiterate backwards primitive savage savages animals vermin parasites subhuman less",
);
/** "I don't think", "no one should believe", "it's not true that": a denial frame before the group. */
const BELIEF = createWordSet("think believe say true accept agree buy claim pretend assume");
const SKIP = C.FILLER | C.QUANT;
/** "Not less intelligent", "no more dangerous": the comparative carries the predicate. */
const NOT_SKIPPED = createWordSet("no less more worse better");

/** The word after position k that carries the predicate, skipping fillers ("not all that …"). */
function predicateAfter(ctx: TRuleContext, k: number, end: number): number {
  let p = k + 1;
  while (p < end && ctx.cls[p] & SKIP && !NOT_SKIPPED(ctx.doc, p)) p++;
  return p < end ? p : -1;
}

/** A bad predicate at p, with no contrast after it ("… aren't a race, they are a disease"). */
function deniesBad(ctx: TRuleContext, p: number, end: number): boolean {
  if (p < 0 || !(ctx.cls[p] & BAD || BAD_WORDS(ctx.doc, p))) return false;
  for (let k = p + 1; k < end; k++)
    if (ctx.cls[k] & C.THEY || tokenIs(ctx.doc, k, "but")) return false;
  return true;
}

function sentenceEnd(ctx: TRuleContext, i: number): number {
  let b = i;
  while (b < ctx.doc.count && ctx.doc.sentence[b] === ctx.doc.sentence[i]) b++;
  return b;
}

/** "X are not …", "X aren't …", "X are never …" with a predicate that is not a good to deny. */
function negatedCopula(ctx: TRuleContext, i: number, end: number): boolean {
  for (let k = i + 1; k < end && k <= i + 3; k++) {
    if (tokenIs(ctx.doc, k, "but")) return false;
    if (!isNegatorAt(ctx, k)) continue;
    const copular = ctx.cls[k - 1] & C.COPULA || /n't$|nt$/.test(word(ctx, k));
    return !!copular && deniesBad(ctx, predicateAfter(ctx, k, end), end);
  }
  return false;
}

/** "I don't believe X are …", "it's not true that X are …", "no one should think X are …". */
function deniedBelief(ctx: TRuleContext, i: number, end: number): boolean {
  let frame = false;
  const start = Math.max(0, i - 6);
  for (let k = i - 1; k >= start && ctx.doc.sentence[k] === ctx.doc.sentence[i]; k--) {
    if (!BELIEF(ctx.doc, k)) continue;
    for (let n = k - 1; n >= start && n >= k - 3; n--) {
      if (isNegatorAt(ctx, n) || tokenIs(ctx.doc, n, "refuse")) frame = true;
    }
  }
  if (!frame) return false;
  for (let k = i + 1; k < end && k <= i + 3; k++)
    if (ctx.cls[k] & C.COPULA) return deniesBad(ctx, predicateAfter(ctx, k, end), end);
  return false;
}

function word(ctx: TRuleContext, i: number): string {
  return ctx.doc.norm.slice(ctx.doc.tokStart[i], ctx.doc.tokBaseEnd[i]);
}

/** Whether some sentence denies a claim about a named identity group. */
export function deniesClaim(ctx: TRuleContext): boolean {
  const { doc, cls } = ctx;
  for (let i = 0; i < doc.count; i++) {
    if (!(cls[i] & (C.IDENT | C.PROXY)) || cls[i] & (C.GROUP | C.MISSPELT)) continue;
    const end = sentenceEnd(ctx, i);
    if (negatedCopula(ctx, i, end) || deniedBelief(ctx, i, end)) return true;
  }
  return false;
}

// Violence wished, hoped for or daydreamed rather than called for: "I hope the X get killed", "it
// would be great if all X were wiped out", "a pity X weren't all drowned", "I dream of shooting …".

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import { scanAfter, sentenceStart, writerBefore, type TRuleContext } from "./match";
import { afterGroup, determinedGroup } from "./rules-implicit";
import { pushThreat, targetAfter } from "./rules-violence-target";

export const HOPE = createWordSet("hope hoping wish pray");
export const DREAM = createWordSet("fantasize fantasise fantasizing fantasising dream dreaming");
/** Violent verbs as gerunds: "I dream of shooting …", "fantasize about slitting the throats of …". */
const VIOLENT_GERUND = createWordSet(
  "killing shooting stabbing strangling hanging slitting torturing drowning gassing lynching murdering slaughtering butchering beheading choking bombing executing",
);

/** "I fantasize about slitting the throats of X", "we dream of shooting every X": the writer's violent daydream. */
export function dreamedHarm(ctx: TRuleContext, i: number): void {
  const { doc } = ctx;
  if (!writerBefore(ctx, i, 3)) return;
  const g = tokenIs(doc, i + 1, "about") || tokenIs(doc, i + 1, "of") ? i + 2 : -1;
  if (g < 0 || !VIOLENT_GERUND(doc, g)) return;
  const target = targetAfter(ctx, g, 7);
  if (target) pushThreat(ctx, target, i, target.at + 1);
}
/** Words that may stand between a hoped-for target and its harm: "the X all get killed", "X were dead". */
const HOPED_LINK = createWordSet("get gets will would could 'd all to just finally soon");

/**
 * "I hope the X get killed", "hope the cops all die", "I wish all X were dead": the writer (or a
 * bare "Hope …" opening the sentence) wishing violence on a target named right after.
 */
export function hopedHarm(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  if (i !== sentenceStart(ctx, i) && !writerBefore(ctx, i, 2)) return;
  const from = tokenIs(doc, i + 1, "that") ? i + 1 : i;
  // "I hope no X get killed": a negated wish is none.
  for (let k = from + 1; k <= from + 2 && k < doc.count; k++)
    if (cls[k] & C.NEGATOR || tokenIs(doc, k, "no")) return;
  const target = targetAfter(ctx, from, 4);
  if (!target) return;
  for (let k = target.at + 1; k < doc.count && k <= target.at + 4; k++) {
    if (doc.sentence[k] !== doc.sentence[i] || cls[k] & C.NEGATOR) return;
    if (cls[k] & C.VIOLENT_PART) return pushThreat(ctx, target, i, k + 1);
    if (!(cls[k] & (C.COPULA | C.QUANT)) && !HOPED_LINK(doc, k)) return;
  }
}

const GLAD = createWordSet("great good nice better best wonderful awesome fantastic");

/** "It would be great if all X were wiped out", "it'd be nice if every X got shot": violence wished for. */
export function wishedIf(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  let glad = false;
  for (let b = i - 1; b >= sentenceStart(ctx, i) && b >= i - 3; b--) if (GLAD(doc, b)) glad = true;
  if (!glad) return;
  const found = groupThenVerb(ctx, i);
  if (!found) return;
  const { g, v } = found;
  if (!(cls[v] & C.COPULA) && !GET_GOT(doc, v) && !tokenIs(doc, v, "all")) return;
  const k = violenceWithin(ctx, v, 3);
  // "… if refugees got shot at less" wishes them safer.
  if (k > 0 && !tokenIs(doc, k + 1, "at") && !tokenIs(doc, k + 1, "less"))
    pushThreat(ctx, { kind: "identity", at: g }, i, k + 1);
}

const WERE_NOT = createWordSet("weren't werent wasn't wasnt didn't didnt");

/** "It's a pity X weren't all drowned", "shame they didn't all die": regret that a group was spared. */
export function spared(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  const found = groupThenVerb(ctx, tokenIs(doc, i + 1, "that") ? i + 1 : i);
  if (!found) return;
  const { g, v } = found;
  if (!WERE_NOT(doc, v) && !(cls[v] & C.COPULA && tokenIs(doc, v + 1, "not"))) return;
  const k = violenceWithin(ctx, v, 4);
  if (k > 0) pushThreat(ctx, { kind: "identity", at: g }, i, k + 1, true);
}

/** The identity group right after token w (past its determiners) and the word after it and its word for people. */
function groupThenVerb(ctx: TRuleContext, w: number): { g: number; v: number } | null {
  const g = determinedGroup(ctx, w);
  return g < 0 ? null : { g, v: afterGroup(ctx, g) };
}

/** A word for violence done ("killed", "wiped", "drowned") within `limit` words after token v, or -1. */
function violenceWithin(ctx: TRuleContext, v: number, limit: number): number {
  return scanAfter(ctx, v, limit, (k) => (ctx.cls[k] & C.VIOLENT_PART ? k : undefined)) ?? -1;
}

export const GET_GOT = createWordSet("get got getting");

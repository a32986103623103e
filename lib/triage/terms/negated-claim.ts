// Negated hate the rules found no wording for ("Trans people aren't mentally ill", "it's not true
// that X are …"): the sentence denies a claim about an identity group, so the learned model, which
// reads the claim's words and not the negation, is scaled down as for a negated match.

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { isNegatedSubject, isNegatorAt } from "./context";
import { HATRED_VERBS } from "./rules-emotion";
import { C } from "./lexicon";
import { sentenceStart, type TRuleContext } from "./match";
import { condemnedAct, isCondemnAt, isReportAt } from "./counter-frames";
import { defendsGroupAt } from "./counter-protective";

/** Predicates worth denying: the rules' insult, trait and dehumanising words, and a few more. */
const BAD = C.INSULT | C.DEHUMAN | C.TRAIT | C.VIOLENT | C.VIOLENT_PART | C.INVASION | C.LACKEY;
const BAD_WORDS = createWordSet(
  "ill sick dangerous criminals criminal terrorists terrorist violent lazy stupid dumb evil inferior threat threats rapists thieves dirty disgusting diseased mentally illiterate backwards primitive savage savages animals vermin parasites subhuman less problem worse enemy enemies deported deport banned expelled removed excluded locked jailed imprisoned attacked harmed hurt treated persecuted blamed feared hated mistreated abused insulted mocked harassed targeted bullied ruining destroying wrecking invading stealing replacing poisoning",
);
/** "I don't think", "no one should believe", "it's not true that": a denial frame before the group. */
const BELIEF = createWordSet("think believe say true accept agree buy claim pretend assume");
const SKIP = C.FILLER | C.QUANT | C.COPULA;
/** "Not less intelligent", "no more dangerous": the comparative carries the predicate. */
const NOT_SKIPPED = createWordSet("no less more worse better");
/** "X don't deserve to be treated like dirt": the predicate comes after "deserve to be". */
const DESERVE_TO = createWordSet("deserve deserves to");

function isBad(ctx: TRuleContext, p: number): boolean {
  return (ctx.cls[p] & BAD) !== 0 || BAD_WORDS(ctx.doc, p);
}

/** The word after position k that carries the predicate, skipping fillers ("not all that …"). */
function predicateAfter(ctx: TRuleContext, k: number, end: number): number {
  let p = k + 1;
  while (
    p < end &&
    (ctx.cls[p] & SKIP || DESERVE_TO(ctx.doc, p)) &&
    !NOT_SKIPPED(ctx.doc, p) &&
    !isBad(ctx, p)
  )
    p++;
  return p < end ? p : -1;
}

const WHO_WHAT = createWordSet("who what how where");

/** A bad predicate at p, with no contrast after it ("… aren't a race, they are a disease"). */
function deniesBad(ctx: TRuleContext, p: number, end: number): boolean {
  if (p < 0 || !isBad(ctx, p)) return false;
  for (let k = p + 1; k < end; k++) {
    // "… for who they are" names the group again; it does not start a contrast.
    if (ctx.cls[k] & C.THEY && !WHO_WHAT(ctx.doc, k - 1)) return false;
    if (tokenIs(ctx.doc, k, "but")) return false;
  }
  return true;
}

function sentenceEnd(ctx: TRuleContext, i: number): number {
  let b = i;
  while (b < ctx.doc.count && ctx.doc.sentence[b] === ctx.doc.sentence[i]) b++;
  return b;
}

/**
 * "X are not …", "X aren't …", "X are never …", "X are in no way …", "X shouldn't be deported" with
 * a predicate that is not a good to deny.
 */
function negatedCopula(ctx: TRuleContext, i: number, end: number): boolean {
  const { doc, cls } = ctx;
  for (let k = i + 1; k < end && k <= i + 4; k++) {
    if (tokenIs(doc, k, "but")) return false;
    if (!isNegatorAt(ctx, k)) continue;
    const inNoWay = tokenIs(doc, k + 1, "way");
    const copular =
      cls[k - 1] & (C.COPULA | C.MODAL) ||
      (inNoWay && k >= 2 && cls[k - 2] & C.COPULA) ||
      /n't$|nt$/.test(word(ctx, k));
    return !!copular && deniesBad(ctx, predicateAfter(ctx, inNoWay ? k + 1 : k, end), end);
  }
  return false;
}

/** Hostile acts a sentence may deny doing to a group, beyond violent and hatred verbs. */
const HOSTILE = createWordSet(
  "threaten threatened threatening attack attacked attacking harm harmed harming hurt hurting insult insulted insulting harass harassed harassing bully bullied bullying mock mocked mocking abuse abused abusing discriminate discriminated discriminating exclude excluded excluding deport deported deporting ban banned banning against death ill violence pain suffering",
);
/** Verbs that give the group a predicate: "I'd never call X rats", "I don't find X disgusting". */
const JUDGE = createWordSet("call calling called find consider think believe say label");
const TO_GROUP = createWordSet("on to against at");

/** "I would never threaten a X", "we shouldn't attack X", "no one should hurt X". */
function negatedAct(ctx: TRuleContext, i: number, start: number): boolean {
  const { doc, cls } = ctx;
  let v = i - 1;
  while (v >= start && cls[v] & (C.ARTICLE | C.QUANT)) v--;
  // "wish any harm on X", "violence against X".
  if (v > start && TO_GROUP(doc, v)) {
    v--;
    while (v > start && cls[v] & (C.ARTICLE | C.QUANT)) v--;
  }
  if (v < start) return false;
  if (JUDGE(doc, v)) {
    // "never call X rats": a negated judgement only when a bad predicate follows the group.
    const end = sentenceEnd(ctx, i);
    let bad = false;
    for (let p = i + 1; p < end && p <= i + 4 && !bad; p++) {
      // "I don't think X are anything but trash": the contrast asserts it.
      if (tokenIs(doc, p, "but")) return false;
      if (isBad(ctx, p)) bad = true;
    }
    if (!bad) return false;
  } else if (!(HOSTILE(doc, v) || cls[v] & (C.VIOLENT | C.HATE_VERB) || HATRED_VERBS(doc, v)))
    return false;
  for (let n = v - 1; n >= start && n >= v - 4; n--) if (isNegatorAt(ctx, n)) return true;
  return isNegatedSubject(ctx, v);
}

/** "There is nothing wrong with X", "I have no problem with X". */
const NOTHING_WRONG = createWordSet("wrong problem issue");
function nothingWrongWith(ctx: TRuleContext, i: number): boolean {
  const { doc } = ctx;
  let k = i - 1;
  while (k >= 0 && ctx.cls[k] & (C.ARTICLE | C.QUANT)) k--;
  // "nothing wrong with being (a) X".
  if (k >= 0 && tokenIs(doc, k, "being")) k--;
  if (k < 2 || !tokenIs(doc, k, "with") || !NOTHING_WRONG(doc, k - 1)) return false;
  return tokenIs(doc, k - 2, "nothing") || tokenIs(doc, k - 2, "no");
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

/**
 * "That tweet calling X freaks was vile": a report of a claim about the group, then a copula whose
 * subject is the report (not the group) and a condemnation.
 */
function condemnedReport(ctx: TRuleContext, i: number, start: number, end: number): boolean {
  const { cls } = ctx;
  let report = false;
  for (let k = Math.max(start, i - 4); k < i; k++) if (isReportAt(ctx, k)) report = true;
  if (!report) return false;
  for (let c = i + 2; c < end; c++) {
    if (!(cls[c] & C.COPULA) || cls[c - 1] & (C.IDENT | C.PEOPLE | C.THEY)) continue;
    for (let k = c + 1; k < end && k <= c + 3; k++) if (isCondemnAt(ctx, k)) return true;
    return false;
  }
  return false;
}

function word(ctx: TRuleContext, i: number): string {
  return ctx.doc.norm.slice(ctx.doc.tokStart[i], ctx.doc.tokBaseEnd[i]);
}

/** Whether some sentence denies a claim about a named identity group. */
export function deniesClaim(ctx: TRuleContext): boolean {
  const { doc, cls } = ctx;
  let sentence = -1;
  let start = 0;
  let end = 0;
  let act = -1;
  for (let i = 0; i < doc.count; i++) {
    if (!(cls[i] & (C.IDENT | C.PROXY)) || cls[i] & (C.GROUP | C.MISSPELT)) continue;
    if (doc.sentence[i] !== sentence) {
      sentence = doc.sentence[i];
      start = sentenceStart(ctx, i);
      end = sentenceEnd(ctx, i);
      // "Violence against X is never justified": the sentence condemns an act against the group.
      act = condemnedAct(ctx, start, end);
    }
    if (act > i) return true;
    if (negatedCopula(ctx, i, end) || deniedBelief(ctx, i, end) || nothingWrongWith(ctx, i))
      return true;
    if (condemnedReport(ctx, i, start, end) || negatedAct(ctx, i, start)) return true;
    if (defendsGroupAt(ctx, i, start, end)) return true;
  }
  return false;
}

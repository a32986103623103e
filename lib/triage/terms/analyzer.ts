// The terms-and-patterns analyzer: the admin term list plus structural rules, each match weighed
// in its context, combined per harm. Pure: the term list comes in as data.

import {
  HARMS,
  type TAnalyzer,
  type TAnalyzerInput,
  type TAnalyzerResult,
  type THarm,
  type THarmScores,
  type TSpan,
} from "../types";
import { getDoc, normSpan, tokenIs, type TDoc } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { hashString } from "../text/hash";
import { classifyTokens } from "./classify";
import { judgeContext } from "./context";
import { victimFrame } from "./counter-frames";
import { deniesClaim } from "./negated-claim";
import { C } from "./lexicon";
import type { TMatch, TRuleContext } from "./match";
import {
  codedBlends,
  declaredHatred,
  dehumanisationAndGeneralisation,
  isIdentity,
} from "./rules-hate";
import {
  presupposedTraits,
  pronounGeneralisation,
  quantifiedGeneralisation,
} from "./rules-generalisation";
import {
  contemptQuestions,
  groupCalledNothing,
  negatedPositive,
  refusedAtAnyCost,
  referredHatred,
} from "./rules-hate-frames";
import { questionedWorth } from "./rules-hate-frames-worth";
import { negativeEmotion } from "./rules-emotion";
import { extremismPraise } from "./rules-extremism";
import { groupAsHarm, implicitDerogation } from "./rules-implicit";
import { conspiracyNarratives } from "./rules-misinfo";
import { addressedInsults, threats } from "./rules-violence";
import { ARMED_THREAT_REASON } from "./rules-violence-target";
import { deniedConfinement, neverBelong, toldToGoBack, wishedGone } from "./rules-exclusion";
import { essentialisedVice } from "./rules-essence";
import { groupAssociations } from "./rules-association";
import { declaredHater } from "./rules-haters";
import { endorsedKilling } from "./rules-endorsed-killing";
import { actApproved, harmApproved } from "./rules-harm-approved";
import { ZTermList, type TTermEntry, type TTermEntryInput } from "./schema";
import { markSingleQuotes } from "./quotes";
import { createSpacingRepair } from "./spacing";
import { compileTermMatcher } from "./term-matcher";

export const TERMS_ANALYZER_NAME = "terms";
const RULES_VERSION = "1.6.2";
const NEGATIVE_WORDS =
  C.INSULT | C.DEHUMAN | C.TRAIT | C.VIOLENT | C.HATE_VERB | C.INVASION | C.LACKEY;

/** Evidence under this weight (after context) still counts toward the score but is not highlighted. */
const MIN_SPAN_WEIGHT = 0.3;

/** Each rule with the word classes it needs (all of `needs`, one of `anyOf`); others are skipped. */
const RULES: Array<{
  rule: (ctx: TRuleContext) => void;
  needs?: number;
  anyOf?: number;
  blends?: boolean;
}> = [
  { rule: dehumanisationAndGeneralisation, anyOf: C.IDENT | C.PROXY | C.GROUP | C.COMBATANT },
  { rule: quantifiedGeneralisation, needs: C.QUANT | C.COPULA, anyOf: C.IDENT | C.PROXY },
  // Needs a copula ("Why are X so …", "they are …") or "they act like …": no single class.
  { rule: presupposedTraits, anyOf: C.IDENT | C.PROXY },
  { rule: pronounGeneralisation, needs: C.THEY, anyOf: C.IDENT | C.PROXY },
  { rule: codedBlends, blends: true },
  { rule: declaredHatred, needs: C.HATE_VERB, anyOf: C.IDENT | C.PROXY },
  { rule: negatedPositive, needs: C.NEGATOR, anyOf: C.IDENT | C.PROXY },
  { rule: contemptQuestions, anyOf: C.IDENT | C.PROXY },
  { rule: groupCalledNothing, needs: C.COPULA, anyOf: C.IDENT | C.PROXY },
  { rule: questionedWorth, anyOf: C.IDENT | C.PROXY },
  { rule: refusedAtAnyCost, needs: C.SELF, anyOf: C.IDENT | C.PROXY },
  { rule: negativeEmotion, anyOf: C.IDENT | C.PROXY },
  { rule: referredHatred, anyOf: C.IDENT | C.PROXY },
  { rule: implicitDerogation, anyOf: C.IDENT | C.PROXY },
  { rule: groupAsHarm, anyOf: C.IDENT | C.PROXY },
  { rule: toldToGoBack },
  { rule: deniedConfinement, needs: C.NEGATOR, anyOf: C.IDENT | C.PROXY },
  { rule: neverBelong, anyOf: C.IDENT | C.PROXY },
  { rule: wishedGone, needs: C.SELF | C.THEY, anyOf: C.IDENT | C.PROXY },
  { rule: essentialisedVice, anyOf: C.IDENT | C.PROXY },
  { rule: groupAssociations, anyOf: C.IDENT | C.PROXY },
  { rule: declaredHater, needs: C.SELF | C.META, anyOf: C.IDENT | C.PROXY },
  { rule: threats },
  { rule: endorsedKilling, anyOf: C.IDENT | C.PROXY },
  { rule: harmApproved, anyOf: C.IDENT | C.PROXY },
  { rule: actApproved, needs: C.COPULA, anyOf: C.IDENT | C.PROXY },
  { rule: addressedInsults, needs: C.YOU, anyOf: C.INSULT | C.DEHUMAN },
  { rule: extremismPraise, needs: C.GROUP },
  { rule: conspiracyNarratives },
];

function applies(r: (typeof RULES)[number], ctx: TRuleContext): boolean {
  if (r.blends) return ctx.anyBlend;
  if (r.needs !== undefined && (ctx.all & r.needs) !== r.needs) return false;
  return r.anyOf === undefined || (ctx.all & r.anyOf) !== 0;
}

type TJudged = TMatch & { finalWeight: number; context: string | null };
const NOTHING_SUPPRESSED: ReadonlySet<THarm> = new Set();
const DENIED: ReadonlySet<THarm> = new Set(["hate"]);

export type TTermsAnalyzer = TAnalyzer & {
  /** Entries skipped because they could not be compiled. */
  errors: Array<{ pattern: string; message: string }>;
  /** Every match with its context verdict: for tests and the "why" panel. */
  explain: (input: TAnalyzerInput) => TJudged[];
};

/** A group named as the victim of harm (counter-frames.ts), looked for only in a text naming one. */
function namesVictim(ctx: TRuleContext): boolean {
  return (ctx.all & (C.IDENT | C.PROXY)) !== 0 && victimFrame(ctx, (k) => isIdentity(ctx, k));
}

/** Noisy-OR: independent pieces of evidence add up without ever reaching 1. */
function combine(current: number, weight: number): number {
  return 1 - (1 - current) * (1 - weight);
}

export function createTermsAnalyzer(
  terms: ReadonlyArray<TTermEntry | TTermEntryInput>,
): TTermsAnalyzer {
  const entries = ZTermList.parse(terms);
  const matcher = compileTermMatcher(entries);
  const repairSpacing = createSpacingRepair(
    entries
      .filter((e) => e.kind === "word" && e.enabled !== false && e.harm !== "profanity")
      // A prefix term ("faggot*") is rejoined as its stem and its plural.
      .flatMap((e) => {
        const stem = e.pattern.toLowerCase().replace(/\*+$/, "");
        return e.pattern.endsWith("*") ? [stem, `${stem}s`] : [stem];
      }),
  );
  const fingerprint = (
    hashString(JSON.stringify(entries.filter((e) => e.enabled !== false))) >>> 0
  ).toString(16);

  function run(input: TAnalyzerInput) {
    // The model reads the text as written; the terms read it with spacing tricks undone.
    const doc = repairSpacing(getDoc(input.text ?? ""));
    markSingleQuotes(doc);
    const { cls, blend, all, anyBlend } = classifyTokens(doc);
    const ctx: TRuleContext = { doc, cls, blend, all, anyBlend, out: [] };
    matcher.match(ctx);
    for (const r of RULES) if (applies(r, ctx)) r.rule(ctx);
    const judged = ctx.out as TJudged[];
    for (const m of judged) {
      const verdict = judgeContext(ctx, m);
      m.finalWeight = m.weight * verdict.factor;
      m.context = verdict.why;
    }
    return { doc, cls, judged, ctx };
  }

  function analyze(input: TAnalyzerInput): TAnalyzerResult {
    const { doc, cls, judged, ctx } = run(input);
    const scores: THarmScores = {
      hate: 0,
      harassment: 0,
      threat: 0,
      profanity: 0,
      extremism: 0,
      misinformation: 0,
    };
    // Negated hate the rules found no wording for still scales the model down.
    const denied = deniesClaim(ctx);
    if (judged.length === 0)
      return {
        scores,
        spans: [],
        ...modelModifiers(
          doc,
          cls,
          denied ? DENIED : NOTHING_SUPPRESSED,
          scores,
          false,
          namesVictim(ctx),
        ),
      };
    const suppressed = new Set<THarm>(denied ? DENIED : []);
    // Violence or insults aimed at armed groups: war discussion, which a bag of words reads as abuse.
    const armedTarget = judged.some(
      (m) => m.context === "aimed at an armed group" || m.reason.startsWith(ARMED_THREAT_REASON),
    );
    const best = new Map<string, TSpan & { w: number }>();
    for (const m of judged) {
      scores[m.harm] = combine(scores[m.harm], Math.min(0.99, m.finalWeight));
      if (m.context && m.context !== "aimed at an armed group" && m.weight >= 0.4) {
        suppressed.add(m.harm);
        // "I hate it when people call X stupid": an insult at a group, condemned or reported, is
        // what the model reads as hate too.
        if (
          m.harm === "harassment" &&
          COUNTERED.has(m.context) &&
          groupInSentence(doc, cls, m.from)
        )
          suppressed.add("hate");
      }
      if (m.finalWeight < MIN_SPAN_WEIGHT || m.normTo <= m.normFrom) continue;
      const { start, end } = normSpan(doc, m.normFrom, m.normTo);
      const key = `${m.harm}:${start}:${end}`;
      const prev = best.get(key);
      if (!prev || prev.w < m.finalWeight)
        best.set(key, { start, end, category: m.harm, reason: m.reason, w: m.finalWeight });
    }
    for (const h of HARMS) scores[h] = Math.min(0.99, scores[h]);
    const spans = [...best.values()]
      .sort((a, b) => a.start - b.start || b.w - a.w)
      .map(({ w: _w, ...span }) => span);
    const victim = scores.hate < 0.3 && namesVictim(ctx);
    return {
      scores,
      spans,
      ...modelModifiers(doc, cls, suppressed, scores, armedTarget, victim),
    };
  }

  return {
    name: TERMS_ANALYZER_NAME,
    version: `${RULES_VERSION}+${fingerprint}`,
    errors: matcher.errors,
    analyze,
    explain: (input) => run(input).judged,
  };
}

/**
 * Is the sentence of the identity word at g friendly: a good word in it that no negator just
 * before denies ("X are not a religion of peace"), and no insult, trait, violence or dehumanising
 * word in it? A "thanks" or "good" elsewhere in a long comment says nothing of how X are spoken of.
 */
function friendlySentence(doc: TDoc, cls: Uint32Array, g: number): boolean {
  const { count, sentence } = doc;
  let a = g;
  while (a > 0 && sentence[a - 1] === sentence[g]) a--;
  let good = false;
  for (let k = a; k < count && sentence[k] === sentence[g]; k++) {
    if (cls[k] & NEGATIVE_WORDS) return false;
    if (
      cls[k] & C.POSITIVE &&
      !negatedAt(doc, cls, sentence, k) &&
      !wryOpener(doc, k, a) &&
      // "… who contribute nothing": the good word denied after it.
      !(sentence[k + 1] === sentence[k] && NOTHING(doc, k + 1))
    )
      good = true;
  }
  return good;
}

/** A negator among the three words before k, in its sentence ("incapable of honest work" too). */
function negatedAt(doc: TDoc, cls: Uint32Array, sentence: ArrayLike<number>, k: number): boolean {
  for (let b = k - 1; b >= 0 && b >= k - 3 && sentence[b] === sentence[k]; b--)
    if (cls[b] & C.NEGATOR || LACKING(doc, b)) return true;
  return false;
}

const LACKING = createWordSet("incapable unable lack lacks lacking without");
const NOTHING = createWordSet("nothing little zero");
const WRY = createWordSet("funny interesting");

const COUNTERED = new Set(["counter-speech", "reported"]);

/** Is an identity group named in token k's sentence? */
function groupInSentence(doc: TDoc, cls: Uint32Array, k: number): boolean {
  const { count, sentence } = doc;
  for (let i = k; i >= 0 && sentence[i] === sentence[k]; i--)
    if (cls[i] & (C.IDENT | C.PROXY) && !(cls[i] & C.GROUP)) return true;
  for (let i = k + 1; i < count && sentence[i] === sentence[k]; i++)
    if (cls[i] & (C.IDENT | C.PROXY) && !(cls[i] & C.GROUP)) return true;
  return false;
}

/** "Funny how …", "Interesting how …" opening the sentence at a: a wry remark, not a good word. */
function wryOpener(doc: TDoc, k: number, a: number): boolean {
  return k === a && WRY(doc, k) && tokenIs(doc, k + 1, "how");
}

/**
 * What the terms analyzer tells the learned model: where it found hateful wording used in a
 * non-hateful frame (negated, condemned, quoted) or identity words only in a friendly sentence,
 * the model's hate score is scaled down, because a bag of words cannot see that frame.
 */
function modelModifiers(
  doc: TDoc,
  cls: Uint32Array,
  suppressed: ReadonlySet<THarm>,
  scores: THarmScores,
  armedTarget: boolean,
  victim = false,
): { modifiers: Partial<THarmScores>; signals: NonNullable<TAnalyzerResult["signals"]> } {
  const modifiers: Partial<THarmScores> = {};
  const { count } = doc;
  let identity = false;
  let positive = false;
  let anyGood = false;
  let meta = false;
  let negative = false;
  for (let i = 0; i < count; i++) {
    // A misspelled identity alone does not make a text about one (modifiers only; rules use it).
    if (cls[i] & (C.IDENT | C.PROXY) && !(cls[i] & (C.GROUP | C.MISSPELT))) {
      identity = true;
      if (!positive) positive = friendlySentence(doc, cls, i);
    }
    if (cls[i] & C.META) meta = true;
    if (cls[i] & C.POSITIVE) anyGood = true;
    // Harm done to the group named as such ("hate crimes against X") speaks as counter-speech does.
    if (victim) meta = true;
    if (cls[i] & NEGATIVE_WORDS) negative = true;
  }
  const suppressedHate = suppressed.has("hate") && scores.hate < 0.35;
  const suppressedHarassment =
    (suppressedHate && scores.harassment < 0.3) ||
    (suppressed.has("harassment") && scores.harassment < 0.3);
  const signals = {
    suppressedHate: suppressedHate ? 1 : 0,
    suppressedHarassment: suppressedHarassment ? 1 : 0,
    identity: identity ? 1 : 0,
    identityMeta: identity && meta && scores.hate < 0.3 ? 1 : 0,
    identityPositive: identity && positive && scores.hate < 0.3 ? 1 : 0,
    armedTarget: armedTarget && scores.hate < 0.3 && scores.harassment < 0.3 ? 1 : 0,
    // An identity named with no negative word anywhere (no insult, trait, violence, dehumanising
    // or invasion word): a signal for the stacker, which learns how much it lowers hate.
    identityNeutral: identity && !negative && scores.hate === 0 && scores.harassment === 0 ? 1 : 0,
  };
  if (suppressedHate) {
    modifiers.hate = 0.3;
    // The model reads the same condemned words as abuse too.
    if (scores.harassment < 0.3) modifiers.harassment = 0.5;
  }
  if (suppressed.has("harassment") && scores.harassment < 0.3) modifiers.harassment = 0.5;
  if (modifiers.hate === undefined && scores.hate < 0.3) {
    if (identity && meta) modifiers.hate = 0.4;
    else if (identity && positive) modifiers.hate = 0.6;
    // Hate attacks a protected identity: with no identity named and no slur or coded word found,
    // the model's hate score (which also reacts to dialect and profanity) counts half.
    else if (!identity && scores.hate < 0.1) modifiers.hate = 0.5;
    // Abuse reads the whole comment's tone: any good word beside a group damps the model's harassment.
    if (identity && (meta || positive || anyGood) && scores.harassment < 0.3)
      modifiers.harassment = 0.6;
  }
  if (signals.armedTarget) {
    modifiers.hate = Math.min(modifiers.hate ?? 1, 0.5);
    modifiers.harassment = Math.min(modifiers.harassment ?? 1, 0.5);
  }
  return { modifiers, signals };
}

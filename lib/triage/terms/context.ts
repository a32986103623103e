// Decides how much a match counts in its context. Negation ("I don't hate Muslims"), counter-speech
// ("calling Jews rats is disgusting") and quotation are the non-hateful uses word lists flag most.

import { isMentioned } from "./context-mention";
import type { THarm } from "../types";
import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { isOrdinarySense } from "./homonyms";
import {
  condemnedAct,
  holdersInsultedAfter,
  holdersHatedBefore,
  HELD_VIEW,
  bareDenialAt,
  BELIEVE,
  challengeAt,
  doubtAt,
  HOLDERS,
  isAttributionAt,
  isCondemnAt,
  isReportAt,
  mockedViewAt,
  reportedAfter,
} from "./counter-frames";
import { defendsGroupAt, rejectedClaimBefore } from "./counter-protective";
import { C } from "./lexicon";
import { endsWithQuestion, writerBefore, type TMatch, type TRuleContext } from "./match";

export type TContextVerdict = {
  factor: number;
  why:
    | "negated"
    | "counter-speech"
    | "quoted"
    | "reported"
    | "aimed at an armed group"
    | "reclaimed"
    | "ordinary sense"
    | "mentioned as a word"
    | null;
};

/** Multipliers: a negated or condemned use barely counts; a quoted one counts a third. */
export const CONTEXT_FACTORS = {
  negated: 0.1,
  counterSpeech: 0.12,
  quoted: 0.35,
  reported: 0.5,
  armedTarget: 0.35,
  reclaimed: 0.2,
  ordinarySense: 0.1,
};

/** Profanity is profanity whatever the frame; every other harm depends on it. */
const CONTEXT_FREE: ReadonlySet<THarm> = new Set(["profanity"]);

/** Words that cancel a negator before them: "not only", "no doubt", "no wonder", "no better than". */
const NEGATION_CANCELLERS = createWordSet(
  "only just doubt wonder surprise matter longer way question better more",
);
/** "Isn't it obvious that …?", "Don't you think …?": a question that asserts rather than denies. */
const RHETORICAL_SUBJECTS = createWordSet("it you");
const WHY = createWordSet("why how");
const CONTRACTED = createWordSet(
  "don't dont doesn't doesnt isn't isnt aren't arent wasn't wasnt weren't werent won't wont wouldn't wouldnt shouldn't shouldnt can't cant couldn't couldnt didn't didnt",
);

function word(ctx: TRuleContext, i: number): string {
  return ctx.doc.norm.slice(ctx.doc.tokStart[i], ctx.doc.tokBaseEnd[i]);
}

/** "refuse to hate", "refused to hurt": a refusal negates the verb after "to". */
const REFUSE = createWordSet("refuse refuses refused refusing");
/** "can't believe", "can't wait", "can't help": exclamations, not denials. */
const CANT = createWordSet("can't cant cannot couldn't couldnt");
/** "can't describe how much …", "can't tell you how much …": emphasis, not denial. */
const CANT_CANCELLERS = createWordSet("believe wait help deny describe express explain overstate");

export function isNegatorAt(ctx: TRuleContext, i: number): boolean {
  const { doc } = ctx;
  if (!(ctx.cls[i] & C.NEGATOR)) return REFUSE(doc, i) && tokenIs(doc, i + 1, "to");
  if (i + 1 >= doc.count) return true;
  // "Isn't it obvious …?", "Wouldn't the world be better …?": a negated question that asserts.
  if ((RHETORICAL_SUBJECTS(doc, i + 1) || opensSentence(ctx, i)) && endsWithQuestion(ctx, i))
    return false;
  if (CANT(doc, i) && CANT_CANCELLERS(doc, i + 1)) return false;
  // "in no way" negates; "no way" alone and "no doubt", "not only" do not.
  if (tokenIs(doc, i + 1, "way") && i > 0 && tokenIs(doc, i - 1, "in")) return true;
  return !NEGATION_CANCELLERS(doc, i + 1);
}

/** "No one should …", "Nobody wants …": a negated subject at the start of the clause before k. */
const NO_ONE = createWordSet("nobody noone");
const ANYONE_NOUNS = createWordSet("person human man woman one");
export function isNegatedSubject(ctx: TRuleContext, from: number): boolean {
  const { doc } = ctx;
  const sentence = doc.sentence[from];
  for (let k = from - 1; k >= 0 && k >= from - 8 && doc.sentence[k] === sentence; k--) {
    if (tokenIs(doc, k, "but") || ctx.cls[k] & (C.IDENT | C.PROXY)) return false;
    const start = k === 0 || doc.sentence[k - 1] !== sentence;
    if (!start) continue;
    if (NO_ONE(doc, k) || (tokenIs(doc, k, "no") && tokenIs(doc, k + 1, "one"))) return true;
    // "No honest person would call X vermin", "no decent human would say …".
    return (
      tokenIs(doc, k, "no") &&
      (ANYONE_NOUNS(doc, k + 1) || (k + 2 < from && ANYONE_NOUNS(doc, k + 2)))
    );
  }
  return false;
}

/** Is token i a contracted auxiliary opening its sentence (or after "why")? */
function opensSentence(ctx: TRuleContext, i: number): boolean {
  const { doc } = ctx;
  if (!CONTRACTED(doc, i)) return false;
  // "Why can't X just …?", "How come X don't …?" ask the same way.
  const k = i > 0 && WHY(doc, i - 1) ? i - 1 : i;
  return k === 0 || doc.sentence[k - 1] !== doc.sentence[k];
}

/** A negator up to four words before the match (not across "but" or a sentence end), or inside it. */
export function isNegated(ctx: TRuleContext, m: TMatch): boolean {
  const { doc } = ctx;
  if (m.to <= m.from) return false;
  // A slur or coded word is offensive whatever negator precedes it ("never, ever attacks ISISrael").
  if (m.harm === "hate" && m.to - m.from === 1) return false;
  const sentence = doc.sentence[m.from];
  // "X aren't a race, they are a disease": a new clause after a comma escapes the negator.
  const newClause = (ctx.cls[m.from] & C.THEY) !== 0;
  // "I don't believe for a second that …": the idiom's three words do not count.
  const reach = 4 + (momentBefore(ctx, m.from) ? 3 : 0);
  for (let k = m.from - 1; k >= 0 && k >= m.from - reach && doc.sentence[k] === sentence; k--) {
    if (tokenIs(doc, k, "but")) break;
    if (newClause && doc.norm.slice(doc.tokEnd[k], doc.tokStart[k + 1]).includes(",")) break;
    if (isNegatorAt(ctx, k)) return !notSayingButMost(ctx, k, m) && !wrongnessDenied(ctx, k + 1);
  }
  if (isNegatedSubject(ctx, m.from)) return true;
  if (renouncedPast(ctx, m.from) && !stillHeld(ctx, m.to)) return true;
  if (m.ownsNegation) return false;
  for (let k = m.from + 1; k < m.to - 1; k++) if (isNegatorAt(ctx, k)) return true;
  return false;
}

/** "I used to hate X", "we used to think X are …": the writer's view, given up. */
function renouncedPast(ctx: TRuleContext, from: number): boolean {
  const { doc, cls } = ctx;
  let t = from - 1;
  if (t > 0 && tokenIs(doc, t, "that")) t--;
  if (t > 0 && HELD_VIEW(doc, t)) t--;
  if (t < 2 || !tokenIs(doc, t, "to") || !tokenIs(doc, t - 1, "used")) return false;
  return (cls[t - 2] & C.SELF) !== 0 && doc.sentence[t - 2] === doc.sentence[from];
}

/** "… and still do", "…, now I know it": the old view kept, after the match's end. */
function stillHeld(ctx: TRuleContext, to: number): boolean {
  const { doc, cls } = ctx;
  for (let k = to; k < doc.count && doc.sentence[k] === doc.sentence[to - 1]; k++)
    if (tokenIs(doc, k, "still") || (tokenIs(doc, k, "now") && cls[k + 1] & C.SELF)) return true;
  return false;
}

/** The sentence at b answers a question with yes: "Because they are.", "They are.", "It's true." */
function answeredYes(ctx: TRuleContext, b: number): boolean {
  const { doc, cls } = ctx;
  if (b >= doc.count) return false;
  if (tokenIs(doc, b, "because") || tokenIs(doc, b, "cause") || tokenIs(doc, b, "true"))
    return true;
  const they = cls[b] & C.THEY || tokenIs(doc, b, "it's");
  return !!they && !(cls[b + 1] & C.NEGATOR) && !(cls[b + 2] & C.NEGATOR);
}

const MOST = createWordSet("most many nearly almost majority");
const WRONGNESS = createWordSet("wrong untrue unfair false");
const DENYING = createWordSet("nothing not no never");

/**
 * "It's not wrong to say …", "there's nothing wrong with saying …": at k (or the negator before
 * it) the wrongness of what follows is denied, which affirms it.
 */
function wrongnessDenied(ctx: TRuleContext, k: number): boolean {
  const { doc } = ctx;
  if (!WRONGNESS(doc, k)) return false;
  const next =
    tokenIs(doc, k + 1, "to") || tokenIs(doc, k + 1, "with") || tokenIs(doc, k + 1, "in");
  return next && k > 0 && (DENYING(doc, k - 1) || (ctx.cls[k - 1] & C.NEGATOR) !== 0);
}
const A_ONE = createWordSet("a one");
const MOMENT = createWordSet("second moment minute");

/** "for a second", "for one moment" within the few words before `from`, in its sentence. */
function momentBefore(ctx: TRuleContext, from: number): boolean {
  const { doc } = ctx;
  for (let k = from - 3; k >= 0 && k >= from - 6 && doc.sentence[k] === doc.sentence[from]; k--)
    if (tokenIs(doc, k, "for") && A_ONE(doc, k + 1) && MOMENT(doc, k + 2)) return true;
  return false;
}

/**
 * "I'm not saying all X are thieves, but most of them are": the negator at k disclaims the claim
 * it precedes (a report verb after it), and "but most …" after the match says it anyway.
 */
function notSayingButMost(ctx: TRuleContext, k: number, m: TMatch): boolean {
  const { doc } = ctx;
  if (!isReportAt(ctx, k + 1)) return false;
  const sentence = doc.sentence[m.from];
  for (let b = m.to; b + 1 < doc.count && b <= m.to + 3 && doc.sentence[b] === sentence; b++)
    if (tokenIs(doc, b, "but"))
      return MOST(doc, b + 1) || (tokenIs(doc, b + 1, "the") && MOST(doc, b + 2));
  return false;
}

/** "I'm not racist but …", "call me racist": disclaimers that introduce hate, not condemn it. */
function isDisclaimer(ctx: TRuleContext, k: number): boolean {
  for (let b = k - 1; b >= 0 && b >= k - 3; b--) {
    const w = word(ctx, b);
    if (ctx.cls[b] & C.NEGATOR || w === "me" || w === "call") return true;
    // "they always cry about racism": the charge itself scorned, not made.
    if (w === "about" && b > 0 && WHINE(ctx.doc, b - 1)) return true;
  }
  return false;
}

const WHINE = createWordSet(
  "cry cries crying whine whines whining moan moans moaning complain complains complaining scream screams screaming",
);

function sentenceBounds(ctx: TRuleContext, i: number): [number, number] {
  const { doc } = ctx;
  let a = i;
  while (a > 0 && doc.sentence[a - 1] === doc.sentence[i]) a--;
  let b = i;
  while (b < doc.count && doc.sentence[b] === doc.sentence[i]) b++;
  return [a, b];
}

/**
 * Counter-speech: the sentence names the prejudice itself ("that's racist"), or a reporting frame
 * ("calling …", "people who say …") is condemned ("… is disgusting") in this or the next sentence.
 */
export function isCounterSpeech(ctx: TRuleContext, m: TMatch): boolean {
  const { doc, cls } = ctx;
  if (m.to <= m.from) return false;
  const [a, b] = sentenceBounds(ctx, m.from);
  let meta = false;
  let condemn = false;
  for (let k = a; k < b; k++) {
    if (k >= m.from && k < m.to) continue;
    if (cls[k] & C.META && !isDisclaimer(ctx, k)) meta = true;
    if (isCondemnAt(ctx, k) && !wrongnessDenied(ctx, k)) condemn = true;
  }
  if (meta) return true;
  // '"X are scum" is the most ignorant thing I read': a quoted claim condemned outside the quotes.
  const quoted = isQuoted(ctx, m);
  if (condemn && quoted) return true;
  // "Hating X is wrong", "Violence against X must stop": the act is the subject of the condemnation.
  const act = condemnedAct(ctx, a, b);
  if (act > m.from) return true;
  let framed = reportedAfter(ctx, m.to, b);
  let attributed = false;
  for (let k = Math.max(a, m.from - 6); k < m.from; k++) {
    // "Who says X are lazy?": the claim is challenged; "imagine thinking X are …" mocked.
    if (challengeAt(ctx, k) || mockedViewAt(ctx, k)) return true;
    if (isReportAt(ctx, k)) framed = true;
    // "people who think X are …": someone's view of a group (not an insult aimed at the reader);
    // "why do people say …" is both.
    if ((m.harm === "hate" || m.harm === "threat") && isAttributionAt(ctx, k)) {
      attributed = true;
      // "Why do people think X are violent?": others' view asked about, nothing asserted.
      if (k >= m.from - 2 && BELIEVE(doc, k))
        if (endsWithQuestion(ctx, m.from) && m.harm === "hate" && !answeredYes(ctx, b)) return true;
    }
  }
  // "It's wrong to think X are …", "don't let anyone tell you X are …": rejected before it is said.
  if (rejectedClaimBefore(ctx, a, m.from)) return true;
  // "Anyone who attacks X is a coward", "stop blaming X …": the group named is defended.
  for (let g = m.from; g < m.to; g++)
    if (ctx.cls[g] & (C.IDENT | C.PROXY) && defendsGroupAt(ctx, g, a, b)) return true;
  // "Why do people hate X so much?": others' hatred asked about, not declared.
  if (cls[m.from] & C.HATE_VERB && othersAskedWhy(ctx, a, m.from)) return true;
  // "I can't believe people still think X are vermin": the writer's disbelief at that view.
  if (disbelievedView(ctx, a, m.from)) return true;
  if (!framed && !attributed) return b < doc.count && condemnsReport(ctx, b);
  if (attributed && (holdersInsultedAfter(ctx, m.to, b) || holdersHatedBefore(ctx, a, m.from)))
    return true;
  // "If you think X are …, read the actual data": the view answered in its own sentence.
  if (attributed && doubtAt(ctx, m.to)) return true;
  // 'He tweeted "all X are criminals"': hate quoted as someone else's words is reported, not said.
  if (framed && quoted && !spokenBySelf(ctx, a, m.from)) return true;
  // "stop calling …", "don't say …": the frame itself rejects what follows; so does "I hate it
  // when people say …", "sick of people saying …".
  for (let k = Math.max(a, m.from - 7); k < m.from; k++) {
    const w = word(ctx, k);
    if (
      (w === "stop" || w === "quit" || (cls[k] & C.NEGATOR && isNegatorAt(ctx, k))) &&
      k + 1 < doc.count &&
      isReportAt(ctx, k + 1) &&
      !notSayingButMost(ctx, k, m)
    )
      return true;
    if ((cls[k] & C.HATE_VERB || w === "sick" || w === "tired") && hasReportAfter(ctx, k, m.from))
      return true;
  }
  if (condemn) return true;
  if (b < doc.count) {
    for (let k = b; k < doc.count && k < b + 6 && doc.sentence[k] === doc.sentence[b]; k++)
      if (isCondemnAt(ctx, k)) return true;
    // "Why do people think X are dangerous? They aren't."
    if (attributed && (bareDenialAt(ctx, b) || doubtAt(ctx, b))) return true;
    // "You keep saying X are dangerous. Where is your evidence?": someone else's words, challenged.
    if (framed && !spokenBySelf(ctx, a, m.from) && doubtAt(ctx, b)) return true;
  }
  return false;
}

/** "Why do people hate …", "how can anyone hate …": a sentence opened by why/how asking about others just before k. */
function othersAskedWhy(ctx: TRuleContext, a: number, k: number): boolean {
  if (!WHY(ctx.doc, a)) return false;
  for (let b = k - 1; b > a && b >= k - 3; b--) if (HOLDERS(ctx.doc, b)) return true;
  return false;
}

/** "I can't believe people (still) think …" before k: the writer's disbelief at others' view. */
function disbelievedView(ctx: TRuleContext, a: number, k: number): boolean {
  const { doc, cls } = ctx;
  for (let b = a; b + 3 < k; b++) {
    if (!CANT(doc, b) || !tokenIs(doc, b + 1, "believe") || !writerBefore(ctx, b, 3)) continue;
    for (let h = b + 2; h + 1 < k && h <= b + 4; h++)
      if (HOLDERS(doc, h) || cls[h] & C.THEY)
        return HELD_VIEW(doc, h + 1) || (h + 2 < k && HELD_VIEW(doc, h + 2));
  }
  return false;
}

/** "I always say …", "as I wrote …": the writer reports their own words. */
function spokenBySelf(ctx: TRuleContext, a: number, from: number): boolean {
  for (let k = Math.max(a, from - 4); k < from; k++) {
    if (!isReportAt(ctx, k)) continue;
    for (let s = Math.max(a, k - 2); s < k; s++) if (ctx.cls[s] & C.SELF) return true;
  }
  return false;
}

/** "X are rats. Disgusting that people still say this.": the next sentence condemns a report. */
function condemnsReport(ctx: TRuleContext, b: number): boolean {
  const { doc } = ctx;
  let condemn = false;
  let report = false;
  for (let k = b; k < doc.count && k < b + 8 && doc.sentence[k] === doc.sentence[b]; k++) {
    if (isCondemnAt(ctx, k)) condemn = true;
    if (isReportAt(ctx, k)) report = true;
  }
  return condemn && report;
}

/** A reporting word between k and `to`, with no identity named before it ("hate it when people say"). */
function hasReportAfter(ctx: TRuleContext, k: number, to: number): boolean {
  for (let r = k + 1; r < to && r <= k + 5; r++) {
    if (ctx.cls[r] & (C.IDENT | C.PROXY)) return false;
    if (isReportAt(ctx, r)) return true;
  }
  return false;
}

export function isQuoted(ctx: TRuleContext, m: TMatch): boolean {
  if (m.to <= m.from) return false;
  for (let k = m.from; k < m.to; k++) if (!ctx.doc.quoted[k]) return false;
  return true;
}

/** "X said the report was faked": attributed claims count half for misinformation and extremism. */
function isReported(ctx: TRuleContext, m: TMatch): boolean {
  const [a] = sentenceBounds(ctx, m.from);
  for (let k = a; k < m.from; k++) if (ctx.cls[k] & C.REPORT) return true;
  return false;
}

/** Insults within two words of an armed group's name are about combatants ("Wahhabi pricks"). */
function nearArmedGroup(ctx: TRuleContext, m: TMatch): boolean {
  const { doc, cls } = ctx;
  for (let k = Math.max(0, m.from - 2); k < Math.min(doc.count, m.to + 2); k++) {
    if (
      cls[k] & (C.GROUP | C.COMBATANT) &&
      !(cls[k] & C.IDENT) &&
      doc.sentence[k] === doc.sentence[m.from]
    )
      return true;
  }
  return false;
}

const SELF_COPULAS = createWordSet("i'm im we're i’m we’re");
const IN_GROUP_SLURS = createWordSet("nigga niggas dyke dykes queer queers");

/**
 * A slur the writer claims for themself ("I'm a dyke", "proud to be a fag") or the in-group form
 * among friends ("my niggas"): reclaimed use, not an attack.
 */
export function isReclaimed(ctx: TRuleContext, m: TMatch): boolean {
  const { doc } = ctx;
  if (m.harm !== "hate" || m.to - m.from !== 1) return false;
  let k = m.from - 1;
  if (k >= 0 && ctx.cls[k] & C.ARTICLE) k--;
  if (k < 0 || doc.sentence[k] !== doc.sentence[m.from]) return false;
  if (SELF_COPULAS(doc, k)) return true;
  if (tokenIs(doc, k, "am") && k > 0 && tokenIs(doc, k - 1, "i")) return true;
  if (tokenIs(doc, k, "be") && k >= 2 && tokenIs(doc, k - 1, "to") && tokenIs(doc, k - 2, "proud"))
    return true;
  if (!IN_GROUP_SLURS(doc, m.from) || k !== m.from - 1) return false;
  // "my dykes", "we queers", "us dykes", "my fellow dykes": the writer one of them.
  if (IN_GROUP_BEFORE(doc, k)) return true;
  return (
    tokenIs(doc, k, "fellow") && k > 0 && (tokenIs(doc, k - 1, "my") || tokenIs(doc, k - 1, "our"))
  );
}

const IN_GROUP_BEFORE = createWordSet("my we us");

export function judgeContext(ctx: TRuleContext, m: TMatch): TContextVerdict {
  if (CONTEXT_FREE.has(m.harm)) return { factor: 1, why: null };
  if (isNegated(ctx, m)) return { factor: CONTEXT_FACTORS.negated, why: "negated" };
  if (isCounterSpeech(ctx, m))
    return { factor: CONTEXT_FACTORS.counterSpeech, why: "counter-speech" };
  if (isQuoted(ctx, m) && !spokenBySelf(ctx, sentenceBounds(ctx, m.from)[0], m.from))
    return { factor: CONTEXT_FACTORS.quoted, why: "quoted" };
  if (isMentioned(ctx, m)) return { factor: CONTEXT_FACTORS.quoted, why: "mentioned as a word" };
  if (isReclaimed(ctx, m)) return { factor: CONTEXT_FACTORS.reclaimed, why: "reclaimed" };
  if (isOrdinarySense(ctx, m))
    return { factor: CONTEXT_FACTORS.ordinarySense, why: "ordinary sense" };
  if ((m.harm === "misinformation" || m.harm === "extremism") && isReported(ctx, m)) {
    return { factor: CONTEXT_FACTORS.reported, why: "reported" };
  }
  if (m.harm === "harassment" && m.weight > 0.2 && nearArmedGroup(ctx, m)) {
    return { factor: CONTEXT_FACTORS.armedTarget, why: "aimed at an armed group" };
  }
  return { factor: 1, why: null };
}

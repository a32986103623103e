// Strong negative emotion about a group, in the many ways people say it: a verb of hatred in any
// form ("I absolutely loathe X", "can't bear X"), a feeling held for the group ("nothing but
// contempt for X", "my hatred for X"), being fed up with it ("so sick of X"), the group causing the
// feeling ("X infuriate me", "X make my blood boil", "seeing X makes me want to vomit") and the
// comparative ("nothing makes me angrier than X").

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import {
  ME_US,
  pushTokens,
  scanAfter,
  sentenceStart,
  writerBefore,
  type TRuleContext,
} from "./match";
import { isIdentity, lastMention } from "./rules-hate";
import { DONE_TO } from "./counter-frames";
import { SINGULAR } from "./rules-generalisation";

/** Verbs of hatred in every form ("hated", "loathing"); the lexicon's HATE_VERB has base forms only. */
const HATRED_VERBS_WORDS =
  "hate hates hated hating despise despises despised despising detest detests detested detesting loathe loathes loathed loathing abhor abhors abhorred abhorring resent resents resented resenting";
export const HATRED_VERBS = createWordSet(HATRED_VERBS_WORDS);
/** "can't stand / bear / stomach / tolerate X" (after a negator). */
const BEAR_VERBS_WORDS = "stand bear stomach tolerate";
const BEAR_VERBS = createWordSet(BEAR_VERBS_WORDS);
/** What a group is said to make someone feel, or the feeling held for it. */
const FEELINGS = createWordSet(
  "sick sicker ill nauseous angry angrier furious mad livid rage disgust disgusted hatred contempt revulsion fury anger sickened disdain loathing scorn repulsed revolted enraged",
);
/** Feelings held "for" a group: "nothing but contempt for X", "my hatred for X". */
const HELD_FEELINGS_WORDS =
  "hatred hate contempt disdain loathing disgust scorn revulsion animosity aversion";
const HELD_FEELINGS = createWordSet(HELD_FEELINGS_WORDS);
const FOR = createWordSet("for towards toward of");
/** Verbs for a group causing a feeling: "X disgust me", "X infuriate me". */
const CAUSING_VERBS_WORDS =
  "disgust disgusts sicken sickens repulse repulses revolt revolts nauseate nauseates infuriate infuriates enrage enrages anger angers appal appals appall appalls annoy annoys irritate irritates";
const CAUSING_VERBS = createWordSet(CAUSING_VERBS_WORDS);
const CAUSE_VERBS_WORDS = "make makes made making fill fills";
const CAUSE_VERBS = createWordSet(CAUSE_VERBS_WORDS);
const VOMIT = createWordSet("vomit puke throw barf gag");
/** "fed up with", "sick of", "tired of", "done with": being weary of a group. */
const WEARY_WORDS = "sick tired fed done";
const WEARY = createWordSet(WEARY_WORDS);
const WEARY_LINK = createWordSet("of with up");
/** Adverbs and words allowed between the parts: "I really can't stand", "so much contempt". */
const GAP = createWordSet(
  "so really truly absolutely just fucking bloody genuinely honestly seriously utterly completely much such nothing but deep deeply pure utter always have had feel felt am is are i'm im get getting and all these those the every single one of them any more being around near",
);
/** Feelings a group is said to cause, in the passive: "disgusted by X", "sickened by these X". */
const DISGUSTED_WORDS = "disgusted sickened repulsed revolted nauseated appalled";
/** Every word that can start one of the frames below (one lookup per token). */
const TRIGGERS = createWordSet(
  `${HATRED_VERBS_WORDS} ${BEAR_VERBS_WORDS} ${HELD_FEELINGS_WORDS} ${CAUSING_VERBS_WORDS} ${CAUSE_VERBS_WORDS} ${WEARY_WORDS} ${DISGUSTED_WORDS} blood`,
);
/** "my blood boils when I see X": the feeling, then what brings it on. */
const BOILS = createWordSet("boils boil boiling");
const WHEN_SEE = createWordSet(
  "when whenever every time i see hear think about of look at meet around near these those all",
);
/** "the hatred I feel / have / hold for X". */
const HOLD = createWordSet("feel have hold harbour harbor");
const TOLD = createWordSet("told tells admitted admits confessed confesses");
const COMPARATIVE = createWordSet("more angrier worse sicker");

/** The identity group (or "them" for one just named) within `limit` gap words after k, or -1. */
function groupAfter(ctx: TRuleContext, k: number, limit: number): number {
  const { doc, cls } = ctx;
  return (
    scanAfter(ctx, k, limit, (g) => {
      if (isIdentity(ctx, g)) return g;
      // "I hate every single one of them": "them" for a group just named.
      if (cls[g] & C.THEY && !(cls[g] & C.ARTICLE) && lastMention(ctx, g) === "identity") return g;
      return cls[g] & (C.ARTICLE | C.QUANT) || GAP(doc, g) ? undefined : null;
    }) ?? -1
  );
}

/** An identity within six words before k (its subject: "X disgust me", "seeing X makes me …"). */
function groupBefore(ctx: TRuleContext, k: number): number {
  const { doc, cls } = ctx;
  for (let b = k - 1; b >= 0 && b >= k - 6 && doc.sentence[b] === doc.sentence[k]; b--) {
    if (isIdentity(ctx, b)) return b;
    // "Reading about X again? They make my blood boil.": "they" for a group just named.
    if (
      (b === k - 1 || (b === k - 2 && GAP(doc, k - 1))) &&
      cls[b] & C.THEY &&
      !SINGULAR(doc, b) &&
      lastMention(ctx, b) === "identity"
    )
      return b;
  }
  return -1;
}

/** Between the group at g and the verb at k, a passive of what is done to it ("X are treated", "X being attacked"). */
function treatedBefore(ctx: TRuleContext, g: number, k: number): boolean {
  for (let b = g + 1; b < k; b++) if (DONE_TO(ctx.doc, b)) return true;
  return false;
}

/** "he hated", "she said she despises": a third person (or a report) just before the verb at k. */
function thirdPersonBefore(ctx: TRuleContext, k: number): boolean {
  // "my uncle hates women", "my neighbour despises X": the verb's own form says it is someone else's
  // hatred; not "everyone hates …" or "God hates …" (a whole world's or a god's, invoked) or "who …?".
  if (HATES_3SG(ctx.doc, k) && !UNIVERSAL(ctx.doc, k - 1)) return true;
  const start = Math.max(sentenceStart(ctx, k), k - 3);
  for (let b = k - 1; b >= start; b--) {
    if (ctx.cls[b] & C.SELF) return false;
    if (ctx.cls[b] & (C.THEY | C.REPORT) || TOLD(ctx.doc, b)) return true;
    // "fed up with people hating X", "racists despising …": others' hatred as a gerund.
    if (b === k - 1 && OTHERS(ctx.doc, b) && /ing$/.test(word(ctx, k))) return true;
    // "Why do people hate X so much?", "how can anyone hate …": others' hatred asked about.
    if (b === k - 1 && OTHERS(ctx.doc, b) && WHY_HOW(ctx.doc, sentenceStart(ctx, k))) return true;
  }
  return false;
}

const WHY_HOW = createWordSet("why how");
/** The third-person forms of the verbs of hatred ("hates", "despises" …), from their list. */
const HATES_3SG = createWordSet(HATRED_VERBS_WORDS.split(" ").filter((w) => w.endsWith("s")));
const UNIVERSAL = createWordSet("everyone everybody who god allah jesus");

const OTHERS = createWordSet("people folks others everyone anyone someone racists bigots men guys");
function word(ctx: TRuleContext, k: number): string {
  return ctx.doc.norm.slice(ctx.doc.tokStart[k], ctx.doc.tokBaseEnd[k]);
}

/** If a feeling is caused at k ("disgust me", "make me sick", "make my blood boil"), the index after it. */
function causedFeeling(ctx: TRuleContext, k: number): number {
  const { doc } = ctx;
  if (CAUSING_VERBS(doc, k)) return ME_US(doc, k + 1) ? k + 2 : -1;
  if (!CAUSE_VERBS(doc, k)) return -1;
  if (tokenIs(doc, k + 1, "my") && tokenIs(doc, k + 2, "blood")) return k + 3;
  // "X make my skin crawl"
  if (tokenIs(doc, k + 1, "my") && tokenIs(doc, k + 2, "skin") && tokenIs(doc, k + 3, "crawl"))
    return k + 4;
  if (!ME_US(doc, k + 1)) return -1;
  let f = k + 2;
  while (f < doc.count && f <= k + 4 && GAP(doc, f) && !FEELINGS(doc, f)) f++;
  if (FEELINGS(doc, f)) return f + 1;
  if (tokenIs(doc, f, "with") && FEELINGS(doc, f + 1)) return f + 2;
  // "makes me want to vomit"
  if (tokenIs(doc, f, "want") && tokenIs(doc, f + 1, "to") && VOMIT(doc, f + 2)) return f + 3;
  return -1;
}

const REASON = "negative emotion: an identity group said to disgust or enrage";
const HATRED = "declared hatred of an identity group";

export function negativeEmotion(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (
    let k = TRIGGERS.next(doc, 0, cls, C.HATE_VERB);
    k >= 0;
    k = TRIGGERS.next(doc, k + 1, cls, C.HATE_VERB)
  ) {
    // "X disgust me", "X make me sick", "seeing X makes me want to vomit", "X make my blood boil".
    const caused = causedFeeling(ctx, k);
    if (caused > 0) {
      const g = groupBefore(ctx, k);
      // "The way X are treated makes me furious": what is done to them is the cause.
      if (g >= 0 && !treatedBefore(ctx, g, k)) pushTokens(ctx, "hate", g, caused, 0.7, REASON);
      else comparative(ctx, k, caused);
      continue;
    }
    // "My blood boils whenever I see X".
    if (tokenIs(doc, k, "blood") && k > 0 && tokenIs(doc, k - 1, "my") && BOILS(doc, k + 1)) {
      for (let g = k + 2; g < doc.count && g <= k + 8 && doc.sentence[g] === doc.sentence[k]; g++) {
        if (isIdentity(ctx, g)) {
          pushTokens(ctx, "hate", k - 1, g + 1, 0.7, REASON);
          break;
        }
        if (!WHEN_SEE(doc, g) && !(cls[g] & (C.ARTICLE | C.QUANT))) break;
      }
      continue;
    }
    // "I loathe X", "I have so much hatred for all these X", "I can't bear X", "I'm sick of X".
    let end = -1;
    let from = k;
    // "he said he hated X", "she told the jury she despised X" report someone else's hatred.
    if (
      HATRED_VERBS(doc, k) &&
      !(cls[k] & C.HATE_VERB && isIdentity(ctx, k + 1)) &&
      !thirdPersonBefore(ctx, k) &&
      // "the hate they get" is a noun: what is done to them.
      !(k > 0 && cls[k - 1] & C.ARTICLE)
    )
      end = k + 1;
    else if (BEAR_VERBS(doc, k) && k > 0 && cls[k - 1] & C.NEGATOR) {
      end = k + 1;
      from = k - 1;
    } else if (DISGUSTED(doc, k) && BY_WITH(doc, k + 1) && writerBefore(ctx, k, 4)) {
      // "I'm disgusted by X", "we are sickened by these X".
      end = k + 2;
    } else if (BEAR_VERBS(doc, k) && rhetoricalCan(ctx, k)) {
      // "How can anyone stand X?": the question says nobody can.
      end = k + 1;
      from = k - 3;
    } else if (HELD_FEELINGS(doc, k) && FOR(doc, k + 1) && writerBefore(ctx, k, 6)) end = k + 2;
    else if (
      // "the loathing I feel for X", "the contempt we have for X".
      HELD_FEELINGS(doc, k) &&
      cls[k + 1] & C.SELF &&
      HOLD(doc, k + 2) &&
      FOR(doc, k + 3)
    )
      end = k + 4;
    else if (WEARY(doc, k) && WEARY_LINK(doc, k + 1) && writerBefore(ctx, k, 4)) {
      end = tokenIs(doc, k + 1, "up") && tokenIs(doc, k + 2, "with") ? k + 3 : k + 2;
      // "sick of X being attacked" is weary of the attacks.
      if (!WEARY_LINK(doc, end - 1)) end = -1;
    }
    if (end < 0) continue;
    // "I hate how X act", "I despise the way X talk": the group's ways, hated.
    if (
      HATRED_VERBS(doc, k) &&
      (tokenIs(doc, end, "how") || (tokenIs(doc, end, "the") && tokenIs(doc, end + 1, "way")))
    )
      end = tokenIs(doc, end, "how") ? end + 1 : end + 2;
    const g = groupAfter(ctx, end - 1, 6);
    if (g < 0) {
      comparative(ctx, k, end);
      continue;
    }
    let e = g + 1;
    while (e < doc.count && e <= g + 2 && cls[e] & C.PEOPLE) e++;
    if (tokenIs(doc, e, "being")) continue;
    // "I hate how X are treated", "disgusted by how X get treated": what is done to them.
    if (tokenIs(doc, end - 1, "how") || tokenIs(doc, end - 1, "way"))
      if (cls[e] & C.COPULA || tokenIs(doc, e, "get") || tokenIs(doc, e, "gets")) continue;
    pushTokens(ctx, "hate", from, g + 1, 0.72, cls[k] & C.HATE_VERB ? HATRED : REASON, from < k);
  }
  onSight(ctx);
  neverMetUnhated(ctx);
}

const MET = createWordSet("met known seen");

/** "I've never met a X I didn't despise": every one of the group hated, said by double negation. */
function neverMetUnhated(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let m = MET.next(doc, 1); m >= 0; m = MET.next(doc, m + 1)) {
    if (!(cls[m - 1] & C.NEGATOR)) continue;
    let g = m + 1;
    while (g < doc.count && g <= m + 3 && (cls[g] & (C.ARTICLE | C.QUANT) || SINGLE(doc, g))) g++;
    if (g >= doc.count || !isIdentity(ctx, g)) continue;
    let r = g + 1;
    while (r < doc.count && r <= g + 2 && cls[r] & C.PEOPLE) r++;
    if (tokenIs(doc, r, "that") || tokenIs(doc, r, "who")) r++;
    if (!(cls[r] & C.SELF) || doc.sentence[r] !== doc.sentence[m]) continue;
    let n = r + 1;
    if (tokenIs(doc, n, "did") || tokenIs(doc, n, "do")) n++;
    if (!(cls[n] & C.NEGATOR)) continue;
    if (HATRED_VERBS(doc, n + 1)) pushTokens(ctx, "hate", m - 1, n + 2, 0.72, HATRED, true);
  }
}
const SINGLE = createWordSet("one single");

const WHEN = createWordSet("when whenever");
const SEE = createWordSet("see hear meet encounter notice");
const BECOME = createWordSet("feel get become am i'm go");
const TALK = createWordSet("talk talking speak speaking");

/** "When I see X, I want to throw up", "Whenever I meet X I get angry": the sight, then the feeling. */
function onSight(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let w = 0; w + 4 < doc.count; w++) {
    // "when", "whenever", "every time".
    const when = WHEN(doc, w) || (tokenIs(doc, w, "time") && w > 0 && tokenIs(doc, w - 1, "every"));
    if (!when || !(cls[w + 1] & C.SELF) || !SEE(doc, w + 2)) continue;
    let g = w + 3;
    while (g < doc.count && g <= w + 5 && cls[g] & (C.ARTICLE | C.QUANT)) g++;
    if (g >= doc.count || !isIdentity(ctx, g)) continue;
    let r = g + 1;
    while (r < doc.count && r <= g + 2 && cls[r] & C.PEOPLE) r++;
    if (TALK(doc, r)) r++;
    // The feeling's clause starts right after the group: not "when I see X being attacked, …".
    if (r >= doc.count || doc.sentence[r] !== doc.sentence[w] || !(cls[r] & C.SELF)) continue;
    let f = r + 1;
    let end = -1;
    if (
      (tokenIs(doc, f, "want") || tokenIs(doc, f, "wanna")) &&
      VOMIT(doc, tokenIs(doc, f + 1, "to") ? f + 2 : f + 1)
    )
      end = tokenIs(doc, f + 1, "to") ? f + 3 : f + 2;
    else if (BECOME(doc, f)) {
      f++;
      while (f < doc.count && f <= r + 4 && GAP(doc, f) && !FEELINGS(doc, f)) f++;
      if (FEELINGS(doc, f)) end = f + 1;
    }
    if (end > 0 && tokenIs(doc, end, "up")) end++;
    if (end > 0) pushTokens(ctx, "hate", w, end, 0.7, REASON);
  }
}

const ANYONE = createWordSet("anyone anybody you one people");
const DISGUSTED = createWordSet(DISGUSTED_WORDS);
const BY_WITH = createWordSet("by with");
const CAN = createWordSet("can could");

/** "how can anyone …", "how could you …" just before k. */
function rhetoricalCan(ctx: TRuleContext, k: number): boolean {
  const { doc } = ctx;
  return (
    k >= 3 &&
    tokenIs(doc, k - 3, "how") &&
    CAN(doc, k - 2) &&
    ANYONE(doc, k - 1) &&
    doc.sentence[k - 3] === doc.sentence[k]
  );
}

const SEEING = createWordSet("seeing watching hearing meeting");
const SUFFER = createWordSet("suffer suffering die dying struggle struggling cry crying being");

/** "Nothing makes me angrier than X", "there is nothing I hate more than X": the group comes after "than". */
function comparative(ctx: TRuleContext, k: number, end: number): void {
  const { doc } = ctx;
  for (let c = end - 1; c < doc.count && c <= end + 2 && doc.sentence[c] === doc.sentence[k]; c++) {
    if (!(COMPARATIVE(doc, c) || FEELINGS(doc, c))) continue;
    if (!tokenIs(doc, c + 1, "than")) continue;
    // "… angrier than seeing X on TV": the sight of them.
    const seeing = SEEING(doc, c + 2);
    const g = groupAfter(ctx, seeing ? c + 2 : c + 1, 3);
    if (g < 0) return;
    // "… than seeing X attacked / suffer": what is done to them angers.
    const e = g + 1 < doc.count && ctx.cls[g + 1] & C.PEOPLE ? g + 2 : g + 1;
    if (seeing && (DONE_TO(doc, e) || ctx.cls[e] & C.VIOLENT_PART || SUFFER(doc, e))) return;
    pushTokens(ctx, "hate", k, g + 1, 0.7, REASON);
    return;
  }
}

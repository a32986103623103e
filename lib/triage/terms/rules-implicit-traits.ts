// A group judged by trait rather than insult: said to lack a basic quality, to live off others,
// to carry a vice by membership alone, or denied the writer's regard.

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import {
  endsWithQuestion,
  pushTokens,
  sentenceEnd,
  sentenceStart,
  writerBefore,
  type TRuleContext,
} from "./match";
import { afterGroup } from "./rules-implicit";
import { OUR } from "./rules-implicit-harm";

const NONE_AT_ALL = createWordSet("zero no");
const REGARD = createWordSet("respect sympathy tolerance patience love trust");

/** "I have zero respect for X", "we have no sympathy for X": the writer's regard for a group denied. */
export function noRegardFor(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  const f = cls[i - 1] & C.ARTICLE ? i - 2 : i - 1;
  if (f < 2 || !tokenIs(doc, f, "for") || !REGARD(doc, f - 1) || !NONE_AT_ALL(doc, f - 2)) return;
  if (writerBefore(ctx, f - 2, 3))
    pushTokens(
      ctx,
      "hate",
      f - 2,
      i + 1,
      0.7,
      "negated positive: regard for an identity group denied",
    );
}

/** What a group is said to be too something to do: to lead, to think, to be trusted. */
const CAPABLE = createWordSet(
  "lead govern vote think understand learn reason decide rule run manage handle drive integrate assimilate work hold",
);
const FAR = createWordSet("far way much");
const TRUSTED = createWordSet("trusted leaders leader allowed responsible taken");
/** "too afraid to report", "too poor to leave", "too young to vote": circumstance, not a verdict. */
const CIRCUMSTANCE = createWordSet(
  "afraid scared frightened poor busy tired young old few many much often sick traumatised traumatized",
);

/** "Women are too emotional to lead", "X are too stupid to be trusted": a capability denied to a group. */
export function tooToDo(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  let k = afterGroup(ctx, i);
  if (!(cls[k] & C.COPULA)) return;
  k++;
  while (
    k < doc.count &&
    k <= i + 5 &&
    (cls[k] & (C.FILLER | C.QUANT) || FAR(doc, k)) &&
    !tokenIs(doc, k, "too")
  )
    k++;
  if (!tokenIs(doc, k, "too") || CIRCUMSTANCE(doc, k + 1) || !tokenIs(doc, k + 2, "to")) return;
  const v = k + 3;
  if (v >= doc.count || doc.sentence[v] !== doc.sentence[i]) return;
  if (CAPABLE(doc, v) || (tokenIs(doc, v, "be") && TRUSTED(doc, v + 1)))
    pushTokens(
      ctx,
      "hate",
      i,
      v + 1,
      0.65,
      "implicit derogation: a capability denied to an identity group",
    );
}

const LEAVE = createWordSet("leave go emigrate move");

/** "X are welcome to leave", "… more than welcome to go back": exclusion dressed as a welcome. */
export function welcomeToLeave(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  let k = afterGroup(ctx, i);
  if (!(cls[k] & C.COPULA)) return;
  k++;
  if (tokenIs(doc, k, "more") && tokenIs(doc, k + 1, "than")) k += 2;
  if (tokenIs(doc, k, "all")) k++;
  if (tokenIs(doc, k, "welcome") && tokenIs(doc, k + 1, "to") && LEAVE(doc, k + 2))
    pushTokens(ctx, "hate", i, k + 3, 0.7, "exclusion: an identity group welcome only to leave");
}

const CARE = createWordSet("care cares think thinks");

/** "X only care about money", "X just think about themselves": a group reduced to one concern. */
export function onlyCareAbout(ctx: TRuleContext, i: number): void {
  const { doc } = ctx;
  let k = afterGroup(ctx, i);
  if (tokenIs(doc, k, "all")) k++;
  if (!(tokenIs(doc, k, "only") || tokenIs(doc, k, "just"))) return;
  if (CARE(doc, k + 1) && tokenIs(doc, k + 2, "about") && doc.sentence[k + 2] === doc.sentence[i])
    pushTokens(
      ctx,
      "hate",
      i,
      k + 3,
      0.6,
      "generalisation: an identity group reduced to one concern",
    );
}

const COMMIT = createWordSet("commit commits committed");
const SHARE = createWordSet("more most all majority");
const CRIMES = createWordSet("crime crimes rapes murders violence attacks robberies");

/** "X commit more crimes", "X commit most of the rapes": crime laid on a whole group. */
export function crimeLaidOnGroup(ctx: TRuleContext, i: number): void {
  const { doc } = ctx;
  const k = afterGroup(ctx, i);
  if (!COMMIT(doc, k) || !SHARE(doc, k + 1)) return;
  const end = sentenceEnd(ctx, i);
  for (let c = k + 2; c < end && c <= k + 5; c++)
    if (CRIMES(doc, c)) {
      pushTokens(
        ctx,
        "hate",
        i,
        c + 1,
        0.7,
        "generalisation: crime laid on a whole identity group",
      );
      return;
    }
}

const NEED = createWordSet("need needs");
const CURE = createWordSet("fixing curing cured fixed conversion");
const THERAPY = createWordSet("therapy psychiatric");
/** What makes "need therapy" a verdict on the group, not care after trauma. */
const MENTAL = createWordSet(
  "confused sick ill mentally mental disturbed delusional deranged disordered",
);

/** "X are confused and need therapy", "X need to be cured": a group pathologised. */
export function groupPathologised(ctx: TRuleContext, i: number): void {
  const { doc } = ctx;
  const end = sentenceEnd(ctx, i);
  const from = afterGroup(ctx, i);
  for (let k = from; k < end && k <= i + 6; k++) {
    if (!NEED(doc, k)) continue;
    let mental = false;
    for (let q = from; q < k; q++) if (MENTAL(doc, q)) mental = true;
    for (let c = k + 1; c < end && c <= k + 4; c++)
      if (CURE(doc, c) || (mental && THERAPY(doc, c))) {
        pushTokens(ctx, "hate", i, c + 1, 0.65, "derogation: an identity group called sick");
        return;
      }
    return;
  }
}

const DO_DOES = createWordSet("do does should");
const WANT_NEED = createWordSet("want need");

/** "Do we really want more X in Europe?": more of a group asked about, to refuse it. */
export function moreOfThemAsked(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  if (i < 3 || !tokenIs(doc, i - 1, "more") || !endsWithQuestion(ctx, i)) return;
  let w = i - 2;
  if (!WANT_NEED(doc, w)) return;
  w--;
  if (tokenIs(doc, w, "really")) w--;
  if (w < 1 || !(cls[w] & C.SELF) || !DO_DOES(doc, w - 1) || w - 1 !== sentenceStart(ctx, i))
    return;
  pushTokens(ctx, "hate", w - 1, i + 1, 0.65, "exclusion: more of an identity group asked about");
}

const EXPEL = createWordSet("get kick throw keep send boot");

/** "Muslims out!", "X out now", "Kick the X out": the exclusion slogan. */
export function outSlogan(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  const k = afterGroup(ctx, i);
  if (!tokenIs(doc, k, "out") || doc.sentence[k] !== doc.sentence[i]) return;
  const last = k + 1 >= doc.count || doc.sentence[k + 1] !== doc.sentence[k];
  if (!last && !(tokenIs(doc, k + 1, "now") && k + 2 >= sentenceEnd(ctx, k))) return;
  let a = i - 1;
  while (a >= 0 && doc.sentence[a] === doc.sentence[i] && cls[a] & (C.ARTICLE | C.QUANT)) a--;
  const opens = a < 0 || doc.sentence[a] !== doc.sentence[i];
  const expelled = !opens && a === sentenceStart(ctx, i) && EXPEL(doc, a);
  if (opens || expelled)
    pushTokens(
      ctx,
      "hate",
      opens ? i : a,
      k + 1,
      0.7,
      "exclusion: an identity group told to get out",
    );
}

const LIVING = createWordSet("living live lives");
const SPONGED = createWordSet(
  "taxpayer taxpayers welfare benefits handouts us state system others everyone government dole",
);
const FORCED = createWordSet("forced have has had struggle struggling must");

/** "Just another X living off the taxpayer", "X live off welfare": a group cast as parasites. */
export function livingOff(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  let k = afterGroup(ctx, i);
  while (k < doc.count && k <= i + 4 && cls[k] & (C.FILLER | C.QUANT)) k++;
  if (!LIVING(doc, k) || !tokenIs(doc, k + 1, "off")) return;
  // "refugees are forced to live off benefits": a hardship, not a verdict.
  for (let b = k - 1; b > i && b >= k - 3; b--) if (FORCED(doc, b)) return;
  const o = cls[k + 2] & C.ARTICLE || OUR(doc, k + 2) ? k + 3 : k + 2;
  if (o < doc.count && doc.sentence[o] === doc.sentence[i] && SPONGED(doc, o))
    pushTokens(
      ctx,
      "hate",
      i,
      o + 1,
      0.65,
      "implicit derogation: an identity group cast as parasites",
    );
}

const MEANS = createWordSet("means meaning so");
const SINGLE_PRONOUN = createWordSet("he she they he's she's they're");
const LIKELY = createWordSet("probably obviously surely definitely certainly likely must be also");

/**
 * "My colleague is one of those X, which means he is probably a thief": a trait inferred from
 * membership alone.
 */
export function inferredFromMembership(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  let k = afterGroup(ctx, i);
  if (tokenIs(doc, k, "which")) k++;
  if (!MEANS(doc, k) || doc.sentence[k] !== doc.sentence[i]) return;
  k++;
  if (tokenIs(doc, k, "that")) k++;
  if (!SINGLE_PRONOUN(doc, k)) return;
  k++;
  while (k < doc.count && k <= i + 12 && (cls[k] & (C.COPULA | C.ARTICLE) || LIKELY(doc, k))) k++;
  if (
    k < doc.count &&
    doc.sentence[k] === doc.sentence[i] &&
    cls[k] & (C.TRAIT | C.INSULT | C.DEHUMAN)
  )
    pushTokens(
      ctx,
      "hate",
      i,
      k + 1,
      0.7,
      "a negative trait inferred from membership of an identity group",
    );
}

/** Qualities a group is said to be incompatible with: "X and hygiene don't go together". */
const VIRTUES = createWordSet(
  "hygiene intelligence honesty logic science maths math reason democracy civilisation civilization work loyalty decency soap",
);

/** "X and hygiene don't mix", "X and honesty don't go together", "X and democracy are incompatible". */
export function incompatible(ctx: TRuleContext, g: number): void {
  const { doc, cls } = ctx;
  const a = afterGroup(ctx, g);
  if (!tokenIs(doc, a, "and") || !VIRTUES(doc, a + 1)) return;
  const k = a + 2;
  if (k >= doc.count || doc.sentence[k] !== doc.sentence[g]) return;
  const mix =
    cls[k] & C.NEGATOR &&
    (tokenIs(doc, k + 1, "mix") || (tokenIs(doc, k + 1, "go") && tokenIs(doc, k + 2, "together")));
  const apart = cls[k] & C.COPULA && tokenIs(doc, k + 1, "incompatible");
  if (mix || apart)
    pushTokens(
      ctx,
      "hate",
      g,
      k + 2,
      0.6,
      "implicit derogation: a group said to lack a basic quality",
      true,
    );
}

// A group not wanted: its existence denied, its rights regretted ("X should never have been allowed
// to vote"), or wished gone ("I want them gone", "better off without X", "the fewer X the better").

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import { continues, pushTokens, sentenceStart, type TRuleContext } from "./match";
import { afterGroup, groupSubject } from "./rules-implicit";
import { OUR } from "./rules-implicit-harm";

const ALLOWED = createWordSet("allowed permitted let given");
const GRANTED = createWordSet("right rights vote votes citizenship passports");

/**
 * "We should never have given X the right to vote", "we should never have let X in": a grant to
 * the group (its object) regretted; not "… never have let X drown" (harm regretted).
 */
export function grantRegretted(ctx: TRuleContext, g: number): void {
  const { doc, cls } = ctx;
  const b = cls[g - 1] & C.ARTICLE ? g - 2 : g - 1;
  if (b < 3 || !ALLOWED(doc, b) || !tokenIs(doc, b - 1, "have") || !tokenIs(doc, b - 2, "never"))
    return;
  if (!(cls[b - 3] & C.MODAL)) return;
  const e = afterGroup(ctx, g);
  const granted =
    GRANTED(doc, cls[e] & C.ARTICLE ? e + 1 : e) ||
    ((tokenIs(doc, e, "in") || tokenIs(doc, e, "into")) && !continues(ctx, e)) ||
    (tokenIs(doc, e, "to") && GRANTED(doc, e + 1));
  if (granted)
    pushTokens(ctx, "hate", b - 2, e + 1, 0.7, "an identity group's rights regretted", true);
}

const REGRET = createWordSet("shame mistake pity disgrace tragedy why");

/**
 * If token k starts "never have been allowed" after a modal ("X should never have been allowed
 * to vote"), or "ever allowed" with a regret or "why" before the group g ("a shame X were ever
 * allowed to …", "why were X ever let in?"), the index after "allowed"; else -1. "X were never
 * allowed to vote" (a report of a wrong) and "were X ever allowed to vote?" (history) stay out.
 */
export function rightsRegretted(ctx: TRuleContext, g: number, k: number): number {
  const { doc, cls } = ctx;
  if (
    tokenIs(doc, k, "never") &&
    k > 0 &&
    cls[k - 1] & C.MODAL &&
    tokenIs(doc, k + 1, "have") &&
    tokenIs(doc, k + 2, "been") &&
    ALLOWED(doc, k + 3)
  )
    return k + 4;
  if (!tokenIs(doc, k, "ever") || !ALLOWED(doc, k + 1)) return -1;
  for (let b = g - 1; b >= sentenceStart(ctx, g) && b >= g - 5; b--)
    if (REGRET(doc, b)) return k + 2;
  return -1;
}

const ONLY_THING = createWordSet("thing things");
const GOOD_AT = createWordSet("at for");
const FEWER = createWordSet("fewer less");
const COUNTED = createWordSet("there are is around here we have in our this country town");
const ALLOWING = createWordSet("allowing letting");
const MISTAKE = createWordSet("mistake error disaster blunder trouble");

/**
 * Frames around a group subject at i (the sentence ends at `end`): "the only thing X are good at is
 * …", "the fewer X (there are), the better", "allowing X to vote was a mistake".
 */
export function groupFramedAround(
  ctx: TRuleContext,
  i: number,
  end: number,
): { from: number; to: number; reason: string } | null {
  const { doc, cls } = ctx;
  const g = afterGroup(ctx, i);
  if (i >= 2 && ONLY_THING(doc, i - 1) && tokenIs(doc, i - 2, "only")) {
    const good = cls[g] & C.COPULA ? g + 1 : g;
    if (tokenIs(doc, good, "good") && GOOD_AT(doc, good + 1))
      return {
        from: i - 2,
        to: good + 2,
        reason: "implicit derogation: an identity group good for one thing only",
      };
  }
  if (i >= 1 && FEWER(doc, i - 1) && tokenIs(doc, i - 2, "the")) {
    // Counted ("the fewer X (there are / around here), the better"), not "the fewer X die …".
    let k = g;
    while (k < end && k <= g + 3 && COUNTED(doc, k)) k++;
    if (tokenIs(doc, k, "the") && tokenIs(doc, k + 1, "better"))
      return {
        from: i - 2,
        to: k + 2,
        reason: "implicit derogation: the fewer of an identity group the better",
      };
  }
  if (i >= 1 && ALLOWING(doc, i - 1)) {
    for (let k = g; k + 1 < end && k <= g + 5; k++)
      if (cls[k] & C.COPULA) {
        // "… was a mistake", "… is asking for disaster", "… is a recipe for disaster".
        let m = cls[k + 1] & C.ARTICLE ? k + 2 : k + 1;
        if ((tokenIs(doc, m, "asking") || tokenIs(doc, m, "recipe")) && tokenIs(doc, m + 1, "for"))
          m += 2;
        if (MISTAKE(doc, m))
          return { from: i - 1, to: m + 1, reason: "an identity group's rights regretted" };
      }
  }
  return null;
}

/** If a denial of existence starts at k ("not exist", "shouldn't exist", "no right to exist"), the index after it. */
export function existenceDenied(ctx: TRuleContext, k: number): number {
  const { doc, cls } = ctx;
  if (!(cls[k] & C.NEGATOR)) return -1;
  // "should not exist", "shouldn't exist": a modal or the contracted one says it ought not.
  const ought = (k > 0 && cls[k - 1] & C.MODAL) || SHOULD_NOT(doc, k);
  if (ought && tokenIs(doc, k + 1, "exist")) return k + 2;
  if (
    tokenIs(doc, k, "no") &&
    tokenIs(doc, k + 1, "right") &&
    tokenIs(doc, k + 2, "to") &&
    tokenIs(doc, k + 3, "exist")
  )
    return k + 4;
  return -1;
}
const SHOULD_NOT = createWordSet("shouldn't shouldnt mustn't mustnt");

const WISHERS = createWordSet("people racists extremists bigots nazis some many who");
const SEE = createWordSet("see watch");

const GONE = createWordSet("gone dead out removed deported eliminated exterminated erased");

/** "I want them gone", "we want all X out", "I'd like to see all X gone": wishing a group away. */
export function wantedGone(ctx: TRuleContext, w: number): void {
  const { doc, cls } = ctx;
  // "Some people want X dead, and that terrifies me": someone else's wish, reported.
  if (w > 0 && (cls[w - 1] & C.THEY || WISHERS(doc, w - 1))) return;
  // "want to see X gone", "would like to watch X gone".
  let g = tokenIs(doc, w + 1, "to") && SEE(doc, w + 2) ? w + 3 : w + 1;
  const from = g;
  while (g < doc.count && g <= from + 2 && cls[g] & (C.ARTICLE | C.QUANT) && !groupSubject(ctx, g))
    g++;
  if (g >= doc.count || !groupSubject(ctx, g) || doc.sentence[g] !== doc.sentence[w]) return;
  let e = g + 1;
  while (e < doc.count && e <= g + 2 && cls[e] & C.PEOPLE) e++;
  if (unwantedNear(ctx, w, e)) {
    pushTokens(ctx, "hate", w - 1, e + 1, 0.65, "exclusion: nobody wants an identity group near");
    return;
  }
  if (!GONE(doc, e) || doc.sentence[e] !== doc.sentence[w]) return;
  // "out" alone or "out of our country", not "out of danger".
  const f = e + 1;
  if (
    tokenIs(doc, e, "out") &&
    f < doc.count &&
    doc.sentence[f] === doc.sentence[e] &&
    !(tokenIs(doc, f, "of") && OUR(doc, f + 1))
  )
    return;
  pushTokens(ctx, "hate", w, e + 1, 0.7, "wish that an identity group were gone");
}

const NOBODY_WANTS = createWordSet("nobody noone");
const CLOSE = createWordSet("around near nearby");
const HOME = createWordSet(
  "family families neighbourhood neighborhood street streets town country school schools house home homes building",
);
const AS_KIN = createWordSet("neighbours neighbors friends colleagues family in-laws");

/**
 * "Nobody wants X in their family / around / as neighbours": at w "wants" after "nobody", the
 * group, and at e the place or role it is kept from. ("Nobody wants X to suffer" stays out.)
 */
function unwantedNear(ctx: TRuleContext, w: number, e: number): boolean {
  const { doc } = ctx;
  if (w < 1 || !NOBODY_WANTS(doc, w - 1) || doc.sentence[e] !== doc.sentence[w]) return false;
  if (CLOSE(doc, e)) return true;
  if (tokenIs(doc, e, "as")) return AS_KIN(doc, e + 1);
  if (!tokenIs(doc, e, "in")) return false;
  const p =
    ctx.cls[e + 1] & C.ARTICLE || OUR(doc, e + 1) || tokenIs(doc, e + 1, "their") ? e + 2 : e + 1;
  return HOME(doc, p);
}

/** "The world would be a better place without X", "we'd be better off without them". */
export function betterWithout(ctx: TRuleContext, w: number): void {
  const { doc, cls } = ctx;
  let g = w + 1;
  while (g < doc.count && g <= w + 2 && cls[g] & (C.ARTICLE | C.QUANT)) g++;
  if (g >= doc.count || !groupSubject(ctx, g) || doc.sentence[g] !== doc.sentence[w]) return;
  const start = sentenceStart(ctx, w);
  for (let b = w - 1; b >= start && b >= w - 4; b--) {
    if (tokenIs(doc, b, "better") || tokenIs(doc, b, "safer") || tokenIs(doc, b, "happier")) {
      pushTokens(ctx, "hate", b, g + 1, 0.7, "wish for a world without an identity group");
      return;
    }
  }
}

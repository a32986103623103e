// Ill wishes on an identity group ("X should suffer", "X are better off dead"), harm the writer
// promises it ("I will make sure every X suffers") and blanket verdicts ("X are all the same").

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import { continues, pushTokens, SELF_WILL, sentenceEnd, type TRuleContext } from "./match";
import { isIdentity } from "./rules-hate";
import { afterGroup } from "./rules-implicit";

/** What is wished on a group: suffering, death, "a bullet". */
const ILL = createWordSet(
  "suffer suffers suffering starve starves rot rots perish perishes bleed bleeds bullet bullets regret regrets",
);
/** Harm a writer can promise but that alone predicts ("immigrants will disappear" if the economy fails). */
const VANISH = createWordSet("disappear disappears vanish vanishes");
const SURVIVE = createWordSet("survive survives");
const NONE = createWordSet("no");
/** Modals that wish or demand (not "will", "would", "going to": those can predict). */
const WISHING = createWordSet("should must need needs ought deserve deserves let's lets gotta");
const NOTHING = createWordSet("nothing none");
const DESERVE = createWordSet("deserve deserves deserved");
/** Words allowed between a modal and the ill wish: "should all just rot", "will get a bullet". */
const WISH_GAP = C.COPULA | C.QUANT | C.FILLER | C.ARTICLE;
const WISH_VERBS = createWordSet("to get gets go be");

export const RELATIVE = createWordSet("who that which");
/** Words that may follow an ill wish and keep it one: "rot in hell", "suffer like …", "starve forever". */
const WISH_TAILS = createWordSet("in like forever slowly and for it");

/** "X should suffer", "they deserve nothing", "X are better off dead", "any X who … will get a bullet". */
export function illWish(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  let j = afterGroup(ctx, i);
  // "Any X who comes near me will …": skip the relative clause to its modal.
  if (j < doc.count && RELATIVE(doc, j) && i > 0 && cls[i - 1] & C.QUANT) {
    while (j < doc.count && j < i + 8 && doc.sentence[j] === doc.sentence[i] && !(cls[j] & C.MODAL))
      j++;
  }
  if (j >= doc.count || doc.sentence[j] !== doc.sentence[i]) return;
  // "… deserve nothing", but not "… deserve nothing but kindness".
  if (DESERVE(doc, j) && j + 1 < doc.count && NOTHING(doc, j + 1) && !continues(ctx, j + 1)) {
    pushTokens(
      ctx,
      "hate",
      i,
      j + 2,
      0.65,
      "implicit derogation: an identity group denied everything",
    );
    return;
  }
  if (cls[j] & C.COPULA && j + 3 < doc.count && tokenIs(doc, j + 1, "better")) {
    if (tokenIs(doc, j + 2, "off") && cls[j + 3] & C.VIOLENT_PART)
      pushTokens(ctx, "hate", i, j + 4, 0.75, "wish that an identity group were dead");
    return;
  }
  if (!(cls[j] & C.MODAL) && !DESERVE(doc, j)) return;
  for (let k = j + 1; k < doc.count && k <= j + 5 && doc.sentence[k] === doc.sentence[i]; k++) {
    // "X should disappear" wishes it; "X will disappear" (if the economy fails) predicts.
    if (ILL(doc, k) || (VANISH(doc, k) && WISHING(doc, j))) {
      // "… will suffer from the cuts" pities; "… should suffer." wishes it.
      if (continues(ctx, k) && !WISH_TAILS(doc, k + 1)) return;
      pushTokens(ctx, "hate", i, k + 1, 0.7, "ill wish against an identity group");
      pushTokens(ctx, "threat", i, k + 1, 0.6, "ill wish against an identity group");
      return;
    }
    if (!(cls[k] & WISH_GAP) && !WISH_VERBS(doc, k)) return;
  }
}

const SAME = createWordSet("same alike");
const RIGHT = createWordSet("right properly");

/**
 * Verdicts on a whole group right after it is named: "X are all the same" (the clause ends there:
 * not "the same as us"), "X can't do anything right".
 */
export function groupVerdict(ctx: TRuleContext, g: number): void {
  const { doc, cls } = ctx;
  const a = afterGroup(ctx, g);
  if (a + 2 >= doc.count || doc.sentence[a] !== doc.sentence[g]) return;
  if (cls[a] & C.COPULA && tokenIs(doc, a + 1, "all")) {
    const s = tokenIs(doc, a + 2, "the") ? a + 3 : a + 2;
    if (s < doc.count && SAME(doc, s) && doc.sentence[s] === doc.sentence[g] && !continues(ctx, s))
      pushTokens(
        ctx,
        "hate",
        g,
        s + 1,
        0.6,
        "implicit derogation: a group said to be all the same",
      );
    return;
  }
  // "can't do anything right", "cannot ever do anything right", "never do anything properly"
  let k = a;
  if (!(
    tokenIs(doc, k, "can't") ||
    tokenIs(doc, k, "cant") ||
    tokenIs(doc, k, "cannot") ||
    tokenIs(doc, k, "never") ||
    (tokenIs(doc, k, "can") && tokenIs(doc, k + 1, "never"))
  ))
    return;
  k += tokenIs(doc, k, "can") ? 2 : 1;
  if (tokenIs(doc, k, "ever")) k++;
  if (
    tokenIs(doc, k, "do") &&
    tokenIs(doc, k + 1, "anything") &&
    RIGHT(doc, k + 2) &&
    doc.sentence[k + 2] === doc.sentence[g]
  )
    pushTokens(
      ctx,
      "hate",
      g,
      k + 3,
      0.6,
      "implicit derogation: a group said to do nothing right",
      true,
    );
}

const FEEL_BE = createWordSet("feels feel is are be gets get");
const SAFE = createWordSet("safe welcome secure");

/** "… ever feels safe", "… is welcome": from token k (after the group), before the sentence end. */
function safeAfter(ctx: TRuleContext, k: number, end: number): boolean {
  const { doc } = ctx;
  const v = tokenIs(doc, k, "ever") || tokenIs(doc, k, "will") ? k + 1 : k;
  return v + 1 < end && FEEL_BE(doc, v) && SAFE(doc, v + 1);
}

/** "I will make sure every one of those X suffers": the writer promises harm to a group. */
export function promisedHarm(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let s = 0; s + 1 < doc.count; s++) {
    // "I will …", "we are going to …", "I'll …".
    const writerModal =
      cls[s] & C.SELF
        ? cls[s + 1] & C.MODAL || (s + 2 < doc.count && cls[s + 2] & C.MODAL)
        : cls[s] & C.MODAL && SELF_WILL(doc, s);
    if (!writerModal) continue;
    const end = sentenceEnd(ctx, s);
    let g = -1;
    for (let k = s + 2; k < end; k++) {
      if (g < 0 && isIdentity(ctx, k)) g = k;
      else if (g >= 0 && k === afterGroup(ctx, g) && SURVIVE(doc, k) && NONE(doc, g - 1)) {
        // "I'll make sure no X survives (this winter)": none of the group left alive.
        pushTokens(ctx, "threat", s, k + 1, 0.8, "promised harm to an identity group", true);
        pushTokens(ctx, "hate", s, k + 1, 0.6, "promised harm to an identity group", true);
        return;
      } else if (g >= 0 && k === afterGroup(ctx, g) && NONE(doc, g - 1) && safeAfter(ctx, k, end)) {
        // "I'll make sure no X ever feels safe here": none of the group left at peace.
        pushTokens(ctx, "threat", s, k + 2, 0.75, "promised harm to an identity group", true);
        pushTokens(ctx, "hate", s, k + 2, 0.6, "promised harm to an identity group", true);
        return;
      } else if (
        g >= 0 &&
        k <= g + 6 &&
        (ILL(doc, k) || VANISH(doc, k)) &&
        (!continues(ctx, k) || WISH_TAILS(doc, k + 1))
      ) {
        pushTokens(ctx, "threat", s, k + 1, 0.8, "promised harm to an identity group");
        pushTokens(ctx, "hate", s, k + 1, 0.6, "promised harm to an identity group");
        return;
      }
    }
  }
}

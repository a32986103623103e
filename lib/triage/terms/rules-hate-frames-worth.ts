// Questions that deny a group worth, rights or a mind: "What good are X?", "Who decided X deserve
// rights?", "Are X even capable of thinking?".

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { challengeAt } from "./counter-frames";
import { C } from "./lexicon";
import { continues, pushTokens, type TRuleContext } from "./match";
import { isIdentity } from "./rules-hate";
import { DESERVE, groupEnd, identityAfter, ONE_OF } from "./rules-hate-frames-negated";
import { PREDICATE } from "./rules-hate-frames-referred";

const RIGHTS = createWordSet("rights respect dignity equality freedom");
const DONE_AUX = createWordSet("have has did do does are is");
const WORTH_STARTS = createWordSet("who what put expect charge when have capable point met");
/** What a group is asked whether it can even do: "Are X even capable of thinking?" */
const MINDFUL = createWordSet(
  "thinking thought reason reasoning learning love loving honesty empathy kindness",
);
const COPULA_NOT = createWordSet("wasn't wasnt isn't isnt aren't arent weren't werent");
const ANYWAY = createWordSet("anyway again exactly");
const ANYONE = createWordSet("anyone anybody");
const VANISH = createWordSet("disappear die leave vanish");
const FACULTIES = createWordSet("brains brain souls soul feelings morals");
const JOKE = createWordSet("joke laugh laughable hilarious disaster nightmare lol");

/**
 * Questions that deny a group worth: "Who decided X deserve rights?" (the grant questioned), "What
 * good have X ever done?", "What good are X?", "How much longer must we put up with X?".
 */
export function questionedWorth(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  // Each of these is asked.
  if (doc.norm.indexOf("?") < 0) return;
  for (let k = 0; k + 1 < doc.count; k++) {
    if (!WORTH_STARTS(doc, k)) continue;
    if (challengeAt(ctx, k + 1)) {
      const g = identityAfter(ctx, tokenIs(doc, k + 2, "that") ? k + 2 : k + 1, 3);
      if (g < 0) continue;
      const d = groupEnd(ctx, g);
      if (DESERVE(doc, d) && RIGHTS(doc, cls[d + 1] & C.ARTICLE ? d + 2 : d + 1))
        pushTokens(ctx, "hate", k, d + 2, 0.65, "question denying an identity group rights");
    } else if (tokenIs(doc, k, "what") && tokenIs(doc, k + 1, "good") && DONE_AUX(doc, k + 2)) {
      const g = identityAfter(ctx, k + 2, 3);
      if (g >= 0)
        pushTokens(ctx, "hate", k, g + 1, 0.65, "question denying an identity group any worth");
    } else if (tokenIs(doc, k, "when") && tokenIs(doc, k + 1, "will")) {
      // "When will X finally disappear?"
      const g = identityAfter(ctx, k + 1, 3);
      if (g < 0) continue;
      const v = tokenIs(doc, groupEnd(ctx, g), "finally") ? groupEnd(ctx, g) + 1 : groupEnd(ctx, g);
      if (VANISH(doc, v) && !continues(ctx, v))
        pushTokens(
          ctx,
          "hate",
          k,
          v + 1,
          0.65,
          "wish that an identity group were gone, asked as a question",
        );
    } else if (tokenIs(doc, k, "have") && tokenIs(doc, k - 1, "even") && FACULTIES(doc, k + 1)) {
      // "Do X even have brains?"
      for (let g = k - 2; g >= 0 && g >= k - 4 && doc.sentence[g] === doc.sentence[k]; g--)
        if (isIdentity(ctx, g)) {
          pushTokens(
            ctx,
            "hate",
            g,
            k + 2,
            0.65,
            "dehumanising: an identity group denied a mind or soul",
          );
          break;
        }
    } else if (tokenIs(doc, k, "capable") && tokenIs(doc, k - 1, "even")) {
      // "Are X even capable of thinking for themselves?"
      if (!tokenIs(doc, k + 1, "of") || !MINDFUL(doc, k + 2)) continue;
      for (let g = k - 2; g >= 0 && g >= k - 4 && doc.sentence[g] === doc.sentence[k]; g--)
        if (isIdentity(ctx, g)) {
          pushTokens(ctx, "hate", g, k + 3, 0.65, "question denying an identity group a mind");
          break;
        }
    } else if (
      // "What is the point of X?"
      tokenIs(doc, k, "point") &&
      tokenIs(doc, k - 1, "the") &&
      (tokenIs(doc, k - 3, "what") || tokenIs(doc, k - 2, "what")) &&
      tokenIs(doc, k + 1, "of")
    ) {
      const g = identityAfter(ctx, k + 1, 2);
      if (g < 0) continue;
      // The group ends the question ("… of X anyway?"), not "the point of X fasting".
      const e = groupEnd(ctx, g);
      const last = ANYWAY(doc, e) ? e : e - 1;
      if (!continues(ctx, last))
        pushTokens(
          ctx,
          "hate",
          tokenIs(doc, k - 2, "what") ? k - 2 : k - 3,
          g + 1,
          0.65,
          "question denying an identity group any worth",
        );
    } else if (
      tokenIs(doc, k, "met") &&
      (ANYONE(doc, k - 1) ||
        ANYONE(doc, k - 2) ||
        (tokenIs(doc, k - 1, "ever") && tokenIs(doc, k - 2, "you")))
    ) {
      // "Has anyone ever met a X who wasn't a thief?": asked so that the answer is no one.
      // "… met a X", "… met one of the X".
      const oneOf = tokenIs(doc, k + 1, "one") && tokenIs(doc, k + 2, "of");
      const g = oneOf ? (cls[k + 3] & C.ARTICLE ? k + 4 : k + 3) : ONE_OF(doc, k + 1) ? k + 2 : -1;
      if (g < 0 || !isIdentity(ctx, g)) continue;
      const r = groupEnd(ctx, g);
      if (!tokenIs(doc, r, "who") && !tokenIs(doc, r, "that")) continue;
      const n = r + 1;
      const negated = COPULA_NOT(doc, n)
        ? n
        : cls[n] & C.COPULA && cls[n + 1] & C.NEGATOR
          ? n + 1
          : -1;
      if (negated < 0) continue;
      const q = cls[negated + 1] & C.ARTICLE ? negated + 2 : negated + 1;
      if (q < doc.count && cls[q] & PREDICATE)
        pushTokens(
          ctx,
          "hate",
          k,
          q + 1,
          0.65,
          "question implying every member of an identity group is bad",
          true,
        );
    } else if (tokenIs(doc, k, "expect") && tokenIs(doc, k + 1, "from")) {
      // "What else would you expect from a X?", "what do you expect from those X?"
      const g = identityAfter(ctx, k + 1, 3);
      let what = false;
      for (let b = k - 1; b >= 0 && b >= k - 4 && doc.sentence[b] === doc.sentence[k]; b--)
        if (tokenIs(doc, b, "what")) what = true;
      if (g >= 0 && what)
        pushTokens(
          ctx,
          "hate",
          k,
          g + 1,
          0.6,
          "contempt: nothing better expected of an identity group",
        );
    } else if (tokenIs(doc, k, "charge") && tokenIs(doc, k - 1, "in")) {
      // "A X in charge? What a joke."
      const g = k - 2 >= 0 && cls[k - 2] & C.PEOPLE ? k - 3 : k - 2;
      if (g < 0 || !isIdentity(ctx, g) || doc.sentence[g] !== doc.sentence[k]) continue;
      let next = k + 1;
      while (next < doc.count && doc.sentence[next] === doc.sentence[k]) next++;
      if (next >= doc.count || next > k + 2) continue;
      for (
        let j = next;
        j < doc.count && j <= next + 3 && doc.sentence[j] === doc.sentence[next];
        j++
      )
        if (JOKE(doc, j)) {
          pushTokens(ctx, "hate", g, j + 1, 0.6, "ridicule: an identity group unfit to lead");
          break;
        }
    } else if (tokenIs(doc, k, "put") && tokenIs(doc, k + 1, "up") && tokenIs(doc, k + 2, "with")) {
      const g = identityAfter(ctx, k + 2, 3);
      if (g < 0) continue;
      // Asked ("how much longer do we have to put up with X?") or demanded ("we must put up with X").
      const end = doc.tokEnd[g];
      const question = doc.norm
        .slice(end, end + 40)
        .split(/[.!]/)[0]
        .includes("?");
      let modal = false;
      for (let b = k - 1; b >= 0 && b >= k - 3 && doc.sentence[b] === doc.sentence[k]; b--)
        if (cls[b] & C.MODAL || tokenIs(doc, b, "have")) modal = true;
      if (question && modal)
        pushTokens(
          ctx,
          "hate",
          k,
          g + 1,
          0.6,
          "contempt: an identity group as something to put up with",
        );
    }
  }
}

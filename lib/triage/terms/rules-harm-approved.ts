// Harm done to a group, then approved: "Muslims get killed every day, good", "Jews got attacked
// again, serves them right", "refugees were deported, finally". The report alone is news or
// sympathy (counter-frames.ts reads "X always get blamed" as such); the approval makes it hate.

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import { pushTokens, sentenceEnd, type TRuleContext } from "./match";
import { isIdentity } from "./rules-hate";

/** Harm as a passive participle, beyond the lexicon's violent ones ("killed", "shot" …). */
const HARMED = createWordSet(
  "attacked beaten abused harassed persecuted bullied deported expelled jailed locked stabbed lynched",
);
const GET_OR_BE = createWordSet("get gets got getting are were is was being been");
const OFTEN = createWordSet("always constantly often still again finally all");
/** Approval of what was just reported: "good", "finally", "serves them right", "about time". */
const APPROVAL = createWordSet("good great excellent finally deserved yay hooray lol haha");

const EXCLAMATION = createWordSet("grief lord god heavens gracious");

function approvedAfter(ctx: TRuleContext, from: number, end: number): number {
  const { doc, cls } = ctx;
  for (let k = from; k < end; k++) {
    if (cls[k] & C.NEGATOR) return -1;
    // Not "good grief", "good lord".
    if (APPROVAL(doc, k) && !EXCLAMATION(doc, k + 1)) return k;
    // "serves them right", "about time".
    if (tokenIs(doc, k, "serves") && tokenIs(doc, k + 2, "right")) return k + 2;
    if (tokenIs(doc, k, "about") && tokenIs(doc, k + 1, "time")) return k + 1;
  }
  return -1;
}

export function harmApproved(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let g = 0; g + 2 < doc.count; g++) {
    if (!isIdentity(ctx, g)) continue;
    let v = g + 1;
    while (v < doc.count && v <= g + 2 && cls[v] & C.PEOPLE) v++;
    if (OFTEN(doc, v)) v++;
    if (!GET_OR_BE(doc, v)) continue;
    const p = OFTEN(doc, v + 1) ? v + 2 : v + 1;
    if (p >= doc.count || !(cls[p] & C.VIOLENT_PART || HARMED(doc, p))) continue;
    // The approval closes the sentence or opens the next one ("… killed again. Good.").
    const end = sentenceEnd(ctx, p);
    let a = approvedAfter(ctx, p + 1, end);
    if (a < 0 && end < doc.count && doc.sentence[end] !== doc.sentence[p])
      a = approvedAfter(ctx, end, Math.min(sentenceEnd(ctx, end), end + 3));
    if (a >= 0)
      pushTokens(ctx, "hate", g, a + 1, 0.75, "harm done to an identity group, approved", true);
  }
}

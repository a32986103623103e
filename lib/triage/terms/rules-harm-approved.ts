// Harm done to a group, then approved: "Muslims get killed every day, good", "Jews got attacked
// again, serves them right", "refugees were deported, finally", "violence against X is justified".
// The report alone is news or sympathy (counter-frames.ts reads "X always get blamed" and "hate
// against X" as such); the approval makes it hate.

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { ACT_NOUNS, AGAINST, APPROVING } from "./counter-frames";
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

const OPENERS = C.ARTICLE | C.QUANT | C.FILLER;

/** Words an approval may wait behind after the copula: "is (totally / completely) justified". */
const APPROVAL_GAP = createWordSet(
  "totally completely entirely fully perfectly absolutely so quite",
);

/** "Violence against X is justified", "the hatred towards X is deserved": an act against a group, approved. */
export function actApproved(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let n = ACT_NOUNS.next(doc, 0); n >= 0; n = ACT_NOUNS.next(doc, n + 1)) {
    if (!AGAINST(doc, n + 1)) continue;
    // The act opens the sentence ("(The) violence against X is …"), not "exposing the hatred …".
    let s0 = n;
    while (s0 > 0 && doc.sentence[s0 - 1] === doc.sentence[n] && cls[s0 - 1] & OPENERS) s0--;
    if (s0 > 0 && doc.sentence[s0 - 1] === doc.sentence[n]) continue;
    let g = n + 2;
    while (g < doc.count && g <= n + 4 && cls[g] & (C.ARTICLE | C.QUANT)) g++;
    if (g >= doc.count || !isIdentity(ctx, g)) continue;
    let c = g + 1;
    while (c < doc.count && c <= g + 2 && cls[c] & C.PEOPLE) c++;
    if (!(cls[c] & C.COPULA) || doc.sentence[c] !== doc.sentence[n]) continue;
    let a = c + 1;
    while (a < doc.count && a <= c + 3 && APPROVAL_GAP(doc, a)) a++;
    // "… is justified", not "… is never justified" (the negator stops the scan), "… is needed to
    // stop" or "… is good for nobody".
    const forNobody = tokenIs(doc, a + 1, "for") && cls[a + 2] & C.NEGATOR;
    if (a < doc.count && APPROVING(doc, a) && !tokenIs(doc, a + 1, "to") && !forNobody)
      pushTokens(
        ctx,
        "hate",
        n,
        a + 1,
        0.75,
        "hate or violence against an identity group, approved",
      );
  }
}

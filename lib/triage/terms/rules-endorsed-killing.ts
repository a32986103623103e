// "I support the killing of X", "we should encourage the murder of X", "I celebrate the death of X":
// the writer backs violence done to a group, named as a noun rather than a verb ("kill X"), which
// the threat rules read.

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import { isIdentity } from "./rules-hate";
import { pushThreat } from "./rules-violence-target";
import { writerBefore, type TRuleContext } from "./match";

const ENDORSE = createWordSet(
  "support supports supported supporting encourage encourages encouraged encouraging endorse endorses endorsed applaud applauds applauded celebrate celebrates celebrated celebrating cheer cheers cheered welcome welcomes welcomed demand demands demanded advocate advocates advocated",
);
/** "in favour of the killing of X". */
const FAVOUR = createWordSet("favour favor");
const HARM_NOUNS = createWordSet(
  "killing killings murder murders death deaths slaughter slaughtering extermination genocide massacre massacres execution executions lynching lynchings beheading beheadings gassing burning annihilation eradication elimination",
);
/** Words allowed between the noun's "of" and the group: "of all the", "of every last". */
const BEFORE_GROUP = C.ARTICLE | C.QUANT | C.FILLER;

/** The identity after "of" at k (skipping articles and quantifiers), or -1. */
function groupAfterOf(ctx: TRuleContext, k: number): number {
  const { doc, cls } = ctx;
  if (!tokenIs(doc, k, "of")) return -1;
  for (let g = k + 1; g < doc.count && g <= k + 4 && doc.sentence[g] === doc.sentence[k]; g++) {
    if (isIdentity(ctx, g)) return g;
    if (!(cls[g] & BEFORE_GROUP) && !tokenIs(doc, g, "last")) return -1;
  }
  return -1;
}

export function endorsedKilling(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let n = HARM_NOUNS.next(doc, 1); n >= 0; n = HARM_NOUNS.next(doc, n + 1)) {
    const g = groupAfterOf(ctx, n + 1);
    if (g < 0) continue;
    // The backing verb just before the noun (an article or "mass" between): "support the killing".
    let v = n - 1;
    while (v >= 0 && v >= n - 3 && (cls[v] & C.ARTICLE || tokenIs(doc, v, "mass"))) v--;
    if (v < 0 || doc.sentence[v] !== doc.sentence[n]) continue;
    // "in favour of the …" / "all for the …".
    const favour =
      tokenIs(doc, v, "of") && FAVOUR(doc, v - 1) && tokenIs(doc, v - 2, "in")
        ? v - 2
        : tokenIs(doc, v, "for") && tokenIs(doc, v - 1, "all")
          ? v - 1
          : -1;
    const endorsed = ENDORSE(doc, v) || favour >= 0;
    if (!endorsed) continue;
    // The writer backs it ("I support …", "we wholeheartedly endorse …", or an imperative at the
    // sentence start); "activists who support the killing of X" reports someone else's view, and
    // "I do not support the killing of X" refuses it.
    const self = v === 0 || doc.sentence[v - 1] !== doc.sentence[v] || writerBefore(ctx, v, 4);
    let negated = false;
    for (let b = v - 1; b >= 0 && b >= v - 4 && doc.sentence[b] === doc.sentence[v]; b--)
      if (cls[b] & C.NEGATOR) negated = true;
    if (negated || !self) continue;
    const from = favour >= 0 ? favour : v;
    pushThreat(ctx, { kind: "identity", at: g }, from, g + 1);
  }
}

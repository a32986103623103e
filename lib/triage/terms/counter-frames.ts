// Counter-speech vocabulary beyond the lexicon's classes: more ways to report a claim ("posting
// that …", "the comment that …", "telling X they are …") and to reject it ("I condemn …", "… is
// absurd", "shame on him"). Used by context.ts only when a hate match is being judged.

import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import type { TRuleContext } from "./match";

/** Verbs and nouns that attribute the wording to someone else. */
const MORE_REPORT = createWordSet(
  "post posts posting comment comments commenting commented telling idea notion suggest suggests suggesting suggested argue argues arguing argued writes writing write stated states stating implying implies implied spewing spew spews preaching preach preaches hearing yelling yelled screaming screamed",
);
/** Words that reject what was reported, beyond the lexicon's CONDEMN class. */
const MORE_CONDEMN = createWordSet(
  "condemn condemns condemned condemning shame shameful unacceptable absurd ridiculous dumbest stupidest idiotic cruel furious angry outraged outrageous removed remove delete deleted false untrue bullshit heartbreaking sad saddening wrongheaded baseless unfounded debunked inexcusable unforgivable",
);

const SPEAKERS = createWordSet(
  "someone somebody people everyone anyone uncle dad mom guy man woman",
);

export function isReportAt(ctx: TRuleContext, k: number): boolean {
  return (ctx.cls[k] & C.REPORT) !== 0 || MORE_REPORT(ctx.doc, k);
}

export function isCondemnAt(ctx: TRuleContext, k: number): boolean {
  return (ctx.cls[k] & (C.CONDEMN | C.META)) !== 0 || MORE_CONDEMN(ctx.doc, k);
}

/** "Women are trash, he wrote": a reporting verb right after the claim, with its speaker. */
export function reportedAfter(ctx: TRuleContext, to: number, end: number): boolean {
  for (let k = to; k < end && k <= to + 3; k++) {
    if (isReportAt(ctx, k) && k > to && (ctx.cls[k - 1] & C.THEY || SPEAKERS(ctx.doc, k - 1)))
      return true;
  }
  return false;
}

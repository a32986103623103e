// A vice made a group's nature: "Muslims lie, it's in their DNA", "Stealing is in the blood of
// Gypsies", "Black people are genetically predisposed to violence". What is said to be inborn must
// be bad ("music is in their blood" is no attack) and the group a protected identity.

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import { pushTokens, sentenceStart, type TRuleContext } from "./match";
import { isIdentity } from "./rules-hate";

const ESSENCE_WORDS = "dna genes gene blood nature genetics biology";
const ESSENCE = createWordSet(ESSENCE_WORDS);
const OWNERS = createWordSet("their the its his her");
const INBORN = createWordSet("genetically naturally inherently biologically innately");
const DISPOSED_WORDS = "predisposed prone inclined wired programmed";
const DISPOSED = createWordSet(DISPOSED_WORDS);
/** Conduct that, called inborn, condemns the group (besides the lexicon's traits and violence). */
const BAD_CONDUCT = createWordSet(
  "violence crime crimes criminality theft thieving stealing lying laziness rape raping terrorism cheating killing murder murdering fraud looting rioting",
);
/** Every word a frame below hinges on (one lookup per token). */
const STARTS = createWordSet(`${ESSENCE_WORDS} ${DISPOSED_WORDS}`);
const BAD = C.TRAIT | C.INSULT | C.VIOLENT | C.VIOLENT_PART;

/** Is token k a word for bad conduct or a bad trait? */
function isBad(ctx: TRuleContext, k: number): boolean {
  return (ctx.cls[k] & BAD) !== 0 || BAD_CONDUCT(ctx.doc, k);
}

/** Does [from, to) hold an identity and a bad word (the identity's index, or -1)? */
function groupAndVice(ctx: TRuleContext, from: number, to: number): number {
  let group = -1;
  let bad = false;
  for (let k = from; k < to; k++) {
    if (group < 0 && isIdentity(ctx, k)) group = k;
    if (isBad(ctx, k)) bad = true;
  }
  return bad ? group : -1;
}

export function essentialisedVice(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let d = STARTS.next(doc, 2); d >= 0; d = STARTS.next(doc, d + 1)) {
    if (ESSENCE(doc, d) && tokenIs(doc, d - 2, "in") && OWNERS(doc, d - 1)) {
      // "in the DNA of Gypsies": the owner is named after it and must be an identity.
      if (tokenIs(doc, d + 1, "of") && doc.sentence[d + 1] === doc.sentence[d]) {
        const o = cls[d + 2] & C.ARTICLE ? d + 3 : d + 2;
        if (o >= doc.count || !isIdentity(ctx, o)) continue;
        if (hasVice(ctx, d)) pushTokens(ctx, "hate", d - 2, o + 1, 0.7, REASON);
        continue;
      }
      // "X lie, it's in their DNA", "X lie. It's in their blood.": the sentence, or the one before.
      const start = sentenceStart(ctx, d);
      const from = start > 0 ? sentenceStart(ctx, start - 1) : start;
      const group = groupAndVice(ctx, Math.max(from, d - 30), Math.min(doc.count, d + 8));
      if (group >= 0 && sameOrNextSentence(ctx, group, d))
        pushTokens(ctx, "hate", d - 2, d + 1, 0.7, REASON);
      continue;
    }
    // "X are genetically predisposed to violence".
    if (INBORN(doc, d - 1) && DISPOSED(doc, d) && tokenIs(doc, d + 1, "to")) {
      const bad = d + 2 < doc.count && doc.sentence[d + 2] === doc.sentence[d] && isBad(ctx, d + 2);
      const start = sentenceStart(ctx, d);
      let group = -1;
      for (let k = d - 2; k >= start && group < 0; k--) if (isIdentity(ctx, k)) group = k;
      if (bad && group >= 0) pushTokens(ctx, "hate", group, d + 3, 0.7, REASON);
    }
  }
}

const REASON = "generalisation: a vice said to be in an identity group's nature";

/** A bad word in the sentence of token d. */
function hasVice(ctx: TRuleContext, d: number): boolean {
  const { doc } = ctx;
  for (let k = sentenceStart(ctx, d); k < doc.count && doc.sentence[k] === doc.sentence[d]; k++)
    if (isBad(ctx, k)) return true;
  return false;
}

function sameOrNextSentence(ctx: TRuleContext, group: number, d: number): boolean {
  const s = ctx.doc.sentence;
  return s[group] === s[d] || s[group] === s[d] - 1;
}

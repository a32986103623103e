// A slur named as a word is mentioned, not used: "stop using the word X", "I hate the term X", "the
// slur X is offensive", "words like X". The context judge reads it as it reads a quotation, unless
// the sentence backs using the word ("keep using the word X", "nobody can stop me using the term X").

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import type { TMatch, TRuleContext } from "./match";

const WORD_NOUNS = createWordSet(
  "word words term terms slur slurs phrase phrases label labels expression expressions epithet epithets insult insults",
);
/** Backing the word's use: "keep using the word X", "I encourage the use of the term X". */
const BACK_USE = createWordSet(
  "keep keeps keeping encourage encourages encouraged continue continues love loves enjoy enjoys",
);
/** "never stop using", "can't stop me from using", "nobody will stop me using". */
const STOP = createWordSet("stop stopping");
const STOP_DENIED = createWordSet("never can can't cant cannot won't wont nobody nothing");

/**
 * The match (at most three words) follows a word for words ("the word X", "slurs like X") in a
 * sentence that does not back using it.
 */
export function isMentioned(ctx: TRuleContext, m: TMatch): boolean {
  const { doc } = ctx;
  if (m.to - m.from > 3 || m.from < 1) return false;
  const before = m.from - 1;
  if (doc.sentence[before] !== doc.sentence[m.from]) return false;
  const named =
    WORD_NOUNS(doc, before) ||
    // "words like X", "terms such as X".
    (m.from >= 2 &&
      (tokenIs(doc, before, "like") || tokenIs(doc, before, "as")) &&
      (WORD_NOUNS(doc, before - 1) ||
        (tokenIs(doc, before - 1, "such") && WORD_NOUNS(doc, before - 2))));
  return named && !backsUse(ctx, before);
}

function backsUse(ctx: TRuleContext, at: number): boolean {
  const { doc } = ctx;
  const s = doc.sentence[at];
  for (let k = at - 1; k >= 0 && doc.sentence[k] === s; k--) {
    if (BACK_USE(doc, k)) return true;
    if (!STOP(doc, k)) continue;
    for (let b = k - 1; b >= 0 && b >= k - 3 && doc.sentence[b] === s; b--)
      if (STOP_DENIED(doc, b)) return true;
  }
  return false;
}

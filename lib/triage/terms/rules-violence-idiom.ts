// Set phrases that threaten without a violent verb: "your days are numbered", "watch your back",
// "you'll end up in a ditch", "X are on my hit list", "teach X a lesson".

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import { sentenceStart, type TRuleContext } from "./match";
import { isIdentity } from "./rules-hate";
import { addressedIdentity, pushThreat, targetAfter } from "./rules-violence-target";

/** First words of threat idioms (one lookup per token). */
export const IDIOM_START = createWordSet("days be pay end watch live");
const WONT = createWordSet("won't wont");
const GRAVES = createWordSet("ditch grave graves coffin coffins morgue box bag bags hospital");

/**
 * Set phrases that threaten without a violent verb, aimed at an identity group named in the same
 * sentence. Most are addressed ("X, your days are numbered", "watch your back, you X", "you'll end
 * up in a ditch"): said of a group in the third person they are often news ("their days are
 * numbered", "refugees end up in hospital"). "X will be sorry" (not "sorry to hear") and "X will
 * pay in blood" (not "… for the war": a prediction) threaten in any person.
 */
export function threatIdiom(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  let end = -1;
  const addressed = i > 0 && (tokenIs(doc, i - 1, "your") || (cls[i - 1] & C.YOU) !== 0);
  if (
    tokenIs(doc, i, "days") &&
    addressed &&
    cls[i + 1] & C.COPULA &&
    tokenIs(doc, i + 2, "numbered")
  )
    end = i + 3;
  else if (
    tokenIs(doc, i, "be") &&
    tokenIs(doc, i + 1, "sorry") &&
    i > 0 &&
    cls[i - 1] & C.MODAL &&
    !tokenIs(doc, i + 2, "to")
  )
    end = i + 2;
  else if (
    tokenIs(doc, i, "pay") &&
    i > 0 &&
    cls[i - 1] & C.MODAL &&
    tokenIs(doc, i + 1, "in") &&
    tokenIs(doc, i + 2, "blood") &&
    !tokenIs(doc, i + 3, "for")
  )
    end = i + 3;
  else if (tokenIs(doc, i, "end") && tokenIs(doc, i + 1, "up") && youBefore(ctx, i)) {
    if (tokenIs(doc, i + 2, "dead")) end = i + 3;
    else if (tokenIs(doc, i + 2, "in"))
      for (let k = i + 3; k <= i + 5 && k < doc.count; k++)
        if (GRAVES(doc, k)) {
          end = k + 1;
          break;
        } else if (!(cls[k] & C.ARTICLE) && !tokenIs(doc, k, "body")) break;
  } else if (tokenIs(doc, i, "watch") && tokenIs(doc, i + 1, "your") && tokenIs(doc, i + 2, "back"))
    end = i + 3;
  else if (
    // "X better watch out" (not "… watch out for scams": advice).
    tokenIs(doc, i, "watch") &&
    tokenIs(doc, i + 1, "out") &&
    tokenIs(doc, i - 1, "better") &&
    !tokenIs(doc, i + 2, "for")
  )
    end = i + 2;
  else if (
    // "you X won't live to see next year".
    tokenIs(doc, i, "live") &&
    tokenIs(doc, i + 1, "to") &&
    tokenIs(doc, i + 2, "see") &&
    i > 0 &&
    (WONT(doc, i - 1) || (ctx.cls[i - 1] & C.NEGATOR && ctx.cls[i - 2] & C.MODAL))
  )
    end = i + 3;
  if (end < 0 || doc.sentence[end - 1] !== doc.sentence[i]) return;
  // Said to "you" ("your days", "watch your back", "you'll end up"): the group must be the one
  // addressed. "X will be sorry", "X will pay in blood", "X better watch out" threaten in any person.
  const toYou = !tokenIs(doc, i, "be") && !tokenIs(doc, i, "pay") && !tokenIs(doc, i + 1, "out");
  const g = toYou ? addressedIdentity(ctx, i) : groupInSentence(ctx, i);
  if (g < 0) return;
  // "won't live to see": the negation is part of the idiom.
  pushThreat(ctx, { kind: "identity", at: g }, Math.min(g, i), Math.max(g + 1, end), true);
}

/** An identity group anywhere in token k's sentence, or the group addressed as "you X". */
function groupInSentence(ctx: TRuleContext, k: number): number {
  const { doc } = ctx;
  const start = sentenceStart(ctx, k);
  for (let g = start; g < doc.count && doc.sentence[g] === doc.sentence[k]; g++)
    if (isIdentity(ctx, g)) return g;
  return -1;
}

/** "you'll end up …", "you will end up …": the reader addressed, within two words before k. */
function youBefore(ctx: TRuleContext, k: number): boolean {
  for (let b = k - 1; b >= 0 && b >= k - 2 && ctx.doc.sentence[b] === ctx.doc.sentence[k]; b--)
    if (ctx.cls[b] & C.YOU || YOU_WILL(ctx.doc, b)) return true;
  return false;
}

/** "you'll", "you'd": the reader and a modal in one word (not in the lexicon's "you" class). */
const YOU_WILL = createWordSet("you'll youll you'd");

/**
 * "You X are next on my list", "X are on my hit list": the writer's list, a group its subject
 * ("next on my list of places to visit" and "on my reading list" stay out).
 */
export function hitList(ctx: TRuleContext, i: number): void {
  const { doc } = ctx;
  const hit = tokenIs(doc, i - 1, "hit");
  const my = hit ? i - 2 : i - 1;
  if (!tokenIs(doc, my, "my") || !tokenIs(doc, my - 1, "on")) return;
  if (!hit && !tokenIs(doc, my - 2, "next")) return;
  if (i + 1 < doc.count && doc.sentence[i + 1] === doc.sentence[i]) return;
  const start = sentenceStart(ctx, i);
  for (let g = my - 2; g >= start; g--)
    if (isIdentity(ctx, g)) {
      pushThreat(ctx, { kind: "identity", at: g }, g, i + 1);
      return;
    }
}

/** "Someone needs to teach X a lesson (with a bat)", "let's teach these X a lesson": punishment as a call. */
export function lesson(ctx: TRuleContext, i: number): void {
  const { doc } = ctx;
  const target = targetAfter(ctx, i, 3);
  if (target?.kind !== "identity") return;
  let l = target.at + 1;
  while (l < doc.count && l <= target.at + 2 && ctx.cls[l] & C.PEOPLE) l++;
  if (!tokenIs(doc, l, "a") || !tokenIs(doc, l + 1, "lesson")) return;
  // "a lesson in German" teaches; "a lesson", "a lesson with a bat", "a lesson they won't forget" punish.
  const after = l + 2;
  if (after < doc.count && doc.sentence[after] === doc.sentence[i] && tokenIs(doc, after, "in"))
    return;
  pushThreat(ctx, target, i, l + 2);
}

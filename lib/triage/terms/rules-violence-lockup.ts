// Violence frames that lock an identity group away or drive it out ("lock up all X", "put them in
// camps", "run every X out of town"): scored as hate (exclusion), not as a threat.

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import { pushTokens, type TRuleContext } from "./match";
import { afterGroup, determinedGroup } from "./rules-implicit";
import { targetAfter } from "./rules-violence-target";

const UP = createWordSet("up");

export const EXCLUSION_REASON = "call to expel, ban or lock up an identity group";

/** "lock up all X", "lock every X up", "round up the X", "cage them all" (a group just named): hate as exclusion. */
export function lockAway(ctx: TRuleContext, i: number): void {
  const { doc } = ctx;
  const lock = tokenIs(doc, i, "lock") || tokenIs(doc, i, "round");
  const target = targetAfter(ctx, i, 5);
  if (!target || target.kind !== "identity") return;
  // "lock" and "round" lock away only with "up", before the group or right after it.
  if (lock) {
    let up = false;
    for (let k = i + 1; k <= target.at + 2 && k < doc.count; k++) if (UP(doc, k)) up = true;
    if (!up) return;
  }
  pushTokens(ctx, "hate", i, target.at + 1, 0.75, EXCLUSION_REASON);
}

const EXCLUSION = createWordSet(
  "deported deport banned ban expelled expel removed interned sterilized sterilised segregated excluded kicked thrown shipped camps camp ghettos ghetto leave locked jailed imprisoned caged",
);

const PLACES = createWordSet("camps camp ghettos ghetto");
const INTO = createWordSet("in into to");

/** Verbs whose object does the leaving by its own choice: "allow refugees to leave", "help them to leave". */
const PERMIT = createWordSet(
  "allow allows allowed allowing let lets letting permit permits permitted help helps helped helping enable enables enabled free freed",
);
const VOTE = createWordSet("vote votes voted voting");
const WANT = createWordSet("want wants wanted wanna");

/** Is the group at g the object of a permitting verb ("allow (the) X to …", "vote for X to …")? */
function permitted(ctx: TRuleContext, g: number): boolean {
  let b = g - 1;
  while (b >= 0 && b >= g - 3 && ctx.cls[b] & (C.ARTICLE | C.QUANT)) b--;
  return PERMIT(ctx.doc, b) || (tokenIs(ctx.doc, b, "for") && VOTE(ctx.doc, b - 1));
}

/** "Gay people should be put in camps", "Muslims must be deported": exclusion of an identity group. */
export function exclusion(ctx: TRuleContext, target: number, modal: number): void {
  const { doc } = ctx;
  // "We should allow refugees to leave the camps", "I will vote for the Scots to leave", "many
  // Syrians want to leave the camps": their choice.
  if (permitted(ctx, target) || WANT(doc, modal)) return;
  for (
    let k = modal + 1;
    k < doc.count && k <= modal + 6 && doc.sentence[k] === doc.sentence[modal];
    k++
  ) {
    // Another modal starts another clause: "… should be shot needs to be banned" bans the writer.
    if (ctx.cls[k] & C.MODAL && !tokenIs(doc, k, "to")) break;
    // A camp or ghetto is exclusion only as a destination: "put in camps", not "the camp closes".
    if (EXCLUSION(doc, k) && (!PLACES(doc, k) || (k > 0 && INTO(doc, k - 1)))) {
      pushTokens(ctx, "hate", target, k + 1, 0.75, EXCLUSION_REASON);
      return;
    }
  }
}

/** "run every X out of town / of here": the group driven out, hate as exclusion. Pushes it. */
export function runOutOf(ctx: TRuleContext, i: number): boolean {
  const { doc } = ctx;
  const g = determinedGroup(ctx, i);
  if (g < 0) return false;
  const o = afterGroup(ctx, g);
  if (!tokenIs(doc, o, "out") || !tokenIs(doc, o + 1, "of")) return false;
  pushTokens(ctx, "hate", i, o + 2, 0.75, EXCLUSION_REASON);
  return true;
}

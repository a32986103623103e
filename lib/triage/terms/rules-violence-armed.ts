// Threats carried by a weapon rather than a violent verb: armed plans, weapons readied or brought
// for a group, "feel my knife", a group named as armed targets, "deal with X" armed or for good.

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import { SELF_WILL, sentenceEnd, sentenceStart, writerBefore, type TRuleContext } from "./match";
import { isIdentity } from "./rules-hate";
import { isCall, pushThreat, targetAfter } from "./rules-violence-target";

/** Weapons a writer may say they will bring: "… with my rifle", "… with a knife". */
export const WEAPONS = createWordSet(
  "gun guns rifle rifles shotgun shotguns pistol pistols revolver knife knives machete machetes axe axes hatchet bat bats crowbar hammer ak ak47 ar15 bullet bullets ammo",
);
const OWNER = createWordSet("my our a an the this his their some");
const OUTSIDE = createWordSet("outside");
/** Verbs of care: "I'll protect the X with my rifle" is no threat to them. */
const SHIELD = createWordSet(
  "protect protecting defend defending guard guarding save saving help helping shelter sheltering escort escorting feed feeding",
);

/**
 * "I'll take care of those X with my rifle", "we are going to visit the X tonight with our guns":
 * the writer's plan (a first person and a modal) for an identity group, with a weapon in hand.
 */
export function armedPlan(ctx: TRuleContext, w: number): void {
  const { doc, cls } = ctx;
  const k = OWNER(doc, w + 1) ? w + 2 : w + 1;
  if (k >= doc.count || doc.sentence[k] !== doc.sentence[w] || !WEAPONS(doc, k)) return;
  const start = sentenceStart(ctx, w);
  let group = -1;
  for (let b = w - 1; b >= start && b >= w - 6 && group < 0; b--) if (isIdentity(ctx, b)) group = b;
  if (group < 0) return;
  let self = -1;
  // "I'm outside the X meeting with a gun": the writer standing at the group's door, armed.
  let modal = OUTSIDE(doc, group - 1) || (cls[group - 1] & C.ARTICLE && OUTSIDE(doc, group - 2));
  // "… to protect them with my gun": care, not a threat.
  for (let b = group + 1; b < w; b++) if (SHIELD(doc, b)) return;
  for (let b = group - 1; b >= start; b--) {
    if (SHIELD(doc, b)) return;
    if (cls[b] & C.MODAL) modal = true;
    if (cls[b] & C.SELF || SELF_WILL(doc, b)) {
      self = b;
      break;
    }
  }
  if (self < 0 || !modal) return;
  pushThreat(ctx, { kind: "identity", at: group }, self, k + 1);
}

/** "I'm sharpening my knife for the X", "I've got a bullet for every X": a weapon readied for a group. */
export function weaponFor(ctx: TRuleContext, w: number): void {
  const target = targetAfter(ctx, w + 1, 3);
  if (!target || target.kind !== "identity" || !writerBefore(ctx, w)) return;
  pushThreat(ctx, target, w, target.at + 1);
}

/** "I'm bringing a knife to the X meeting tonight": a weapon brought where a group gathers. */
export function weaponBrought(ctx: TRuleContext, i: number): void {
  const { doc } = ctx;
  const w = OWNER(doc, i + 1) ? i + 2 : i + 1;
  if (!WEAPONS(doc, w) || !tokenIs(doc, w + 1, "to") || !writerBefore(ctx, i, 3)) return;
  const target = targetAfter(ctx, w + 1, 3);
  if (target?.kind === "identity") pushThreat(ctx, target, i, target.at + 1);
}

const WRATH = createWordSet("wrath fists fist blade");

/** "X will feel my knife", "you X will feel my wrath": the writer's weapon promised to a group. */
export function feelMyWeapon(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  if (!tokenIs(doc, i + 1, "my") || !(WEAPONS(doc, i + 2) || WRATH(doc, i + 2))) return;
  if (i < 2 || !(cls[i - 1] & C.MODAL)) return;
  let g = i - 2;
  while (g > 0 && cls[g] & C.PEOPLE) g--;
  if (isIdentity(ctx, g)) pushThreat(ctx, { kind: "identity", at: g }, g, i + 3);
}

const FOR_GOOD = createWordSet("permanently");

/** "Give me a gun and I'll deal with the X", "I'll deal with the X permanently": dealing with a group, armed or for good. */
export function dealtWith(ctx: TRuleContext, i: number): void {
  const { doc } = ctx;
  if (!tokenIs(doc, i + 1, "with") || !isCall(ctx, i)) return;
  const target = targetAfter(ctx, i + 1, 4);
  if (!target || target.kind === "armed") return;
  if (FOR_GOOD(doc, target.at + 1) || weaponInSentence(ctx, i))
    pushThreat(ctx, target, i, target.at + 1);
}

/** A weapon named anywhere in token i's sentence. */
function weaponInSentence(ctx: TRuleContext, i: number): boolean {
  const end = sentenceEnd(ctx, i);
  for (let k = sentenceStart(ctx, i); k < end; k++) if (WEAPONS(ctx.doc, k)) return true;
  return false;
}

/** "My rifle is loaded and the X are my targets": a group named as the writer's targets, armed. */
export function namedTargets(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  if (!(tokenIs(doc, i - 1, "my") || tokenIs(doc, i - 1, "our")) || !(cls[i - 2] & C.COPULA))
    return;
  const g = cls[i - 3] & C.PEOPLE ? i - 4 : i - 3;
  if (g < 0 || !isIdentity(ctx, g)) return;
  if (weaponInSentence(ctx, i)) pushThreat(ctx, { kind: "identity", at: g }, g, i + 1);
}

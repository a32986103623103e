// Harm to the body: verbs violent only with a body part after them ("slit the throats of …",
// "cut every X's throat") and tearing apart.

import { createWordSet } from "../text/word-set";
import { type TRuleContext } from "./match";
import { isIdentity } from "./rules-hate";

/** Verbs violent only with a body part after them: "break the neck of …", "slit the throats of …". */
export const BODY_VERBS = createWordSet("break snap cut crack bash smash slit");
export const BODY_PARTS = createWordSet(
  "throat throats neck necks head heads face faces skull skulls teeth legs arms knees kneecaps bones",
);

/** "cut every X's throat": a group's body part, the possessive on the group, within four words. */
export function ownedBodyPart(ctx: TRuleContext, i: number): boolean {
  const { doc } = ctx;
  for (let k = i + 1; k + 1 < doc.count && k <= i + 4 && doc.sentence[k] === doc.sentence[i]; k++)
    if (doc.tokBaseEnd[k] !== doc.tokEnd[k] && isIdentity(ctx, k) && BODY_PARTS(doc, k + 1))
      return true;
  return false;
}

/** "break your neck", "slit their throats": a possessive before the body part. */
export const POSSESSIVE = createWordSet("your their his her my our");
export const TEAR = createWordSet("tear rip");
const APART = createWordSet("apart pieces limb shreds");

export function apartSoon(ctx: TRuleContext, i: number): boolean {
  const { doc } = ctx;
  for (let k = i + 2; k < doc.count && k <= i + 5 && doc.sentence[k] === doc.sentence[i]; k++)
    if (APART(doc, k)) return true;
  return false;
}

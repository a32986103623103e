// Threats (calls for and wishes of violence) and insults addressed to a person. War-news readers
// cheer military action against armed groups all the time ("SAA should annihilate terrorists",
// "kill every daeshbag"): that is scored as low-severity threat evidence (0.25, under the default
// threshold) so it stays visible without flooding the queue, while the same words aimed at an
// identity group or a person score 0.8–0.9.

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import { pushTokens, sentenceStart, type TRuleContext } from "./match";
import { isIdentity, lastMention } from "./rules-hate";

type TTarget = { kind: "identity" | "person" | "armed" | "actor"; at: number } | null;

const SKIPPABLE = C.QUANT | C.ARTICLE | C.FILLER;
/** Words between a violent verb and its target: "wipe out the …", "kill every single …". */
const PARTICLES = createWordSet(
  "out up down off single last one of them all next first few houses homes mosques synagogues churches shops",
);

/** Who token i names: an identity group, a person, an armed group, or a state ("death to America"). */
function targetAt(ctx: TRuleContext, i: number): TTarget {
  const c = ctx.cls[i];
  if (isIdentity(ctx, i)) return { kind: "identity", at: i };
  if (c & (C.GROUP | C.COMBATANT)) return { kind: "armed", at: i };
  if (c & C.YOU) return { kind: "person", at: i };
  if (c & C.THEY) {
    const referent = lastMention(ctx, i);
    if (referent === "armed") return { kind: "armed", at: i };
    if (referent === "identity") return { kind: "identity", at: i };
    return { kind: "person", at: i };
  }
  if (c & C.ACTOR) return { kind: "actor", at: i };
  return null;
}

function targetAfter(ctx: TRuleContext, i: number, limit: number): TTarget {
  const { doc, cls } = ctx;
  for (let k = i + 1; k < doc.count && k <= i + limit && doc.sentence[k] === doc.sentence[i]; k++) {
    const t = targetAt(ctx, k);
    if (t) return t;
    if (!(cls[k] & SKIPPABLE) && !PARTICLES(doc, k)) return null;
  }
  return null;
}

const WEIGHTS = { identity: 0.9, person: 0.75, actor: 0.55, armed: 0.25 };
const REASONS = {
  identity: "call for violence against an identity group",
  person: "threat or call for violence against a person",
  actor: "call for violence against a country or its people",
  armed: "call for military violence against an armed group (war discussion, low severity)",
};

function pushThreat(
  ctx: TRuleContext,
  target: NonNullable<TTarget>,
  from: number,
  to: number,
): void {
  pushTokens(ctx, "threat", from, to, WEIGHTS[target.kind], REASONS[target.kind]);
  if (target.kind === "identity")
    pushTokens(ctx, "hate", from, to, 0.6, "violence against an identity group");
  if (target.kind === "person" && ctx.cls[target.at] & C.YOU)
    pushTokens(ctx, "harassment", from, to, 0.5, "threat addressed to a person");
}

/** Is the violent verb at i a call or intention (imperative, modal, "let's", "kill all …")? */
function isCall(ctx: TRuleContext, i: number): boolean {
  const { doc, cls } = ctx;
  const start = sentenceStart(ctx, i);
  if (i === start || (i === start + 1 && cls[start] & (C.FILLER | C.SELF))) return true;
  if (i + 1 < doc.count && cls[i + 1] & C.QUANT) return true;
  // "should annihilate", "need to kill", "time to wipe out", "I'll shoot" — but not "people who
  // want to hurt …": a relative clause describes someone else's intent.
  for (let k = i - 1; k >= start && k >= i - 4; k--) if (tokenIs(doc, k, "who")) return false;
  for (let k = i - 1; k >= start && k >= i - 4; k--) if (cls[k] & C.MODAL) return true;
  return false;
}

export function threats(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let i = 0; i < doc.count; i++) {
    const c = cls[i];
    if (c & C.VIOLENT && isCall(ctx, i)) {
      const target = targetAfter(ctx, i, 5);
      if (target) pushThreat(ctx, target, i, target.at + 1);
    } else if (c & C.MODAL && i > 0) {
      // "Muslims should be shot", "you will die", "they deserve to hang".
      const target =
        targetAt(ctx, i - 1) ?? (i > 1 && cls[i - 1] & C.PEOPLE ? targetAt(ctx, i - 2) : null);
      if (!target) continue;
      for (let k = i + 1; k < doc.count && k <= i + 4 && doc.sentence[k] === doc.sentence[i]; k++) {
        if (cls[k] & C.VIOLENT_PART) {
          pushThreat(ctx, target, target.at, k + 1);
          break;
        }
        if (!(cls[k] & (C.COPULA | C.QUANT | C.FILLER)) && !tokenIs(doc, k, "to")) break;
      }
      if (target.kind === "identity") exclusion(ctx, target.at, i);
    } else if (tokenIs(doc, i, "death") && i + 1 < doc.count && tokenIs(doc, i + 1, "to")) {
      const target = targetAfter(ctx, i + 1, 3);
      if (target) pushThreat(ctx, target, i, target.at + 1);
    }
  }
}

const EXCLUSION = createWordSet(
  "deported deport banned ban expelled expel removed interned sterilized sterilised segregated excluded kicked thrown shipped camps camp ghettos ghetto leave locked jailed imprisoned caged",
);

const PLACES = createWordSet("camps camp ghettos ghetto");
const INTO = createWordSet("in into to");

/** "Gay people should be put in camps", "Muslims must be deported": exclusion of an identity group. */
function exclusion(ctx: TRuleContext, target: number, modal: number): void {
  const { doc } = ctx;
  for (
    let k = modal + 1;
    k < doc.count && k <= modal + 6 && doc.sentence[k] === doc.sentence[modal];
    k++
  ) {
    // Another modal starts another clause: "… should be shot needs to be banned" bans the writer.
    if (ctx.cls[k] & C.MODAL && !tokenIs(doc, k, "to")) break;
    // A camp or ghetto is exclusion only as a destination: "put in camps", not "the camp closes".
    if (EXCLUSION(doc, k) && (!PLACES(doc, k) || (k > 0 && INTO(doc, k - 1)))) {
      pushTokens(
        ctx,
        "hate",
        target,
        k + 1,
        0.75,
        "call to expel, ban or lock up an identity group",
      );
      return;
    }
  }
}

/** "you idiot", "you are a complete moron", "your stupid …": an insult addressed to the reader. */
export function addressedInsults(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let i = 0; i + 1 < doc.count; i++) {
    if (!(cls[i] & C.YOU)) continue;
    for (let k = i + 1; k < doc.count && k <= i + 5 && doc.sentence[k] === doc.sentence[i]; k++) {
      if (cls[k] & (C.INSULT | C.DEHUMAN)) {
        pushTokens(ctx, "harassment", i, k + 1, 0.8, "insult addressed to a person");
        break;
      }
      if (!(cls[k] & (C.COPULA | C.FILLER | C.ARTICLE | C.QUANT | C.NEGATOR))) break;
    }
  }
}

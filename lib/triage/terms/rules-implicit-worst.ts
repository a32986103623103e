// A group ranked worst of all: "nothing worse than a X", "I'd rather die than date a X", "the only
// good X is a dead one".

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import { pushTokens, scanAfter, sentenceEnd, sentenceStart, type TRuleContext } from "./match";
import { isIdentity } from "./rules-hate";

const WORSE = createWordSet("worse lower viler filthier dirtier");
const NOBODY = createWordSet("nothing nobody noone");
/** What a writer would "rather die than" do with a group: date, marry, hire, live next to … */
const CLOSE_TO = createWordSet(
  "date marry kiss hire trust touch hug befriend live work share sit be become vote sleep",
);

/** The identity group starting within `limit` words after k (past articles, quantifiers, "with", "next to"), or -1. */
function groupSoonAfter(ctx: TRuleContext, k: number, limit: number): number {
  const { doc, cls } = ctx;
  return (
    scanAfter(ctx, k, limit, (g) => {
      if (isIdentity(ctx, g)) return g;
      return cls[g] & (C.ARTICLE | C.QUANT) || NEXT_TO(doc, g) ? undefined : null;
    }) ?? -1
  );
}
const NEXT_TO = createWordSet("with next to for alongside");

const TARGET = C.IDENT | C.PROXY;
const THAN = createWordSet("than");
const IS_ARE = createWordSet("is are was were 's");

/**
 * A group as the worst there is, in three set phrasings: "there is nothing worse than a X" (also
 * "no one lower than"), "I'd rather die than date a X", "the only good X is a dead one".
 */
export function worstOfAll(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  // "than", or an identity (the second frame).
  for (let k = THAN.next(doc, 2, cls, TARGET); k >= 0; k = THAN.next(doc, k + 1, cls, TARGET)) {
    if (tokenIs(doc, k, "than")) {
      if (WORSE(doc, k - 1)) {
        let nobody = false;
        for (let b = k - 2; b >= k - 4 && b >= sentenceStart(ctx, k); b--)
          if (NOBODY(doc, b) || (tokenIs(doc, b, "no") && tokenIs(doc, b + 1, "one")))
            nobody = true;
        const g = nobody ? groupSoonAfter(ctx, k, 3) : -1;
        if (g > 0)
          pushTokens(
            ctx,
            "hate",
            k - 1,
            g + 1,
            0.7,
            "implicit derogation: nothing worse than an identity group",
          );
      } else if (
        tokenIs(doc, k - 1, "die") &&
        tokenIs(doc, k - 2, "rather") &&
        CLOSE_TO(doc, k + 1)
      ) {
        const g = groupSoonAfter(ctx, k + 1, 4);
        if (g > 0)
          pushTokens(
            ctx,
            "hate",
            k - 2,
            g + 1,
            0.75,
            "implicit derogation: rather die than be near an identity group",
          );
      }
    } else if (tokenIs(doc, k - 2, "only") && tokenIs(doc, k - 1, "good") && isIdentity(ctx, k)) {
      // "the only good X is a dead one / dead X / in the ground".
      const end = sentenceEnd(ctx, k);
      let dead = false;
      for (let d = k + 1; d < end && d <= k + 5; d++) {
        if (!tokenIs(doc, d, "dead")) continue;
        pushTokens(ctx, "hate", k - 2, d + 1, 0.9, "death wished on an identity group");
        pushTokens(ctx, "threat", k - 2, d + 1, 0.6, "death wished on an identity group");
        dead = true;
        break;
      }
      // "the only good X is a deported one", "… is one who keeps quiet": whatever follows, the
      // group is good only when made to be something else.
      if (!dead && k + 2 < end && IS_ARE(doc, k + 1))
        pushTokens(
          ctx,
          "hate",
          k - 2,
          k + 3,
          0.75,
          "implicit derogation: an identity group good only on a condition",
        );
    }
  }
}

// "X hater(s)", "X bashing": hostility to a group named as a thing people do. Said of others it is
// talk about prejudice (counter-speech, like "racist"); declared by the writer it is hatred.

import { type TDoc } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import { pushTokens, type TRuleContext } from "./match";

// Nouns only: "Jew-hating Islamists" is an adjective pinned on another group.
const HATERS = createWordSet(
  "hater haters bashing basher bashers baiting baiter baiters phobe phobes",
);
/** A group beside the compound makes it a label pinned on that group ("an Islamist Jew-hater"). */
const GROUPS = C.IDENT | C.PROXY | C.PEOPLE | C.GROUP | C.COMBATANT;

/** Marks the hater word after an identity ("Muslim hater", "gay bashing") as talk about prejudice. */
export function markHaters(doc: TDoc, cls: Uint32Array): void {
  for (let i = HATERS.next(doc, 1); i >= 0; i = HATERS.next(doc, i + 1)) {
    const s = doc.sentence[i];
    if (!(cls[i - 1] & (C.IDENT | C.PROXY)) || doc.sentence[i - 1] !== s) continue;
    if (i + 1 < doc.count && doc.sentence[i + 1] === s && cls[i + 1] & GROUPS) continue;
    if (i >= 2 && doc.sentence[i - 2] === s && cls[i - 2] & GROUPS) continue;
    cls[i] |= C.META;
  }
}

/** Words between "I am" and the group: "a proud", "an unapologetic", "a total". */
const SELF_GAP = createWordSet(
  "a an proud total complete real true big huge committed unapologetic open card-carrying lifelong",
);

const SELF_BE = createWordSet("i'm im we're");

/** "I am a proud Muslim hater", "I'm a Jew hater and proud of it": the writer declares the hatred. */
export function declaredHater(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let i = HATERS.next(doc, 2); i >= 0; i = HATERS.next(doc, i + 1)) {
    if (!(cls[i] & C.META)) continue;
    let b = i - 2;
    while (b >= 0 && b >= i - 5 && SELF_GAP(doc, b) && doc.sentence[b] === doc.sentence[i]) b--;
    if (b < 0 || doc.sentence[b] !== doc.sentence[i]) continue;
    // "I'm …" is one token; "I am …", "we are …" two.
    const contracted = SELF_BE(doc, b);
    const declared =
      contracted ||
      (cls[b] & C.COPULA &&
        b > 0 &&
        cls[b - 1] & C.SELF &&
        doc.sentence[b - 1] === doc.sentence[i]);
    if (!declared) continue;
    const from = contracted ? b : b - 1;
    pushTokens(ctx, "hate", from, i + 1, 0.75, "declared hatred of an identity group");
  }
}

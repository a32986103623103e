// Extremism: praise of or support for a terrorist group ("Islamic State was a real state", "long
// live the caliphate"), told apart from reporting about it ("ISIS attacked", "fighting ISIS").

import { tokenIs } from "../text/doc";
import { BLEND } from "./classify";
import { C } from "./lexicon";
import { pushTokens, type TRuleContext } from "./match";
import { lastMention } from "./rules-hate";

type TCue = { words: string[]; weight: number };

const cue = (text: string, weight: number): TCue => ({ words: text.split(" "), weight });

/** Praise said of the group after it is named: "ISIS … brought order". */
const PRAISE_AFTER: TCue[] = [
  ...[
    "real state",
    "true state",
    "proper state",
    "did nothing wrong",
    "remaining and expanding",
    "will rise again",
    "will return",
    "will rise",
    "will prevail",
    "will win",
  ].map((t) => cue(t, 0.55)),
  ...[
    "brought order",
    "brought peace",
    "brought justice",
    "brought security",
    "law and order",
    "ended corruption",
    "stopped corruption",
    "were right",
    "was right",
    "are right",
  ].map((t) => cue(t, 0.45)),
  ...[
    "took care",
    "looked after",
    "provided security",
    "paid salaries",
    "gave money",
    "kept order",
    "real government",
    "fair",
    "security",
    "order",
  ].map((t) => cue(t, 0.22)),
];

/** Support said before the group is named: "long live ISIS", "join the mujahideen". */
const SUPPORT_BEFORE: TCue[] = [
  ...[
    "long live",
    "god bless",
    "allah bless",
    "may allah protect",
    "victory to",
    "glory to",
    "pledge allegiance to",
    "i support",
    "we support",
    "stand with",
    "proud of",
    "i love",
    "we love",
  ].map((t) => cue(t, 0.6)),
];
/** Verbs that are support only as a command or the writer's own intent: "Join ISIS!", "I want to join". */
const IMPERATIVE_BEFORE: TCue[] = ["join", "support", "salute", "praise", "follow"].map((t) =>
  cue(t, 0.6),
);

function isOwnIntent(ctx: TRuleContext, sentenceFrom: number, at: number): boolean {
  if (at === sentenceFrom) return true;
  // A clause start after a vocative or a dash: "Brothers, join …".
  const gap = ctx.doc.norm.slice(ctx.doc.tokEnd[at - 1], ctx.doc.tokStart[at]);
  if (/[,:\-]/.test(gap)) return true;
  for (let k = at - 1; k >= sentenceFrom && k >= at - 4; k--) if (ctx.cls[k] & C.SELF) return true;
  return false;
}

function phraseAt(ctx: TRuleContext, at: number, words: string[]): boolean {
  if (at < 0 || at + words.length > ctx.doc.count) return false;
  for (let k = 0; k < words.length; k++) if (!tokenIs(ctx.doc, at + k, words[k])) return false;
  return true;
}

/** "fighting ISIS", "kill every daeshbag", "attacked by ISIS": the group is not being praised. */
function isOpposed(ctx: TRuleContext, sentenceFrom: number, g: number): boolean {
  if (ctx.blend[g] === BLEND.GROUP_COMPOUND) return true; // "daeshbag" is itself a put-down
  for (let k = sentenceFrom; k < g; k++) if (ctx.cls[k] & (C.OPPOSE | C.VIOLENT)) return true;
  return g > 0 && tokenIs(ctx.doc, g - 1, "by");
}

/** A group's name can run over several words ("Islamic State", "al-Qaeda"): highlight all of it. */
function nameEnd(ctx: TRuleContext, g: number): number {
  let end = g + 1;
  while (
    end < ctx.doc.count &&
    ctx.cls[end] & C.GROUP &&
    ctx.doc.sentence[end] === ctx.doc.sentence[g]
  )
    end++;
  return end;
}

/** The token that names the praised subject of each sentence, or -1. */
function subjectOf(ctx: TRuleContext, from: number, to: number): number {
  const { cls } = ctx;
  for (let k = from; k < to; k++) {
    if (cls[k] & C.GROUP && !(cls[k] & C.IDENT)) return isOpposed(ctx, from, k) ? -1 : k;
  }
  // "They paid salaries …" right after a sentence about the group continues it.
  for (let k = from; k < to && k < from + 2; k++) {
    if (cls[k] & C.THEY && lastMention(ctx, k) === "armed" && hasNamedGroupBefore(ctx, k)) return k;
  }
  return -1;
}

function hasNamedGroupBefore(ctx: TRuleContext, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 60; k--) if (ctx.cls[k] & C.GROUP) return true;
  return false;
}

export function extremismPraise(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  let from = 0;
  while (from < doc.count) {
    let to = from;
    while (to < doc.count && doc.sentence[to] === doc.sentence[from]) to++;
    const g = subjectOf(ctx, from, to);
    if (g >= 0) {
      for (let k = g + 1; k < to && k <= g + 25; k++) {
        if (cls[k] & C.PRAISE && k <= g + 8) {
          pushTokens(ctx, "extremism", g, k + 1, 0.45, "praise of a terrorist group");
          continue;
        }
        for (const c of PRAISE_AFTER) {
          if (phraseAt(ctx, k, c.words)) {
            pushTokens(
              ctx,
              "extremism",
              Math.max(g, k - 3),
              k + c.words.length,
              c.weight,
              "praise of a terrorist group's rule or cause",
            );
            break;
          }
        }
      }
    }
    // Support before a named group anywhere in the sentence ("long live the caliphate").
    for (let k = from; k < to; k++) {
      if (!(cls[k] & C.GROUP) || cls[k] & C.IDENT) continue;
      let before = k - 1;
      if (before >= from && cls[before] & C.ARTICLE) before--;
      for (const c of SUPPORT_BEFORE) {
        const at = before - c.words.length + 1;
        if (at >= from && phraseAt(ctx, at, c.words)) {
          pushTokens(
            ctx,
            "extremism",
            at,
            nameEnd(ctx, k),
            c.weight,
            "support for a terrorist group",
          );
          break;
        }
      }
      for (const c of IMPERATIVE_BEFORE) {
        if (before >= from && phraseAt(ctx, before, c.words) && isOwnIntent(ctx, from, before)) {
          pushTokens(
            ctx,
            "extremism",
            before,
            nameEnd(ctx, k),
            c.weight,
            "call to join or support a terrorist group",
          );
        }
      }
    }
    from = to;
  }
}

// A group told to leave for where it "came from": "Go back to Africa", "Send them back where they
// came from", "Muslims should go back to their own countries", "They should be shipped back to the
// jungle". The frame carries it, not the place: the places are where such demands send people, and
// a report ("they were sent back to Syria", "I went back to Mexico") or a wish the writer holds for
// themself ("we should go back to Africa next year") is not one.

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import { CONDITION, continues, pushTokens, type TRuleContext } from "./match";
import { isIdentity, lastMention } from "./rules-hate";

const BACK = createWordSet("back");
const SEND = createWordSet("send ship deport kick boot fly pack");
const SENT = createWordSet("sent shipped deported kicked booted flown packed");
/** Demands and wishes before the verb (not "will": "the government will send them back" predicts). */
const DEMAND = createWordSet(
  "should must need needs ought let's lets gotta just please better time i'd we'd",
);
/** Words between "send" and "back" that name whom: "them all", "every one of them", "these people". */
const SENT_WHO = C.THEY | C.QUANT | C.ARTICLE | C.PEOPLE | C.IDENT | C.PROXY;
const SENT_FILLER = createWordSet("of one all them");
/** Where such demands send people. */
const PLACES = createWordSet(
  "africa asia mexico china india pakistan somalia syria arabia jungle jungles desert deserts cave caves trees tree huts hut ghetto ghettos shithole shitholes hellhole hellholes sandbox caravan",
);
const COUNTRY = createWordSet("country countries homeland homelands land lands");
const OWNER = createWordSet("their your his her own");
const CAME = createWordSet("came come belong belongs crawled");
const WHERE_WHO = createWordSet("they you he she u ya");
const THIRD = createWordSet("third");

/** The index after the place a "back" at token b sends people to, or -1 when it names none. */
function destinationEnd(ctx: TRuleContext, b: number): number {
  const { doc, cls } = ctx;
  let k = b + 1;
  if (tokenIs(doc, k, "to")) k++;
  if (tokenIs(doc, k, "where")) {
    // "where they came from", "where you belong".
    const w = WHERE_WHO(doc, k + 1) ? k + 2 : -1;
    return w > 0 && CAME(doc, w) ? w + 1 : -1;
  }
  let owned = false;
  while (k < doc.count && k <= b + 4 && (cls[k] & C.ARTICLE || OWNER(doc, k))) {
    if (OWNER(doc, k)) owned = true;
    k++;
  }
  if (k >= doc.count || doc.sentence[k] !== doc.sentence[b]) return -1;
  if (PLACES(doc, k)) return k + 1;
  if (owned && COUNTRY(doc, k)) return k + 1;
  if (THIRD(doc, k) && tokenIs(doc, k + 1, "world")) return k + 2;
  return -1;
}

/** Is the verb at token v said to the group or about it, as a demand (not a report or the writer's plan)? */
function demanded(ctx: TRuleContext, v: number): boolean {
  const { doc, cls } = ctx;
  const start = v === 0 || doc.sentence[v - 1] !== doc.sentence[v];
  if (start) return true;
  for (let k = v - 1; k >= 0 && k >= v - 4 && doc.sentence[k] === doc.sentence[v]; k--) {
    if (DEMAND(doc, k) || (tokenIs(doc, k, "to") && k > 0 && DEMAND(doc, k - 1))) return true;
    if (k === v - 1 && cls[k] & C.YOU) return true;
  }
  return false;
}

const WRITER = 1;
const ADDRESSED = 2;
const GROUP = 3;

/** Who goes: the nearest writer, addressee or group within a few words before token v (0: none). */
function subjectBefore(ctx: TRuleContext, v: number): number {
  const { doc, cls } = ctx;
  for (let k = v - 1; k >= 0 && k >= v - 5 && doc.sentence[k] === doc.sentence[v]; k--) {
    if (cls[k] & C.SELF) return WRITER;
    if (cls[k] & C.YOU) return ADDRESSED;
    if (isIdentity(ctx, k) || cls[k] & C.THEY) return GROUP;
  }
  return 0;
}

export function toldToGoBack(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let b = BACK.next(doc, 1); b >= 0; b = BACK.next(doc, b + 1)) {
    const end = destinationEnd(ctx, b);
    // The term list's own phrases ("go back to your … country") have already said it.
    if (end < 0 || ctx.out.some((m) => m.harm === "hate" && m.from <= b && m.to > b)) continue;
    let from = -1;
    if (tokenIs(doc, b - 1, "go")) {
      // "Go back to …", "you should go back to …", "X need to go back to …".
      if (demanded(ctx, b - 1) && subjectBefore(ctx, b - 1) !== WRITER) from = b - 1;
    } else if (SENT(doc, b - 1) && tokenIs(doc, b - 2, "be") && demanded(ctx, b - 2)) {
      // "They should be shipped back to …".
      if (subjectBefore(ctx, b - 2) === GROUP) from = b - 1;
    } else {
      // "Send them (all) back to …": the verb, then whom.
      let v = b - 1;
      let named = false;
      while (v > 0 && v >= b - 5 && (cls[v] & SENT_WHO || SENT_FILLER(doc, v))) {
        if (isIdentity(ctx, v) || cls[v] & C.THEY) named = true;
        v--;
      }
      if (named && v < b - 1 && SEND(doc, v) && demanded(ctx, v)) from = v;
    }
    if (from >= 0)
      pushTokens(
        ctx,
        "hate",
        from,
        end,
        0.7,
        "exclusion of an identity group: told to go back where they came from",
      );
  }
}

const INTEGRATE = createWordSet("integrate assimilate adapt fit");
const REFUSE = createWordSet("refuse refuses refused never won't wont can't cant cannot");
const VALUES = createWordSet(
  "values society societies culture cultures civilisation civilization democracy life country",
);

/**
 * "Muslims will never integrate", "X refuse to assimilate", "X are incompatible with our values":
 * a group declared unable to belong. Not with a condition ("can't integrate without language
 * classes") and not when someone else bars them ("we never let them integrate").
 */
export function neverBelong(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let g = 0; g < doc.count; g++) {
    if (!isIdentity(ctx, g)) continue;
    let k = g + 1;
    while (k < doc.count && k <= g + 3 && cls[k] & (C.PEOPLE | C.FILLER | C.QUANT)) k++;
    const start = k;
    // "will never", "refuse to", "don't want to", "simply cannot".
    let refused = false;
    while (k < doc.count && k <= start + 4 && doc.sentence[k] === doc.sentence[g]) {
      if (REFUSE(doc, k) || cls[k] & C.NEGATOR) refused = true;
      else if (!(cls[k] & (C.MODAL | C.FILLER | C.COPULA)) && !tokenIs(doc, k, "to")) break;
      k++;
    }
    if (refused && INTEGRATE(doc, k) && !conditioned(ctx, k)) {
      // The refusal is the frame's own negation, not one that cancels it.
      pushTokens(ctx, "hate", g, k + 1, 0.65, NEVER_BELONG, true);
      continue;
    }
    // "X are incompatible with our / western values".
    if (cls[start] & C.COPULA && tokenIs(doc, start + 1, "incompatible")) {
      const w = start + 2;
      if (!tokenIs(doc, w, "with")) continue;
      for (let v = w + 1; v < doc.count && v <= w + 3 && doc.sentence[v] === doc.sentence[g]; v++)
        if (VALUES(doc, v)) {
          pushTokens(ctx, "hate", g, v + 1, 0.65, NEVER_BELONG);
          break;
        }
    }
  }
}

const NEVER_BELONG = "exclusion: an identity group said never to belong";

function conditioned(ctx: TRuleContext, k: number): boolean {
  const { doc } = ctx;
  for (let c = k + 1; c < doc.count && c <= k + 3 && doc.sentence[c] === doc.sentence[k]; c++)
    if (CONDITION(doc, c)) return true;
  return false;
}

const CONFINEMENT = createWordSet(
  "cages cage zoo zoos prison prisons jail jails camps camp ghettos",
);

/**
 * "X do not belong in cages": the term list's "X do not belong" (exclusion) denies a confinement
 * here, not the group's place among us.
 */
export function deniedConfinement(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let m = ctx.out.length - 1; m >= 0; m--) {
    const match = ctx.out[m];
    const last = match.to - 1;
    if (match.harm !== "hate" || !tokenIs(doc, last, "belong") || !tokenIs(doc, match.to, "in"))
      continue;
    const place = cls[match.to + 1] & C.ARTICLE ? match.to + 2 : match.to + 1;
    let negated = false;
    for (let k = match.from; k < last; k++) if (cls[k] & C.NEGATOR) negated = true;
    // Its negation is then an ordinary one, which the context judge reads as negated hate.
    if (negated && CONFINEMENT(doc, place)) ctx.out[m] = { ...match, ownsNegation: false };
  }
}

const HOPE = createWordSet("hope hoping wish");
const LEAVE = createWordSet("leave go");
const AWAY = createWordSet("away home");

/** "X came to our church. I hope they never come back / they leave": a group wished gone. */
export function wishedGone(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let h = 1; h + 2 < doc.count; h++) {
    if (!HOPE(doc, h) || !(cls[h - 1] & C.SELF)) continue;
    const t = h + 1;
    if (!(cls[t] & C.THEY) || lastMention(ctx, t) !== "identity") continue;
    let v = t + 1;
    const never = cls[v] & C.NEGATOR;
    if (never) v++;
    const comeBack = tokenIs(doc, v, "come") && tokenIs(doc, v + 1, "back");
    // "never come back", "leave", "go away": the clause ending there.
    const end = comeBack
      ? v + 2
      : LEAVE(doc, v) && !never
        ? AWAY(doc, v + 1)
          ? v + 2
          : v + 1
        : -1;
    if (end < 0 || (comeBack && !never) || continues(ctx, end - 1)) continue;
    pushTokens(ctx, "hate", h - 1, end, 0.65, "exclusion: an identity group wished gone", true);
  }
}

// Counter-speech that defends a group rather than quoting what is said against it: a claim called
// wrong before it is stated ("it's wrong to think X are …", "don't let anyone tell you X are …"),
// attackers of the group condemned ("anyone who attacks X is a coward"), harm for being who one is
// refused ("nobody should be harassed for being X"), jokes about harming the group rejected, and
// calls to stop mistreating it. The bag-of-words model reads the attack words in these and
// nothing of the frame.

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { isNegatedSubject, isNegatorAt } from "./context";
import { DONE_TO, holdersInsultedAfter, HOLDERS, TREATED_WELL } from "./counter-frames";
import { C } from "./lexicon";
import type { TRuleContext } from "./match";

/** Words that call a view or an act wrong: "it's wrong / unfair / ignorant to …". */
const WRONG = createWordSet(
  "wrong unfair unjust ignorant racist bigoted false absurd ridiculous offensive hurtful unacceptable shameful cruel silly stupid dumb",
);
/** What it is wrong to do to a group, after "to": think, say, blame, treat … */
const WRONG_TO = createWordSet(
  "think say claim believe assume suggest pretend call blame treat label paint see stereotype generalise generalize judge portray describe lump accuse dismiss hate fear",
);
const LET = createWordSet("let");
const ANYONE_ELSE = createWordSet("anyone anybody people them someone somebody others");
const TELL = createWordSet("tell convince persuade fool");

/**
 * A claim rejected before it is made, between a (sentence start) and `from`: "it's wrong to think
 * …", "it is ignorant to say …", "don't let anyone tell you …". Not when the wrongness is denied
 * ("there's nothing wrong with saying …", "it's not wrong to say …").
 */
export function rejectedClaimBefore(ctx: TRuleContext, a: number, from: number): boolean {
  const { doc, cls } = ctx;
  for (let k = a; k < from; k++) {
    if (WRONG(doc, k) && tokenIs(doc, k + 1, "to") && k + 2 < from && WRONG_TO(doc, k + 2)) {
      let denied = false;
      for (let n = k - 1; n >= a && n >= k - 3; n--)
        if (cls[n] & C.NEGATOR || tokenIs(doc, n, "nothing")) denied = true;
      if (!denied) return true;
    }
    // "Don't let anyone tell you …", "never let them convince you …".
    if (
      LET(doc, k) &&
      k > a &&
      cls[k - 1] & C.NEGATOR &&
      ANYONE_ELSE(doc, k + 1) &&
      k + 2 < from &&
      TELL(doc, k + 2)
    )
      return true;
  }
  return false;
}

/** The word before the group at g, past articles (and quantifiers, with `mask`), not before `floor`. */
function wordBefore(ctx: TRuleContext, g: number, floor: number, mask: number): number {
  let v = g - 1;
  while (v > floor && ctx.cls[v] & mask) v--;
  return v;
}

/** The index after the group at g and up to two words for people ("X people", "X folks"). */
function afterPeople(ctx: TRuleContext, g: number, end: number): number {
  let e = g + 1;
  while (e < end && e <= g + 2 && ctx.cls[e] & C.PEOPLE) e++;
  return e;
}

/** Acts against a group that a writer condemns in others: attacks, harassment, hatred. */
const ATTACKS = createWordSet(
  "attacks attack attacked harasses harass harassed hurts hurt targets target targeted abuses abuse abused bullies bully bullied mocks mock insults insult threatens threaten threatened hates hate despises discriminates beats beat kills kill",
);
const REL = createWordSet("who that");

/** "Anyone who attacks X is a coward", "people who harass X are scum": the group's attackers condemned. */
export function attackersCondemned(ctx: TRuleContext, g: number, end: number): boolean {
  const { doc } = ctx;
  const v = wordBefore(ctx, g, 0, C.ARTICLE | C.QUANT);
  if (v < 2 || !ATTACKS(doc, v) || !REL(doc, v - 1) || !HOLDERS(doc, v - 2)) return false;
  return holdersInsultedAfter(ctx, afterPeople(ctx, g, end), end);
}

const MERELY = createWordSet("just simply only merely");

/**
 * "Nobody should be harassed just for being X", "no one deserves to be attacked for being X": the
 * harm refused, the group named as the reason it must not be done.
 */
export function refusedHarmForBeing(ctx: TRuleContext, g: number, start: number): boolean {
  const { doc } = ctx;
  const v = wordBefore(ctx, g, start, C.ARTICLE);
  if (v - 1 < start || !tokenIs(doc, v, "being") || !tokenIs(doc, v - 1, "for")) return false;
  let p = v - 2;
  if (p >= start && MERELY(doc, p)) p--;
  // "singled out for being X".
  if (p >= start && tokenIs(doc, p, "out")) p--;
  if (p < start || !DONE_TO(doc, p)) return false;
  for (let n = p - 1; n >= start && n >= p - 4; n--) if (isNegatorAt(ctx, n)) return true;
  return isNegatedSubject(ctx, p);
}

const JOKES = createWordSet("jokes joke joking comments remarks memes");
const ABOUT = createWordSet("about");
const FUNNY = createWordSet("funny ok okay acceptable harmless cool fine joke humour humor clever");

/** "Jokes about killing X aren't funny", "X jokes are not okay": humour at the group's expense refused. */
export function jokesRejected(ctx: TRuleContext, g: number, start: number, end: number): boolean {
  const { doc } = ctx;
  let j = -1;
  // "jokes about (killing) X" or "X jokes".
  for (let k = g - 1; k >= start && k >= g - 4; k--) {
    if (ABOUT(doc, k) && k > start && JOKES(doc, k - 1)) {
      j = k - 1;
      break;
    }
  }
  let e = afterPeople(ctx, g, end);
  if (j < 0 && JOKES(doc, e)) e++;
  else if (j < 0) return false;
  // A negated copula, then the approving word: "aren't funny", "are not okay", "is never a joke".
  for (let k = e; k < end && k <= e + 2; k++) {
    if (!isNegatorAt(ctx, k)) continue;
    for (let f = k + 1; f < end && f <= k + 3; f++) if (FUNNY(doc, f)) return true;
    return false;
  }
  return false;
}

const STOP = createWordSet("stop quit cease end");
/** Gerunds of mistreating a group: "stop blaming X", "quit treating X like …". */
const MISTREATING = createWordSet(
  "treating blaming attacking harassing demonizing demonising scapegoating insulting hating bullying mocking targeting stereotyping dehumanizing dehumanising excluding persecuting abusing vilifying villifying othering killing hurting",
);

/** "Stop treating X like second-class citizens", "stop blaming X for everything". */
export function stoppedMistreatment(ctx: TRuleContext, g: number, start: number): boolean {
  const v = wordBefore(ctx, g, start, C.ARTICLE | C.QUANT);
  return v > start && MISTREATING(ctx.doc, v) && STOP(ctx.doc, v - 1);
}

const SINGLE = createWordSet("single one");
/** Between "No X" and the harm: "deserves to be", "should ever be", "must be". */
const HARM_GAP = createWordSet("deserves deserve should must ever be to get gets");

/** "No X deserves to be attacked", "not a single X should ever be harassed": harm to every one refused. */
export function harmRefusedToEvery(
  ctx: TRuleContext,
  g: number,
  start: number,
  end: number,
): boolean {
  const { doc, cls } = ctx;
  let v = g - 1;
  if (v > start && SINGLE(doc, v)) v--;
  if (v > start && tokenIs(doc, v, "a")) v--;
  const no = v >= start && (tokenIs(doc, v, "no") || (tokenIs(doc, v, "not") && v < g - 1));
  if (!no) return false;
  let p = afterPeople(ctx, g, end);
  const gap = p;
  while (p < end && p <= gap + 3 && HARM_GAP(doc, p)) p++;
  if (p === gap || p >= end) return false;
  // "No X deserves to be treated with dignity" denies them the good treatment.
  if (tokenIs(doc, p, "treated") && TREATED_WELL(doc, p + 1)) return false;
  return DONE_TO(doc, p) || (cls[p] & C.VIOLENT_PART) !== 0;
}

/** Any of the frames above around the group named at g, in the sentence [start, end). */
export function defendsGroupAt(ctx: TRuleContext, g: number, start: number, end: number): boolean {
  return (
    rejectedClaimBefore(ctx, start, g) ||
    attackersCondemned(ctx, g, end) ||
    refusedHarmForBeing(ctx, g, start) ||
    harmRefusedToEvery(ctx, g, start, end) ||
    jokesRejected(ctx, g, start, end) ||
    stoppedMistreatment(ctx, g, start)
  );
}

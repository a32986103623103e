// Trust, respect or liking denied to a whole group, by a negator ("never trust X") or by a question
// of contempt ("why should we tolerate X?", "do X ever stop whining?").

import { originalLetters, tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import { continues, pushTokens, type TRuleContext } from "./match";
import {
  groupEnd,
  identityAfter,
  POSSESSIVES,
  QUALITY_WORDS,
  VALUE_WORDS,
} from "./rules-hate-frames-negated";

/** Verbs whose negation with a group as object denies it something: "never trust / respect / hire X". */
const DENY_VERBS = createWordSet(
  "trust respect hire employ marry tolerate vote like love accept want welcome support date befriend",
);
/** Words between a negator and the verb it denies: "never going to accept", "don't even like". */
const DENY_GAP = createWordSet("going to ever even really be able gonna");
/** "I don't see X as equals", "I can never be friends with a X". */
const SEE_AS = createWordSet("see consider regard treat view");
const FRIENDS = createWordSet("friends friend");
/** "I don't want X to be attacked": the object then a verb of its own is no denial of the group. */
const OWN_VERB = createWordSet("to being getting");
const ENTRUST = createWordSet("trust hire employ");

const WHO_WHY = createWordSet("why who");
const WOULD_SHOULD = createWordSet("would should could");
const ASKED = createWordSet("we i anyone anybody you one");

/**
 * "Why should we tolerate X?", "Who would ever want to hire X?": a question that denies what it
 * asks about, read like "never" before the verb (k is the modal; the verb comes after it).
 */
export function rhetoricalDenial(ctx: TRuleContext, k: number): boolean {
  const { doc } = ctx;
  if (!WOULD_SHOULD(doc, k) || k === 0) return false;
  // "Who in their right mind would …": the question itself says nobody sane would.
  if (
    k >= 5 &&
    tokenIs(doc, k - 1, "mind") &&
    tokenIs(doc, k - 2, "right") &&
    tokenIs(doc, k - 4, "in") &&
    WHO_WHY(doc, k - 5)
  )
    return true;
  const asked =
    WHO_WHY(doc, k - 1) ||
    (k >= 2 && WHO_WHY(doc, k - 2) && ASKED(doc, k - 1) && !tokenIs(doc, k - 2, "who"));
  if (!asked) return false;
  // "Why should we welcome refugees?" opens a debate; contempt shows in the verb ("tolerate",
  // "trust", "respect", "like") or in "ever" ("who would ever want to hire X?").
  for (let v = k + 1; v < doc.count && v <= k + 5 && doc.sentence[v] === doc.sentence[k]; v++) {
    if (tokenIs(doc, v, "ever") || CONTEMPT_VERBS(doc, v) || livingNear(ctx, v)) return true;
  }
  return false;
}

const NEAR = createWordSet("next near beside");
/** "live next to / near X": in a question of contempt, nearness refused. */
function livingNear(ctx: TRuleContext, v: number): boolean {
  return tokenIs(ctx.doc, v, "live") && NEAR(ctx.doc, v + 1);
}
const CONTEMPT_VERBS = createWordSet("tolerate trust respect like love befriend date marry");

/**
 * A verb of trust, respect or liking denied to a group after k: a negator ("never trust X", "don't
 * even like X") or, when `asked`, a question of contempt ("why should we tolerate X?").
 */
export function denialAt(ctx: TRuleContext, k: number, asked: boolean): void {
  const { doc } = ctx;
  // "never going to accept X", "don't even like X".
  let v = k + 1;
  // "why should we …", "who would ever want to hire …": the asker, then the verb.
  if (asked && ASKED(doc, v)) v++;
  while (v < doc.count && v <= k + 4 && DENY_GAP(doc, v) && !DENY_VERBS(doc, v)) v++;
  if (
    asked &&
    tokenIs(doc, v, "want") &&
    tokenIs(doc, v + 1, "to") &&
    (DENY_VERBS(doc, v + 2) || livingNear(ctx, v + 2))
  )
    v += 2;
  // "Who would want to live next to X?": the verb is the nearness.
  if (asked && livingNear(ctx, v)) v += tokenIs(doc, v + 2, "to") ? 2 : 1;
  else if (FRIENDS(doc, v) && tokenIs(doc, v + 1, "with")) v++;
  else if (!DENY_VERBS(doc, v) && !SEE_AS(doc, v)) return;
  // "never vote for a …": the preposition goes with the verb.
  const verbEnd = tokenIs(doc, v, "vote")
    ? v + 1 < doc.count && tokenIs(doc, v + 1, "for")
      ? v + 1
      : -1
    : v;
  const g = verbEnd > 0 ? identityAfter(ctx, verbEnd, 3) : -1;
  if (g < 0 || admissionPolicy(ctx, k, v, g)) return;
  const after = groupEnd(ctx, g);
  // "I don't want X to be attacked", "I don't like X being mocked": the group is not what is denied.
  // But "I wouldn't trust a X to look after my dog" still denies the group: the task is the test.
  if (OWN_VERB(doc, after) && !ENTRUST(doc, v)) return;
  // "I don't see X as equals": the denial comes after "as".
  if (SEE_AS(doc, v)) {
    // "as equals", "as my equals", "as our equals".
    const q = POSSESSIVES(doc, after + 1) ? after + 2 : after + 1;
    if (tokenIs(doc, after, "as") && (VALUE_WORDS(doc, q) || QUALITY_WORDS(doc, q)))
      pushTokens(
        ctx,
        "hate",
        k,
        q + 1,
        0.7,
        "negated positive: an identity group denied equality",
        true,
      );
    return;
  }
  pushTokens(
    ctx,
    "hate",
    k,
    g + 1,
    0.7,
    "negated positive: distrust or disrespect of a whole identity group",
    true,
  );
}

const ADMIT = createWordSet("accept admit");
const MIGRANTS = createWordSet(
  "refugees refugee immigrants immigrant migrants migrant asylum newcomers seekers",
);
const AMOUNT = createWordSet("more many fewer additional another thousands hundreds millions");

/**
 * "Canada should not accept any more refugees", "Japan does not accept refugees": how many people
 * a country admits, a policy argued in every comment section, not contempt for the people. Said
 * without an amount or a country ("I will never accept immigrants") it stays a denial.
 */
function admissionPolicy(ctx: TRuleContext, k: number, v: number, g: number): boolean {
  const { doc, cls } = ctx;
  if (!ADMIT(doc, v) || !MIGRANTS(doc, g)) return false;
  for (let q = v + 1; q < g; q++) if (AMOUNT(doc, q) || isNumber(doc, q)) return true;
  // The subject before "does not" / "should never": a state, or a name ("Japan", "Kuwait").
  let b = k - 1;
  while (b >= 0 && b >= k - 3 && AUX(doc, b)) b--;
  if (b < 0 || doc.sentence[b] !== doc.sentence[k]) return false;
  return (cls[b] & C.ACTOR) !== 0 || (cls[b] === 0 && /^\p{Lu}/u.test(originalLetters(doc, b)));
}

const AUX = createWordSet("do does did will would should shall can could must");

function isNumber(doc: TRuleContext["doc"], q: number): boolean {
  const c = doc.norm.charCodeAt(doc.tokStart[q]);
  return c >= 48 && c <= 57;
}

const STOP_DOING = createWordSet(
  "whining complaining moaning lying stealing breeding begging bitching",
);

/** "Do X ever stop whining?": a habit asked about so that the answer is never. */
export function neverStop(ctx: TRuleContext, g: number): void {
  const { doc } = ctx;
  const e = groupEnd(ctx, g);
  // The question ends there: not "… stop complaining about the noise".
  const q = e + 2;
  if (
    tokenIs(doc, e, "ever") &&
    tokenIs(doc, e + 1, "stop") &&
    STOP_DOING(doc, q) &&
    !continues(ctx, q)
  )
    pushTokens(
      ctx,
      "hate",
      g - 1,
      e + 3,
      0.65,
      "question implying a whole identity group never stops",
    );
}

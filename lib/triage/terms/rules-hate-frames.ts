// Hate phrased around a group rather than with a slur: negated positive statements ("X are not
// welcome", "never respect X"); negative emotions live in rules-emotion.ts.

import { originalLetters, tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { bareDenialAt, challengeAt } from "./counter-frames";
import { C } from "./lexicon";
import { continues, pushTokens, scanBefore, writerBefore, type TRuleContext } from "./match";
import { isIdentity, lastMention } from "./rules-hate";
import { GOOD } from "./rules-implicit";

const NO_MEMBER_GRANTED = "negated positive: no member of an identity group granted a quality";

/** What a group is denied in a negated positive: worth, welcome, trust, equality, respect, rights. */
const VALUE_WORDS = createWordSet(
  "worth worthy welcome welcomed trusted trust trustworthy equal equals respect respected deserve deserves belong belongs wanted capable intelligent smart honest decent civilised civilized good fit able qualified matter matters contribute contributed contributes contributing valuable useful value normal",
);
/** Verbs whose negation with a group as object denies it something: "never trust / respect / hire X". */
const DENY_VERBS = createWordSet(
  "trust respect hire employ marry tolerate vote like love accept want welcome support date befriend",
);
/** Words between a negator and the verb it denies: "never going to accept", "don't even like". */
const DENY_GAP = createWordSet("going to ever even really be able gonna");
/** Between a group's negator and the value it denies: "are not even remotely intelligent", "never going to be as good as". */
const VALUE_GAP = createWordSet(
  "even remotely ever particularly very truly really at as any have has going gonna",
);
/** "No Muslim can ever be a good leader": a group denied a quality by "no" before it. */
const QUALITY_WORDS = createWordSet(
  "good worthy worth welcome trusted trustworthy equal capable intelligent smart honest decent civilised civilized happy happiness respect rights love live life kindness dignity freedom worthwhile useful",
);
/** "I don't see X as equals", "I can never be friends with a X". */
const SEE_AS = createWordSet("see consider regard treat view");
const FRIENDS = createWordSet("friends friend");
/** "I don't want X to be attacked": the object then a verb of its own is no denial of the group. */
const OWN_VERB = createWordSet("to being getting");
const ENTRUST = createWordSet("trust hire employ");
const EQUAL = createWordSet("equal equals");
const DESERVE = createWordSet("deserve deserves");
const ANY = createWordSet("any anything");
const ANY_MUCH = createWordSet("anything much");
/** What a group may be said not to deserve without hate: "don't deserve to die / to be treated like dirt". */
const BAD_OBJECT = C.VIOLENT | C.VIOLENT_PART | C.DEHUMAN | C.INSULT | C.TRAIT;
const BAD_OBJECT_WORDS = createWordSet(
  "die death suffer suffering dirt hell pain harm abuse hate hatred punishment treated mistreated attacked this that",
);
const LESS = createWordSet("less fewer");
const PRIZE = createWordSet("proud admire respect value");

/** "nothing to be proud of", "nothing to admire" after "nothing" at k. */
function nothingToPrize(ctx: TRuleContext, k: number): boolean {
  const { doc } = ctx;
  if (!tokenIs(doc, k + 1, "to")) return false;
  const q = tokenIs(doc, k + 2, "be") ? k + 3 : k + 2;
  return PRIZE(doc, q);
}

const POSSESSIVES = createWordSet("his her their my our your its");
/** A possessive before a word makes it someone's: "Clark's", "his". */
function owned(ctx: TRuleContext, k: number): boolean {
  const { doc } = ctx;
  return doc.tokBaseEnd[k] !== doc.tokEnd[k] || POSSESSIVES(doc, k);
}

/** "treated like people", "treated as human beings": treatment that is no harm to deny… */
const HUMANS = createWordSet("people humans human persons equals beings adults citizens");

/** Is what follows "deserve" at k something bad (so denying it defends the group)? */
function deservesBad(ctx: TRuleContext, k: number): boolean {
  const { doc } = ctx;
  if (!DESERVE(doc, k)) return false;
  for (let p = k + 1; p < doc.count && p <= k + 5 && doc.sentence[p] === doc.sentence[k]; p++) {
    // … so "X don't deserve to be treated like people" denies them humanity.
    if (tokenIs(doc, p, "treated") && (tokenIs(doc, p + 1, "like") || tokenIs(doc, p + 1, "as"))) {
      const q = ctx.cls[p + 2] & C.ARTICLE ? p + 3 : p + 2;
      if (HUMANS(doc, q)) return false;
    }
    if (ctx.cls[p] & BAD_OBJECT || BAD_OBJECT_WORDS(doc, p)) return true;
  }
  return false;
}

/** "never be equal to us" denies equality; "not equal in pay" reports inequality. */
function equalToSomeone(ctx: TRuleContext, k: number): boolean {
  return (
    k + 1 >= ctx.doc.count ||
    ctx.doc.sentence[k + 1] !== ctx.doc.sentence[k] ||
    tokenIs(ctx.doc, k + 1, "to")
  );
}

function groupEnd(ctx: TRuleContext, i: number): number {
  let j = i + 1;
  while (
    j < ctx.doc.count &&
    j <= i + 2 &&
    (ctx.cls[j] & (C.PEOPLE | C.IDENT) || tokenIs(ctx.doc, j, "lives")) &&
    ctx.doc.sentence[j] === ctx.doc.sentence[i]
  )
    j++;
  return j;
}

/** The next identity mention within `limit` words after k in the same sentence, or -1. */
function identityAfter(ctx: TRuleContext, k: number, limit: number): number {
  for (
    let g = k + 1;
    g < ctx.doc.count && g <= k + limit && ctx.doc.sentence[g] === ctx.doc.sentence[k];
    g++
  ) {
    if (isIdentity(ctx, g)) return g;
    if (!(ctx.cls[g] & (C.ARTICLE | C.QUANT | C.FILLER))) return -1;
  }
  return -1;
}

/**
 * "Muslims are not welcome here", "women will never be equal", "I don't think Jews deserve respect",
 * "never respect immigrants": the negation is the hate, so the match owns it.
 */
export function negatedPositive(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let i = 0; i < doc.count; i++) {
    // "Clark's French wasn't good enough", "her Jewish faith": someone's, not a group.
    if (!isIdentity(ctx, i) || (i > 0 && owned(ctx, i - 1))) continue;
    // "Who decided X don't deserve rights?" challenges the denial.
    if (challenged(ctx, i)) continue;
    // "Life for refugees will never be normal": the group is not the subject.
    if (objectOfPreposition(ctx, i)) continue;
    const j = groupEnd(ctx, i);
    let negator = -1;
    for (let k = j; k < doc.count && k < j + 8 && doc.sentence[k] === doc.sentence[i]; k++) {
      if (cls[k] & C.NEGATOR) negator = k;
      // "X don't have to be good at …": no obligation, nothing denied.
      else if (
        negator >= 0 &&
        (tokenIs(doc, k, "have") || tokenIs(doc, k, "has")) &&
        tokenIs(doc, k + 1, "to")
      )
        break;
      else if (
        negator >= 0 &&
        ((VALUE_WORDS(doc, k) && !(EQUAL(doc, k) && !equalToSomeone(ctx, k))) ||
          // "X will never amount to anything".
          (tokenIs(doc, k, "amount") && tokenIs(doc, k + 1, "to") && ANY_MUCH(doc, k + 2)))
      ) {
        // "not less intelligent", "don't deserve to die": a double negative defends the group.
        if (LESS(doc, k - 1) || deservesBad(ctx, k)) break;
        pushTokens(
          ctx,
          "hate",
          i,
          k + 1,
          0.7,
          "negated positive: an identity group denied worth, welcome, trust or equality",
          true,
        );
        break;
      } else if (
        !(cls[k] & (C.COPULA | C.MODAL | C.FILLER | C.ARTICLE | C.QUANT)) &&
        !tokenIs(doc, k, "can") &&
        !tokenIs(doc, k, "be") &&
        !(negator >= 0 && VALUE_GAP(doc, k)) &&
        // "have never done anything useful" (not "don't want anything but respect").
        !(negator >= 0 && tokenIs(doc, k, "done") && tokenIs(doc, k + 1, "anything")) &&
        !(negator >= 0 && tokenIs(doc, k, "anything") && tokenIs(doc, k - 1, "done")) &&
        // "never going to be …" (not "not going to the party").
        !(
          negator >= 0 &&
          tokenIs(doc, k, "to") &&
          tokenIs(doc, k - 1, "going") &&
          tokenIs(doc, k + 1, "be")
        ) &&
        // "don't have any value"
        !(
          negator >= 0 &&
          (tokenIs(doc, k, "have") || tokenIs(doc, k, "has")) &&
          tokenIs(doc, k + 1, "any")
        )
      )
        break;
    }
    // "I don't think women deserve any respect", "… X are capable of love": the negator sits
    // before the group.
    const v = cls[j] & C.COPULA ? j + 1 : j;
    if (
      i >= 2 &&
      v < doc.count &&
      VALUE_WORDS(doc, v) &&
      !deservesBad(ctx, v) &&
      (tokenIs(doc, i - 1, "think") || tokenIs(doc, i - 1, "believe"))
    ) {
      if (cls[i - 2] & C.NEGATOR)
        pushTokens(
          ctx,
          "hate",
          i - 2,
          v + 1,
          0.65,
          "negated positive: an identity group said not to deserve respect or rights",
          true,
        );
    }
  }
  for (let k = 0; k + 1 < doc.count; k++) if (cls[k] & C.NEGATOR) denialAt(ctx, k, false);
  for (let i = 0; i + 3 < doc.count; i++) if (isIdentity(ctx, i)) selfViewDenied(ctx, i);

  for (let i = 1; i < doc.count; i++) {
    if (!isIdentity(ctx, i)) continue;
    // "No X …", "None of the X …", "Not a single (one of the) X …", "Not one of those X …".
    const none =
      i >= 3 && cls[i - 1] & C.ARTICLE && tokenIs(doc, i - 2, "of") && tokenIs(doc, i - 3, "none");
    const notOne = notASingle(ctx, i);
    neverMet(ctx, i);
    // "There's not one decent X (in the world)", "there is no honest X": a quality denied to every
    // member, said as existence (not "no good X would support terrorism", which defends them).
    if (i >= 2 && QUALITY_WORDS(doc, i - 1)) {
      const n = tokenIs(doc, i - 2, "no")
        ? i - 2
        : ONE_OF(doc, i - 2) && i >= 3 && tokenIs(doc, i - 3, "not")
          ? i - 3
          : // "There is no such thing as a good X".
            i >= 6 &&
              ONE_OF(doc, i - 2) &&
              tokenIs(doc, i - 3, "as") &&
              tokenIs(doc, i - 4, "thing") &&
              tokenIs(doc, i - 5, "such") &&
              tokenIs(doc, i - 6, "no")
            ? i - 6
            : -1;
      const e = groupEnd(ctx, i);
      const existential =
        n >= 1 &&
        (THERE(doc, n - 1) || (n >= 2 && THERE(doc, n - 2))) &&
        (e >= doc.count || doc.sentence[e] !== doc.sentence[i] || EXIST_TAIL(doc, e));
      if (existential) pushTokens(ctx, "hate", n, i + 1, 0.65, NO_MEMBER_GRANTED, true);
    }
    // "I can't think of a single good thing about X", "you'll never find a X with a brain".
    goodThingDenied(ctx, i);
    if (!tokenIs(doc, i - 1, "no") && !none && notOne < 0) continue;
    noneWithQuality(ctx, i, none ? i - 3 : notOne >= 0 ? notOne : i - 1);
  }
  // "… and none of them are decent": "them" for a group just named.
  for (let i = 2; i < doc.count; i++) {
    if (
      cls[i] & C.THEY &&
      tokenIs(doc, i - 1, "of") &&
      tokenIs(doc, i - 2, "none") &&
      lastMention(ctx, i - 2) === "identity"
    )
      noneWithQuality(ctx, i, i - 2);
  }
}

const BELIEVE = createWordSet("think thinks believe believes");

/** "X think they're equal to us. They are not.": what a group thinks of itself, flatly denied. */
function selfViewDenied(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  const t = groupEnd(ctx, i);
  if (!BELIEVE(doc, t) || !(cls[t + 1] & C.THEY)) return;
  const s = doc.sentence[i];
  let k = t + 2;
  while (k < doc.count && doc.sentence[k] === s && k <= t + 4 && !VALUE_WORDS(doc, k)) k++;
  if (k >= doc.count || doc.sentence[k] !== s || !VALUE_WORDS(doc, k)) return;
  let next = k + 1;
  while (next < doc.count && doc.sentence[next] === s) next++;
  if (next >= doc.count || !bareDenialAt(ctx, next)) return;
  let end = next;
  while (end < doc.count && doc.sentence[end] === doc.sentence[next]) end++;
  pushTokens(
    ctx,
    "hate",
    i,
    end,
    0.65,
    "negated positive: a group's view of its own worth denied",
    true,
  );
}

const BRAIN = createWordSet("brain heart conscience soul");
const THERE = createWordSet("there there's theres");
const EXIST_TAIL = createWordSet("in anywhere alive left out");

/** "I can't think of a single good thing about X" and "you'll never find a X with a brain", at the group i. */
function goodThingDenied(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  const s = doc.sentence[i];
  let negated = -1;
  for (let b = i - 1; b >= 0 && b >= i - 9 && doc.sentence[b] === s; b--)
    if (cls[b] & C.NEGATOR) {
      negated = b;
      break;
    }
  if (negated < 0) return;
  const about =
    tokenIs(doc, i - 1, "about") &&
    (tokenIs(doc, i - 2, "thing") || tokenIs(doc, i - 2, "things")) &&
    GOOD(doc, i - 3);
  const e = groupEnd(ctx, i);
  const brainless =
    ONE_OF(doc, i - 1) &&
    tokenIs(doc, i - 2, "find") &&
    tokenIs(doc, e, "with") &&
    (cls[e + 1] & C.ARTICLE ? BRAIN(doc, e + 2) : BRAIN(doc, e + 1));
  if (about)
    pushTokens(
      ctx,
      "hate",
      negated,
      i + 1,
      0.65,
      "negated positive: nothing good in an identity group",
      true,
    );
  else if (brainless)
    pushTokens(
      ctx,
      "hate",
      negated,
      e + 3,
      0.65,
      "dehumanising: an identity group denied a mind",
      true,
    );
}

const MET = createWordSet("met known seen found");
const ONE_OF = createWordSet("a an one any");

/**
 * "I have never met a X who was honest", "I've never known one X that is decent": every member
 * denied a quality by the writer's experience (not "… who wasn't kind", which praises them all).
 */
function neverMet(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  if (i < 3 || !ONE_OF(doc, i - 1) || !MET(doc, i - 2)) return;
  let n = i - 3;
  if (n > 0 && tokenIs(doc, n, "ever")) n--;
  if (!(cls[n] & C.NEGATOR) || doc.sentence[n] !== doc.sentence[i]) return;
  const r = groupEnd(ctx, i);
  if (!tokenIs(doc, r, "who") && !tokenIs(doc, r, "that")) return;
  if (!(cls[r + 1] & C.COPULA) || cls[r + 2] & C.NEGATOR) return;
  const q = VALUE_GAP(doc, r + 2) ? r + 3 : r + 2;
  if (q < doc.count && (VALUE_WORDS(doc, q) || QUALITY_WORDS(doc, q)))
    pushTokens(ctx, "hate", n, q + 1, 0.65, NO_MEMBER_GRANTED, true);
}

const LET = createWordSet("let allow allowed");
const BEFORE = createWordSet("before");
/** What the writer would rather do: "move house", "quit", "sell up", "die" (not "check references"). */
const COST = createWordSet("move moving sell quit leave die rather emigrate resign");

function costBefore(ctx: TRuleContext, b: number): boolean {
  return scanBefore(ctx, b, 5, (k) => (COST(ctx.doc, k) ? true : undefined)) !== null;
}
const LIVE_NEAR = createWordSet("live move marry date touch near into in teach treat babysit");

/**
 * "I'd move house before I let a X live next door", "I would quit before I allowed a X to teach
 * my kids": the writer would pay any price rather than have a member of the group near.
 */
export function refusedAtAnyCost(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let b = BEFORE.next(doc, 1); b >= 0 && b + 3 < doc.count; b = BEFORE.next(doc, b + 1)) {
    if (!(cls[b + 1] & C.SELF) || !LET(doc, b + 2)) continue;
    if (!writerBefore(ctx, b, 6) || !costBefore(ctx, b)) continue;
    const i = ONE_OF(doc, b + 3) || cls[b + 3] & C.ARTICLE ? b + 4 : b + 3;
    if (i >= doc.count || !isIdentity(ctx, i)) continue;
    const e = groupEnd(ctx, i);
    const v = tokenIs(doc, e, "to") ? e + 1 : e;
    if (LIVE_NEAR(doc, v))
      pushTokens(ctx, "hate", b, v + 1, 0.65, "refusal of an identity group at any cost");
  }
}

const PREPOSITIONS = createWordSet("for of to with about from among");

/** Is the group at i (past its determiners) the object of a preposition ("life for refugees")? */
function objectOfPreposition(ctx: TRuleContext, i: number): boolean {
  let b = i - 1;
  while (b >= 0 && ctx.cls[b] & (C.ARTICLE | C.QUANT)) b--;
  return b >= 0 && PREPOSITIONS(ctx.doc, b) && ctx.doc.sentence[b] === ctx.doc.sentence[i];
}

/** "Who decided X …?", "who says that X …?": the clause about the group at i is questioned, not asserted. */
function challenged(ctx: TRuleContext, i: number): boolean {
  const c = tokenIs(ctx.doc, i - 1, "that") ? i - 2 : i - 1;
  return c >= 1 && challengeAt(ctx, c);
}

/** Where "not a single (one of the) X" / "not one of those X" starts before the group at i, or -1. */
function notASingle(ctx: TRuleContext, i: number): number {
  const { doc, cls } = ctx;
  let b = i - 1;
  if (b >= 0 && cls[b] & (C.ARTICLE | C.THEY)) b--;
  if (b >= 1 && tokenIs(doc, b, "of") && tokenIs(doc, b - 1, "one")) b -= 2;
  else if (b >= 0 && tokenIs(doc, b, "single")) b -= 1;
  else return -1;
  if (b >= 0 && tokenIs(doc, b, "single")) b--;
  if (b >= 0 && tokenIs(doc, b, "a")) b--;
  return b >= 0 && tokenIs(doc, b, "not") && b < i - 1 ? b : -1;
}

const WHO_WHY = createWordSet("why who");
const WOULD_SHOULD = createWordSet("would should could");
const ASKED = createWordSet("we i anyone anybody you one");

/**
 * "Why should we tolerate X?", "Who would ever want to hire X?": a question that denies what it
 * asks about, read like "never" before the verb (k is the modal; the verb comes after it).
 */
function rhetoricalDenial(ctx: TRuleContext, k: number): boolean {
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
const DOES = createWordSet("does do did");
const ANYONE_ASKED = createWordSet("anyone anybody");
const CONTEMPT_VERBS = createWordSet("tolerate trust respect like love befriend date marry");

/**
 * A verb of trust, respect or liking denied to a group after k: a negator ("never trust X", "don't
 * even like X") or, when `asked`, a question of contempt ("why should we tolerate X?").
 */
function denialAt(ctx: TRuleContext, k: number, asked: boolean): void {
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
  if (g < 0) return;
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

/** "Why should we tolerate X?", "who would ever want to hire X?" (a rule of its own: no negator needed). */
export function contemptQuestions(ctx: TRuleContext): void {
  const { doc } = ctx;
  for (let k = 1; k + 1 < doc.count; k++) {
    if (ctx.cls[k] & C.MODAL) {
      if (rhetoricalDenial(ctx, k)) denialAt(ctx, k, true);
    } else if (isIdentity(ctx, k)) {
      if (DOES(doc, k - 1)) neverStop(ctx, k);
    } else if (DOES(doc, k) && tokenIs(doc, k - 1, "why") && ANYONE_ASKED(doc, k + 1))
      // "Why does anyone trust X?": asked of anyone at all, so that the answer is no one should.
      denialAt(ctx, k, true);
  }
}

const STOP_DOING = createWordSet(
  "whining complaining moaning lying stealing breeding begging bitching",
);

/** "Do X ever stop whining?": a habit asked about so that the answer is never. */
function neverStop(ctx: TRuleContext, g: number): void {
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

/** "X are nothing to be proud of", "X are nothing to admire" (no negator needed). */
export function groupCalledNothing(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let i = 0; i < doc.count; i++) {
    if (!isIdentity(ctx, i)) continue;
    const j = groupEnd(ctx, i);
    if (
      j + 1 < doc.count &&
      cls[j] & C.COPULA &&
      tokenIs(doc, j + 1, "nothing") &&
      nothingToPrize(ctx, j + 1)
    )
      pushTokens(
        ctx,
        "hate",
        i,
        j + 3,
        0.65,
        "negated positive: an identity group called nothing to value",
        true,
      );
  }
}

/** A group denied a quality after "no X" / "none of X" starting at `from`. */
function noneWithQuality(ctx: TRuleContext, i: number, from: number): void {
  const { doc } = ctx;
  for (
    let k = groupEnd(ctx, i);
    k < doc.count && k < i + 8 && doc.sentence[k] === doc.sentence[i];
    k++
  ) {
    // "No X is worth less than anyone" defends the group; "none of them deserve any" denies.
    const deserveNone = DESERVE(doc, k) && ANY(doc, k + 1) && !deservesBad(ctx, k);
    if ((QUALITY_WORDS(doc, k) && !LESS(doc, k + 1)) || deserveNone) {
      pushTokens(ctx, "hate", from, k + 1, 0.65, NO_MEMBER_GRANTED, true);
      return;
    }
  }
}

const PREDICATE = C.TRAIT | C.INSULT | C.DEHUMAN;
const FRAGMENT = PREDICATE | C.CONDEMN | C.FILLER | C.QUANT;
const MASS = createWordSet("scum filth vermin trash garbage rubbish");

/** Is token k, as written (not as spelling repair read it), a plural ("Muslims", "women")? */
function pluralWord(ctx: TRuleContext, k: number): boolean {
  return /(s|men)$/i.test(originalLetters(ctx.doc, k));
}

/**
 * "I sat next to some X on the train. Disgusting creatures.": a sentence of at most three words,
 * ending in a word for vermin or an insult, right after a sentence that names an identity group.
 */
function fragmentInsult(ctx: TRuleContext, a: number): void {
  const { doc, cls } = ctx;
  let b = a;
  while (b < doc.count && doc.sentence[b] === doc.sentence[a]) b++;
  if (b - a > 3 || !(cls[b - 1] & (C.DEHUMAN | C.INSULT))) return;
  // Said of many ("creatures", "scum"), not to one reader ("Idiot.").
  if (!pluralWord(ctx, b - 1) && !MASS(doc, b - 1)) return;
  for (let k = a; k < b - 1; k++) if (!(cls[k] & FRAGMENT)) return;
  // The group in the sentence just before (not one named further back), named as many: "Muslims",
  // "black people" (not a state or a language: "Pakistan", "Chinese").
  for (let k = a - 1; k >= 0 && doc.sentence[k] === doc.sentence[a - 1]; k--)
    if (isIdentity(ctx, k) && (cls[k + 1] & C.PEOPLE || pluralWord(ctx, k))) {
      pushTokens(
        ctx,
        "hate",
        a,
        b,
        0.65,
        "an insult aimed at the identity group named just before",
      );
      return;
    }
}

/**
 * Hatred or a trait given to a group named just before by a pronoun or a non-restrictive clause:
 * "So many Somalis here. I despise them", "full of Gypsies, who are all vile".
 */
export function referredHatred(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  // One scan finds where a frame below can start.
  for (let i = REFERRED.next(doc, 1, cls, REFERRED_CLASSES); i >= 0;) {
    referredAt(ctx, i);
    i = REFERRED.next(doc, i + 1, cls, REFERRED_CLASSES);
  }
}

const ANY_ONE_WORDS = "every each";
const ANY_ONE = createWordSet(ANY_ONE_WORDS);
const REFERRED = createWordSet(`${ANY_ONE_WORDS} who`);
const REFERRED_CLASSES = FRAGMENT | C.THEY;

/** The frames of referredHatred that can start at token i. */
function referredAt(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  if (doc.sentence[i] !== doc.sentence[i - 1] && cls[i] & FRAGMENT) fragmentInsult(ctx, i);
  if (doc.sentence[i] !== doc.sentence[i - 1] && cls[i] & PREDICATE) likeAllOfThem(ctx, i);
  // "I went to school with X; every single one was a thief."
  if (ANY_ONE(doc, i)) everyOneOfThem(ctx, i);
  if (
    cls[i] & C.THEY &&
    cls[i - 1] & C.HATE_VERB &&
    // "the hate they get" is a noun: what is done to them.
    !(i >= 2 && cls[i - 2] & C.ARTICLE) &&
    doc.sentence[i] === doc.sentence[i - 1] &&
    lastMention(ctx, i - 1) === "identity"
  ) {
    pushTokens(
      ctx,
      "hate",
      i - 1,
      i + 1,
      0.6,
      "declared hatred of an identity group named just before",
    );
  }
  // The group may end in its word for people: "full of disabled people, who are all vile".
  const g = i >= 2 && cls[i - 1] & C.PEOPLE && isIdentity(ctx, i - 2) ? i - 2 : i - 1;
  if (
    !tokenIs(doc, i, "who") ||
    !isIdentity(ctx, g) ||
    i + 1 >= doc.count ||
    !(cls[i + 1] & C.COPULA)
  )
    return;
  if (!doc.norm.slice(doc.tokEnd[i - 1], doc.tokStart[i]).includes(",")) return;
  for (let k = i + 2; k < doc.count && k < i + 5 && doc.sentence[k] === doc.sentence[i]; k++) {
    if (cls[k] & PREDICATE) {
      pushTokens(
        ctx,
        "hate",
        g,
        k + 1,
        0.7,
        "generalisation: a negative trait given to a whole identity group",
      );
      break;
    }
    if (!(cls[k] & (C.FILLER | C.QUANT | C.ARTICLE))) break;
  }
}

/** "every (single) one (of them) was a thief" after a group was named: the trait given to all. */
function everyOneOfThem(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  let k = tokenIs(doc, i + 1, "single") ? i + 2 : i + 1;
  if (!tokenIs(doc, k, "one")) return;
  k++;
  if (tokenIs(doc, k, "of") && cls[k + 1] & C.THEY) k += 2;
  if (!(cls[k] & C.COPULA) || lastMention(ctx, i) !== "identity") return;
  for (let q = k + 1; q < doc.count && q <= k + 3 && doc.sentence[q] === doc.sentence[i]; q++) {
    if (cls[q] & PREDICATE) {
      pushTokens(
        ctx,
        "hate",
        i,
        q + 1,
        0.65,
        "a negative trait given to every member of the identity group named before",
      );
      return;
    }
    if (!(cls[q] & (C.FILLER | C.ARTICLE))) return;
  }
}

/** "I was served by a X today. Useless, like all of them.": a verdict on one, extended to the group. */
function likeAllOfThem(ctx: TRuleContext, a: number): void {
  const { doc, cls } = ctx;
  let k = a;
  while (k < doc.count && k < a + 2 && cls[k] & PREDICATE) k++;
  if (!tokenIs(doc, k, "like")) return;
  const rest =
    tokenIs(doc, k + 1, "all") || (tokenIs(doc, k + 1, "the") && tokenIs(doc, k + 2, "rest"));
  const of = tokenIs(doc, k + 1, "all") ? k + 2 : k + 3;
  if (!rest || !tokenIs(doc, of, "of") || !(cls[of + 1] & C.THEY)) return;
  if (lastMention(ctx, a) === "identity")
    pushTokens(ctx, "hate", a, of + 2, 0.65, "an insult given to the identity group named before");
}

const RIGHTS = createWordSet("rights respect dignity equality freedom");
const DONE_AUX = createWordSet("have has did do does are is");
const WORTH_STARTS = createWordSet("who what put expect charge when have capable point met");
/** What a group is asked whether it can even do: "Are X even capable of thinking?" */
const MINDFUL = createWordSet(
  "thinking thought reason reasoning learning love loving honesty empathy kindness",
);
const COPULA_NOT = createWordSet("wasn't wasnt isn't isnt aren't arent weren't werent");
const ANYWAY = createWordSet("anyway again exactly");
const ANYONE = createWordSet("anyone anybody");
const VANISH = createWordSet("disappear die leave vanish");
const FACULTIES = createWordSet("brains brain souls soul feelings morals");
const JOKE = createWordSet("joke laugh laughable hilarious disaster nightmare lol");

/**
 * Questions that deny a group worth: "Who decided X deserve rights?" (the grant questioned), "What
 * good have X ever done?", "What good are X?", "How much longer must we put up with X?".
 */
export function questionedWorth(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  // Each of these is asked.
  if (doc.norm.indexOf("?") < 0) return;
  for (let k = 0; k + 1 < doc.count; k++) {
    if (!WORTH_STARTS(doc, k)) continue;
    if (challengeAt(ctx, k + 1)) {
      const g = identityAfter(ctx, tokenIs(doc, k + 2, "that") ? k + 2 : k + 1, 3);
      if (g < 0) continue;
      const d = groupEnd(ctx, g);
      if (DESERVE(doc, d) && RIGHTS(doc, cls[d + 1] & C.ARTICLE ? d + 2 : d + 1))
        pushTokens(ctx, "hate", k, d + 2, 0.65, "question denying an identity group rights");
    } else if (tokenIs(doc, k, "what") && tokenIs(doc, k + 1, "good") && DONE_AUX(doc, k + 2)) {
      const g = identityAfter(ctx, k + 2, 3);
      if (g >= 0)
        pushTokens(ctx, "hate", k, g + 1, 0.65, "question denying an identity group any worth");
    } else if (tokenIs(doc, k, "when") && tokenIs(doc, k + 1, "will")) {
      // "When will X finally disappear?"
      const g = identityAfter(ctx, k + 1, 3);
      if (g < 0) continue;
      const v = tokenIs(doc, groupEnd(ctx, g), "finally") ? groupEnd(ctx, g) + 1 : groupEnd(ctx, g);
      if (VANISH(doc, v) && !continues(ctx, v))
        pushTokens(
          ctx,
          "hate",
          k,
          v + 1,
          0.65,
          "wish that an identity group were gone, asked as a question",
        );
    } else if (tokenIs(doc, k, "have") && tokenIs(doc, k - 1, "even") && FACULTIES(doc, k + 1)) {
      // "Do X even have brains?"
      for (let g = k - 2; g >= 0 && g >= k - 4 && doc.sentence[g] === doc.sentence[k]; g--)
        if (isIdentity(ctx, g)) {
          pushTokens(
            ctx,
            "hate",
            g,
            k + 2,
            0.65,
            "dehumanising: an identity group denied a mind or soul",
          );
          break;
        }
    } else if (tokenIs(doc, k, "capable") && tokenIs(doc, k - 1, "even")) {
      // "Are X even capable of thinking for themselves?"
      if (!tokenIs(doc, k + 1, "of") || !MINDFUL(doc, k + 2)) continue;
      for (let g = k - 2; g >= 0 && g >= k - 4 && doc.sentence[g] === doc.sentence[k]; g--)
        if (isIdentity(ctx, g)) {
          pushTokens(ctx, "hate", g, k + 3, 0.65, "question denying an identity group a mind");
          break;
        }
    } else if (
      // "What is the point of X?"
      tokenIs(doc, k, "point") &&
      tokenIs(doc, k - 1, "the") &&
      (tokenIs(doc, k - 3, "what") || tokenIs(doc, k - 2, "what")) &&
      tokenIs(doc, k + 1, "of")
    ) {
      const g = identityAfter(ctx, k + 1, 2);
      if (g < 0) continue;
      // The group ends the question ("… of X anyway?"), not "the point of X fasting".
      const e = groupEnd(ctx, g);
      const last = ANYWAY(doc, e) ? e : e - 1;
      if (!continues(ctx, last))
        pushTokens(
          ctx,
          "hate",
          tokenIs(doc, k - 2, "what") ? k - 2 : k - 3,
          g + 1,
          0.65,
          "question denying an identity group any worth",
        );
    } else if (
      tokenIs(doc, k, "met") &&
      (ANYONE(doc, k - 1) ||
        ANYONE(doc, k - 2) ||
        (tokenIs(doc, k - 1, "ever") && tokenIs(doc, k - 2, "you")))
    ) {
      // "Has anyone ever met a X who wasn't a thief?": asked so that the answer is no one.
      // "… met a X", "… met one of the X".
      const oneOf = tokenIs(doc, k + 1, "one") && tokenIs(doc, k + 2, "of");
      const g = oneOf ? (cls[k + 3] & C.ARTICLE ? k + 4 : k + 3) : ONE_OF(doc, k + 1) ? k + 2 : -1;
      if (g < 0 || !isIdentity(ctx, g)) continue;
      const r = groupEnd(ctx, g);
      if (!tokenIs(doc, r, "who") && !tokenIs(doc, r, "that")) continue;
      const n = r + 1;
      const negated = COPULA_NOT(doc, n)
        ? n
        : cls[n] & C.COPULA && cls[n + 1] & C.NEGATOR
          ? n + 1
          : -1;
      if (negated < 0) continue;
      const q = cls[negated + 1] & C.ARTICLE ? negated + 2 : negated + 1;
      if (q < doc.count && cls[q] & PREDICATE)
        pushTokens(
          ctx,
          "hate",
          k,
          q + 1,
          0.65,
          "question implying every member of an identity group is bad",
          true,
        );
    } else if (tokenIs(doc, k, "expect") && tokenIs(doc, k + 1, "from")) {
      // "What else would you expect from a X?", "what do you expect from those X?"
      const g = identityAfter(ctx, k + 1, 3);
      let what = false;
      for (let b = k - 1; b >= 0 && b >= k - 4 && doc.sentence[b] === doc.sentence[k]; b--)
        if (tokenIs(doc, b, "what")) what = true;
      if (g >= 0 && what)
        pushTokens(
          ctx,
          "hate",
          k,
          g + 1,
          0.6,
          "contempt: nothing better expected of an identity group",
        );
    } else if (tokenIs(doc, k, "charge") && tokenIs(doc, k - 1, "in")) {
      // "A X in charge? What a joke."
      const g = k - 2 >= 0 && cls[k - 2] & C.PEOPLE ? k - 3 : k - 2;
      if (g < 0 || !isIdentity(ctx, g) || doc.sentence[g] !== doc.sentence[k]) continue;
      let next = k + 1;
      while (next < doc.count && doc.sentence[next] === doc.sentence[k]) next++;
      if (next >= doc.count || next > k + 2) continue;
      for (
        let j = next;
        j < doc.count && j <= next + 3 && doc.sentence[j] === doc.sentence[next];
        j++
      )
        if (JOKE(doc, j)) {
          pushTokens(ctx, "hate", g, j + 1, 0.6, "ridicule: an identity group unfit to lead");
          break;
        }
    } else if (tokenIs(doc, k, "put") && tokenIs(doc, k + 1, "up") && tokenIs(doc, k + 2, "with")) {
      const g = identityAfter(ctx, k + 2, 3);
      if (g < 0) continue;
      // Asked ("how much longer do we have to put up with X?") or demanded ("we must put up with X").
      const end = doc.tokEnd[g];
      const question = doc.norm
        .slice(end, end + 40)
        .split(/[.!]/)[0]
        .includes("?");
      let modal = false;
      for (let b = k - 1; b >= 0 && b >= k - 3 && doc.sentence[b] === doc.sentence[k]; b--)
        if (cls[b] & C.MODAL || tokenIs(doc, b, "have")) modal = true;
      if (question && modal)
        pushTokens(
          ctx,
          "hate",
          k,
          g + 1,
          0.6,
          "contempt: an identity group as something to put up with",
        );
    }
  }
}

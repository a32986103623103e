// Who a threat names and how it is scored: the target after a violent verb, the group addressed
// as "you X", and whether the words are a call or intention rather than a report.

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import { pushTokens, scanAfter, sentenceStart, writerBefore, type TRuleContext } from "./match";
import { isIdentity, lastMention } from "./rules-hate";

export type TTarget = {
  kind: "identity" | "person" | "civil" | "armed" | "actor";
  at: number;
} | null;

const SKIPPABLE = C.QUANT | C.ARTICLE | C.FILLER;
/** Words between a violent verb and its target: "wipe out the …", "kill every single …", "beat the shit out of …", "choke the life out of …". */
const PARTICLES = createWordSet(
  "out up down off over single last one of them all next first few shit crap hell daylights living life houses homes mosques synagogues churches shops house home mosque synagogue church shop full that this throat throats neck necks head heads face faces skull skulls leg legs arm arms knees kneecaps teeth bones",
);

/**
 * Groups of civilians named by what they do, not who they are: "protesters should be shot" is a
 * call for violence against people (threat), not hate, and not war talk about fighters.
 */
const CIVIL_GROUPS = createWordSet(
  `protesters protestors demonstrators rioters looters marchers strikers activists police cops officers policemen
journalists reporters politicians liberals conservatives democrats republicans leftists lefties libtards libs rightwingers
trumpers voters judges teachers doctors nurses students bankers landlords tenants drivers cyclists`,
);

const THINGS = createWordSet(
  "car cars van vans vehicle vehicles station stations office offices building buildings headquarters property homes houses house home",
);

/** Places of worship: an attack on one is aimed at the faith's people ("burn down the mosque"). */
const WORSHIP = createWordSet(
  "mosque mosques synagogue synagogues church churches temple temples gurdwara gurdwaras",
);

/** Who token i names: an identity group, a person, an armed group, or a state ("death to America"). */
export function targetAt(ctx: TRuleContext, i: number): TTarget {
  const c = ctx.cls[i];
  if (isIdentity(ctx, i) || WORSHIP(ctx.doc, i)) return { kind: "identity", at: i };
  // "you women", "those immigrants", "their mosque": the pronoun is a determiner for what follows.
  if (
    c & (C.YOU | C.THEY) &&
    i + 1 < ctx.doc.count &&
    (isIdentity(ctx, i + 1) || WORSHIP(ctx.doc, i + 1))
  )
    return { kind: "identity", at: i + 1 };
  if (c & (C.GROUP | C.COMBATANT)) return { kind: "armed", at: i };
  if (c & C.YOU) return { kind: "person", at: i };
  if (c & C.THEY) {
    const referent = lastMention(ctx, i);
    if (referent === "armed") return { kind: "armed", at: i };
    if (referent === "identity") return { kind: "identity", at: i };
    return { kind: "person", at: i };
  }
  if (c & C.ACTOR) return { kind: "actor", at: i };
  // "set fire to police cars": the group word naming whose things, not people.
  if (CIVIL_GROUPS(ctx.doc, i) && !THINGS(ctx.doc, i + 1)) return { kind: "civil", at: i };
  return null;
}

export function targetAfter(ctx: TRuleContext, i: number, limit: number): TTarget {
  const { doc, cls } = ctx;
  return scanAfter(ctx, i, limit, (k): TTarget | undefined => {
    const t = targetAt(ctx, k);
    if (t) return t;
    // "gonna kill me some X": a dialect "me" before the object.
    if (tokenIs(doc, k, "me") && (tokenIs(doc, k + 1, "some") || cls[k + 1] & C.ARTICLE))
      return undefined;
    // "kill as many X as …" (but not "shoot to kill as refugees cross").
    if (
      tokenIs(doc, k, "as")
        ? tokenIs(doc, k + 1, "many")
        : tokenIs(doc, k, "many") && tokenIs(doc, k - 1, "as")
    )
      return undefined;
    // "burn down every house where X live".
    if (tokenIs(doc, k, "where") && HOMES(doc, k - 1)) return undefined;
    return cls[k] & SKIPPABLE || PARTICLES(doc, k) ? undefined : null;
  });
}

/** The reason of calls for violence against armed groups; the analyzer reads it to keep war talk low. */
export const ARMED_THREAT_REASON = "call for military violence against an armed group";
const WEIGHTS = { identity: 0.9, person: 0.75, civil: 0.75, actor: 0.55, armed: 0.25 };
const REASONS = {
  identity: "call for violence against an identity group",
  person: "threat or call for violence against a person",
  civil: "call for violence against a group of people (protesters, police, voters …)",
  actor: "call for violence against a country or its people",
  armed: `${ARMED_THREAT_REASON} (war discussion, low severity)`,
};

/** "I'll slit your throat, you X", "X, I will kill you": the person addressed is named as a group. */
export function addressedGroup(ctx: TRuleContext, at: number): number {
  const { doc } = ctx;
  const s = doc.sentence[at];
  const start = sentenceStart(ctx, at);
  for (let k = start; k < doc.count && doc.sentence[k] === s; k++) {
    if (!isIdentity(ctx, k)) continue;
    if (k > start && ctx.cls[k - 1] & C.YOU) return k;
    if (k > start + 1 && ctx.cls[k - 2] & C.YOU && ctx.cls[k - 1] & (C.FILLER | C.INSULT)) return k;
    // A vocative: the group alone before a comma at the start ("Muslims, …").
    if (k === start && doc.norm.charCodeAt(doc.tokEnd[k]) === 44) return k;
  }
  // … or set off by commas anywhere: "Keep it up, X, and we will come for you".
  return addressedIdentity(ctx, at);
}

export function pushThreat(
  ctx: TRuleContext,
  target0: NonNullable<TTarget>,
  from: number,
  to: number,
  ownsNegation = false,
): void {
  let target = target0;
  if (target.kind === "person" && ctx.cls[target.at] & C.YOU) {
    const g = addressedGroup(ctx, target.at);
    if (g >= 0) target = { kind: "identity", at: g };
  }
  pushTokens(ctx, "threat", from, to, WEIGHTS[target.kind], REASONS[target.kind], ownsNegation);
  if (target.kind === "identity")
    pushTokens(ctx, "hate", from, to, 0.6, "violence against an identity group", ownsNegation);
  if (target.kind === "person" && ctx.cls[target.at] & C.YOU)
    pushTokens(ctx, "harassment", from, to, 0.5, "threat addressed to a person");
}

const WHEN = createWordSet("tonight tomorrow today soon");

export const HOMES = createWordSet("homes houses house home mosques synagogues churches shops");

/** Is the violent verb at i a call or intention (imperative, modal, "let's", "kill all …")? */
export function isCall(ctx: TRuleContext, i: number): boolean {
  const { doc, cls } = ctx;
  const start = sentenceStart(ctx, i);
  if (i === start || (i === start + 1 && cls[start] & (C.FILLER | C.SELF))) return true;
  // "Tonight we burn …", "tomorrow I shoot …": a plan with its time.
  if (i === start + 2 && WHEN(ctx.doc, start) && cls[start + 1] & C.SELF) return true;
  // 'He said "kill the X"': a quotation opens a clause of its own (whose speaker context judges).
  if (i > start && doc.quoted[i] && !doc.quoted[i - 1]) return true;
  // "My plan for tonight: shoot some X": a colon opens the clause too.
  if (i > start && doc.norm.charCodeAt(doc.tokEnd[i - 1]) === 58) return true;
  // "kill all …" calls; "they destroy every house …" says what a subject does.
  if (i + 1 < doc.count && cls[i + 1] & C.QUANT)
    return !(cls[i - 1] & C.THEY) && !isIdentity(ctx, i - 1);
  // "should annihilate", "need to kill", "time to wipe out", "I'll shoot" — but not "people who
  // want to hurt …": a relative clause describes someone else's intent.
  for (let k = i - 1; k >= start && k >= i - 4; k--) if (tokenIs(doc, k, "who")) return false;
  // "someone tried to burn …", "he failed to kill …", "the aim was to kill …": an attempt or a
  // past purpose reported, not a call.
  for (let k = i - 1; k >= start && k >= i - 4; k--)
    if (cls[k] & C.MODAL && !(tokenIs(doc, k, "to") && REPORTED_BEFORE_TO(doc, k - 1)))
      return !thingPredicted(ctx, k, start);
  // "Let's kill …", "let us shoot …": the token is "let" (its "'s" read as a possessive).
  if (i >= 1 && tokenIs(doc, i - 1, "let") && doc.tokBaseEnd[i - 1] !== doc.tokEnd[i - 1])
    return true;
  if (i >= 2 && tokenIs(doc, i - 2, "let") && tokenIs(doc, i - 1, "us")) return true;
  // "my plan is to kill …", "I intend to shoot …": an intention named before "to".
  // "I'm ready to start killing …": "start" / "begin" between the intention and the verb.
  const v = i >= 1 && START(doc, i - 1) ? i - 1 : i;
  if (v >= 2 && tokenIs(doc, v - 1, "to"))
    for (let k = v - 2; k >= start && k >= v - 3; k--) if (INTENT(doc, k)) return true;
  // "I'm going to find every X and make them pay": a verb joined to a call shares it.
  if (i >= 2 && tokenIs(doc, i - 1, "and"))
    for (let k = i - 2; k >= start && k >= i - 8; k--)
      if (cls[k] & C.MODAL && writerBefore(ctx, k, 2)) return true;
  return false;
}
export const START = createWordSet("start begin");
const PREDICTIVE = createWordSet("will would could might may can");
const PEOPLE_LIKE = C.SELF | C.YOU | C.THEY | C.IDENT | C.PROXY | C.PEOPLE | C.GROUP | C.COMBATANT;

/**
 * "a bathing suit will destroy their culture", "the new law could hurt them": a prediction about
 * what a thing does, its subject a noun after an article with no person in it.
 */
function thingPredicted(ctx: TRuleContext, m: number, start: number): boolean {
  const { doc, cls } = ctx;
  if (!PREDICTIVE(doc, m) || m - 1 < start) return false;
  for (let k = m - 1; k >= start && k >= m - 3; k--) {
    if (cls[k] & PEOPLE_LIKE || CIVIL_GROUPS(doc, k)) return false;
    if (cls[k] & C.ARTICLE) return k < m - 1;
  }
  return false;
}

/** Words before "to" that make what follows reported: an attempt, a threat made, a past purpose. */
const REPORTED_BEFORE_TO = createWordSet(
  "tried attempted managed failed plotted conspired threaten threatens threatened pretending pretended was were",
);

const INTENT = createWordSet(
  "plan plans planning intend intends intending aim goal mission dream ready",
);

/** Is there a comma (or the sentence edge) right before token k / right after token k? */
export function commaBefore(ctx: TRuleContext, k: number): boolean {
  const { doc } = ctx;
  return (
    k === 0 ||
    doc.sentence[k - 1] !== doc.sentence[k] ||
    doc.norm.slice(doc.tokEnd[k - 1], doc.tokStart[k]).includes(",")
  );
}

/**
 * The identity group addressed in token k's sentence: "you X", or the group set off as a vocative
 * ("X, your days …", "Keep talking, X, and …", "… watch your back, X").
 */
export function addressedIdentity(ctx: TRuleContext, k: number): number {
  const { doc, cls } = ctx;
  const start = sentenceStart(ctx, k);
  for (let g = start; g < doc.count && doc.sentence[g] === doc.sentence[k]; g++) {
    if (!isIdentity(ctx, g)) continue;
    if (g > start && cls[g - 1] & C.YOU) return g;
    let e = g;
    while (e + 1 < doc.count && e + 1 <= g + 2 && cls[e + 1] & C.PEOPLE) e++;
    const after = e + 1 >= doc.count || commaBefore(ctx, e + 1);
    if (commaBefore(ctx, g) && after) return g;
  }
  return -1;
}

// Gives every token its word classes (identity, group, insult, negator …) and spots coded blends
// by composition: identity root × insult root ("jewrats"), group × state ("isisrael"), "zio-" words.

import { originalLetters, tokenIs, type TDoc } from "../text/doc";
import { hashString } from "../text/hash";
import { freshUint32, freshUint8 } from "../text/slab";
import { createTrigramFilter } from "../text/trigram-filter";
import { createWordIndex } from "../text/word-index";
import { createWordBits, createWordSet } from "../text/word-set";
import { resolveIdentityTypos, resolveTypos } from "./typos";
import { markHaters } from "./rules-haters";
import { TREATED_WELL } from "./counter-frames";
import { questionSentence } from "./match";
import {
  BLEND_EXCEPTIONS,
  BLEND_IDENTITY_ROOTS,
  BLEND_INSULT_ROOTS,
  BLEND_STATE_ROOTS,
  C,
  GROUP_ROOTS,
  JEWISH_STATE_ROOTS,
  LEXICON,
} from "./lexicon";

export const BLEND = {
  NONE: 0,
  IDENTITY_INSULT: 1,
  GROUP_STATE: 2,
  GROUP_JEWISH_STATE: 3,
  ZIO: 4,
  GROUP_COMPOUND: 5,
} as const;

export type TClassified = {
  cls: Uint32Array;
  blend: Uint8Array;
  /** OR of every token's classes. */ all: number;
  anyBlend: boolean;
};

const lexiconEntries = Object.entries(LEXICON).flatMap(([bit, words]) =>
  words
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [word, Number(bit)] as const),
);
/** Exact words by the doc's word numbers (one lookup per token for every word list). */
const lexiconBits = createWordBits(lexiconEntries);
/** Stretched spellings ("kiiill") by their squeezed letters. */
const index = createWordIndex<number>();
for (const [word, bit] of lexiconEntries) index.add(word, bit);
/** Conditions that name disabled people after "people with …" (resolveAmbiguousAt). */
const CONDITION_WORDS =
  "autism disability disabilities syndrome dwarfism schizophrenia illness illnesses";

const H = Object.fromEntries(
  [
    "is",
    "us",
    "west",
    "western",
    "state",
    "al",
    "human",
    "black",
    "white",
    "brown",
    "deaf",
    "blind",
    "handicapped",
    "lives",
    "color",
    "colour",
    ...CONDITION_WORDS.split(" "),
    "better",
    "more",
    "asylum",
    "seeker",
    "seekers",
    "like",
    "liked",
    "kind",
    "hate",
    "sick",
    "matter",
    "deserve",
    "deserves",
    "need",
    "needs",
    "worth",
  ].map((w) => [w, hashString(w)]),
);

const AMBIGUOUS = createWordSet(Object.keys(H));
const AL = createWordSet("al");

function byFirstChar(roots: string[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const root of roots) {
    const list = map.get(root.charCodeAt(0)) ?? [];
    list.push(root);
    map.set(root.charCodeAt(0), list);
  }
  return map;
}
const IDENTITY_ROOTS = byFirstChar(BLEND_IDENTITY_ROOTS);
const GROUP_ROOT_MAP = byFirstChar(GROUP_ROOTS);

export function classifyTokens(doc: TDoc): TClassified {
  const n = doc.count;
  const cls = freshUint32(n);
  const blend = freshUint8(n);
  for (let i = 0; i < n; i++) {
    // A stretched token no word matches exactly may match one squeezed.
    let bits = lexiconBits(doc, i);
    if (bits === 0 && doc.tokSqueezed[i] !== 0) bits = index.lookupBits(doc, i);
    if (
      bits === 0 &&
      doc.tokBaseEnd[i] - doc.tokStart[i] >= 5 &&
      mayBlend(doc.norm, doc.tokStart[i], doc.tokBaseEnd[i])
    ) {
      const kind = detectBlend(doc.norm, doc.tokStart[i], doc.tokBaseEnd[i]);
      blend[i] = kind;
      if (kind === BLEND.GROUP_COMPOUND) bits = C.GROUP | C.COMBATANT;
      else if (kind === BLEND.GROUP_STATE || kind === BLEND.GROUP_JEWISH_STATE)
        bits = C.GROUP | C.ACTOR;
    }
    cls[i] = bits;
  }
  resolveAmbiguous(doc, cls);
  markHaters(doc, cls);
  resolveIdentityTypos(doc, cls, blend);
  if (hasIdentity(cls)) resolveTypos(doc, cls, blend);
  let all = 0;
  let anyBlend = false;
  for (let i = 0; i < n; i++) {
    all |= cls[i];
    if (blend[i] !== 0) anyBlend = true;
  }
  return { cls, blend, all, anyBlend };
}

function hasIdentity(cls: Uint32Array): boolean {
  for (let i = 0; i < cls.length; i++) if (cls[i] & (C.IDENT | C.PROXY)) return true;
  return false;
}

/** Case and neighbours decide words that are also ordinary English ("IS", "US", "the West"). */
function resolveAmbiguous(doc: TDoc, cls: Uint32Array): void {
  // Only the tokens that are one of the words below, and the word after "al", are looked at.
  for (let i = AMBIGUOUS.next(doc, 0); i >= 0; i = AMBIGUOUS.next(doc, i + 1)) {
    resolveAmbiguousAt(doc, cls, i);
    if (i >= 1 && AL(doc, i) && !AMBIGUOUS(doc, i + 1) && i + 1 < doc.count)
      resolveAmbiguousAt(doc, cls, i + 1);
  }
}

function resolveAmbiguousAt(doc: TDoc, cls: Uint32Array, i: number): void {
  const n = doc.count;
  const h = doc.tokHash[i];
  if (
    h === H.black ||
    h === H.white ||
    h === H.brown ||
    h === H.deaf ||
    h === H.blind ||
    h === H.handicapped
  ) {
    // Colour words name a race, and "deaf", "blind", "handicapped" a disability, only before a word
    // for people: "black people", "deaf kids" ("blind faith", "handicapped parking" name no one);
    // "black lives" names the people too, but "Black Lives Matter" is the movement's name.
    if (i + 1 < n && (cls[i + 1] & C.PEOPLE || livesOf(doc, i + 1))) cls[i] |= C.IDENT;
    return;
  }
  if (h === H.color || h === H.colour) {
    // "people of colour", "women of color": the group, named by its last word.
    if (i > 1 && tokenIs(doc, i - 1, "of") && cls[i - 2] & C.PEOPLE) {
      cls[i - 2] |= C.IDENT;
      cls[i] |= C.IDENT;
    }
    return;
  }
  if (CONDITIONS(doc, i)) {
    // "people with autism", "kids with Down syndrome", "those with a mental illness": the group,
    // named by its head and the condition (as "people of colour" is).
    for (let w = i - 1; w >= 1 && w >= i - 3; w--) {
      if (!tokenIs(doc, w, "with")) continue;
      if (cls[w - 1] & C.PEOPLE || tokenIs(doc, w - 1, "those")) {
        cls[w - 1] |= C.IDENT;
        cls[i] |= C.IDENT;
      }
      break;
    }
    return;
  }
  if (h === H.lives) {
    // "Muslim lives", "black lives": the group's people ("Muslim lives are worthless").
    if (i > 0 && cls[i - 1] & C.IDENT && livesOf(doc, i)) cls[i] |= C.PEOPLE;
    return;
  }
  if (h === H.asylum) {
    // "asylum seekers" name people fleeing persecution, as "refugees" does.
    if (i + 1 < n && (doc.tokHash[i + 1] === H.seekers || doc.tokHash[i + 1] === H.seeker))
      cls[i + 1] |= C.IDENT;
    return;
  }
  if (h === H.deserve || h === H.deserves || h === H.need || h === H.needs) {
    if (deservesGood(doc, cls, i)) cls[i] |= C.POSITIVE;
    return;
  }
  if (h === H.worth) {
    // "X are worth nothing / less": a trait; "worth just as much as", "worth the same": praise.
    if (WORTH_LESS(doc, i + 1)) cls[i] |= C.TRAIT;
    else if (worthAsMuch(doc, i + 1)) cls[i] |= C.POSITIVE;
    return;
  }
  if (h === H.better) {
    if (isPraisingBetter(doc, cls, i)) cls[i] |= C.POSITIVE;
    return;
  }
  if (h === H.more) {
    if (isWantingMore(doc, cls, i)) cls[i] |= C.POSITIVE;
    return;
  }
  if (h === H.hate) {
    // "the hate they get", "a wave of hate against X": the noun, what is done to a group.
    if (i > 0 && cls[i - 1] & C.ARTICLE) cls[i] = (cls[i] & ~C.HATE_VERB) | C.META;
    return;
  }
  if (h === H.matter) {
    // "X, no matter how long they live here, …": regardless, not a denial.
    if (i > 0 && tokenIs(doc, i - 1, "no") && REGARDLESS_OF(doc, i + 1)) cls[i - 1] &= ~C.NEGATOR;
    return;
  }
  if (h === H.sick) {
    // "sick of being blamed", "sick and tired": weary, not a trait of the group.
    if (tokenIs(doc, i + 1, "of") || (tokenIs(doc, i + 1, "and") && tokenIs(doc, i + 2, "tired")))
      cls[i] &= ~(C.TRAIT | C.INSULT);
    return;
  }
  if (h === H.kind) {
    // "their kind", "your kind": a group's sort, not kindness.
    if (i > 0 && THEIR_YOUR(doc, i - 1)) cls[i] &= ~C.POSITIVE;
    return;
  }
  if (h === H.like || h === H.liked) {
    if (isLiking(doc, cls, i)) cls[i] |= C.POSITIVE;
    return;
  }
  if (
    h !== H.is &&
    h !== H.us &&
    h !== H.west &&
    h !== H.western &&
    h !== H.state &&
    h !== H.al &&
    h !== H.human &&
    !(i >= 2 && doc.tokHash[i - 1] === H.al)
  )
    return;
  if (tokenIs(doc, i, "is") && originalLetters(doc, i) === "IS" && !shouting(doc, i)) {
    cls[i] = (cls[i] & ~C.COPULA) | C.GROUP;
  } else if (tokenIs(doc, i, "us")) {
    cls[i] = originalLetters(doc, i) === "US" && !shouting(doc, i) ? C.ACTOR : C.SELF;
  } else if (tokenIs(doc, i, "west") || tokenIs(doc, i, "western")) {
    const after =
      i + 1 < n &&
      (tokenIs(doc, i + 1, "bank") || tokenIs(doc, i + 1, "of") || tokenIs(doc, i + 1, "side"));
    if (after || i === 0 || !tokenIs(doc, i - 1, "the")) cls[i] &= ~C.ACTOR;
  } else if (tokenIs(doc, i, "state") && i > 0 && tokenIs(doc, i - 1, "islamic")) {
    cls[i] |= C.GROUP;
    cls[i - 1] = (cls[i - 1] & ~C.IDENT) | C.GROUP;
  } else if (tokenIs(doc, i, "al") && i + 1 < n && cls[i + 1] & C.GROUP) {
    cls[i] |= C.GROUP;
  } else if (i >= 2 && tokenIs(doc, i - 1, "al") && cls[i - 2] & C.GROUP) {
    // "Jaish al-Islam", "Jabhat al-Nusra": the name, not the religion.
    cls[i] = (cls[i] & ~C.IDENT) | C.GROUP;
    cls[i - 1] |= C.GROUP;
  } else if (tokenIs(doc, i, "human") && i > 0 && tokenIs(doc, i - 1, "sub")) {
    cls[i] |= C.DEHUMAN;
  } else if (tokenIs(doc, i, "human") && humanityAffirmed(doc, cls, i)) {
    cls[i] |= C.POSITIVE;
  }
}

const STILL_TOO = createWordSet("still also just all fellow equally");

/**
 * "X are human beings", "they're still human": the group's humanity affirmed, a friendly word
 * (a negator before it is read by the friendly-sentence check; "less than human" and "barely
 * human" are not affirmations).
 */
function humanityAffirmed(doc: TDoc, cls: Uint32Array, i: number): boolean {
  let w = i - 1;
  if (w >= 1 && STILL_TOO(doc, w)) w--;
  return (
    w >= 0 &&
    (cls[w] & C.COPULA) !== 0 &&
    doc.sentence[w] === doc.sentence[i] &&
    // "Who actually thinks X are human?": a question doubts it.
    !questionSentence(doc, i)
  );
}

/** "Better" that qualifies a word after it, or before which a subject gives an order ("… better leave"). */
const NOT_PRAISE_WITH =
  C.INSULT | C.DEHUMAN | C.TRAIT | C.VIOLENT | C.VIOLENT_PART | C.HATE_VERB | C.INVASION;
const NOT_PRAISE_AFTER = createWordSet(
  "off without than dead gone if when once to be leave watch stay run",
);

/** "… make our city better", "… are better at it": praise, unless it is "better off dead/without". */
function isPraisingBetter(doc: TDoc, cls: Uint32Array, i: number): boolean {
  if (i > 0 && cls[i - 1] & (C.IDENT | C.PROXY | C.PEOPLE | C.THEY | C.YOU | C.NEGATOR))
    return false;
  if (i + 1 < doc.count && doc.sentence[i + 1] === doc.sentence[i] && NOT_PRAISE_AFTER(doc, i + 1))
    return false;
  // "a better world if they were killed": violence or insults in the sentence make it no praise.
  for (let k = i - 1; k >= 0 && doc.sentence[k] === doc.sentence[i]; k--)
    if (cls[k] & NOT_PRAISE_WITH) return false;
  for (let k = i + 1; k < doc.count && doc.sentence[k] === doc.sentence[i]; k++)
    if (cls[k] & NOT_PRAISE_WITH) return false;
  return true;
}

const WANT = createWordSet("need needs want wants");

/** "We need more women in science": wanting more of a group, not negated ("don't need more …"). */
function isWantingMore(doc: TDoc, cls: Uint32Array, i: number): boolean {
  if (i < 1 || i + 1 >= doc.count || !WANT(doc, i - 1) || !(cls[i + 1] & (C.IDENT | C.PROXY)))
    return false;
  for (let k = i - 2; k >= 0 && k >= i - 4 && doc.sentence[k] === doc.sentence[i]; k--)
    if (cls[k] & C.NEGATOR) return false;
  return true;
}

/** What a group is said to deserve when the sentence is on its side ("X deserve equal rights"). */
const DUE = createWordSet(
  "rights respect dignity protection support help access accessible safety care housing justice chance freedom peace healthcare education compassion opportunity opportunities equality fairness better welcome services treatment love kindness recognition representation",
);
const DUE_FILLER = createWordSet(
  "the a an equal same full basic proper decent fair human their our",
);

/** "X deserve equal rights", "… deserves accessible transport", "X need support": unless negated ("don't deserve"). */
function deservesGood(doc: TDoc, cls: Uint32Array, i: number): boolean {
  const negated = (i > 0 && cls[i - 1] & C.NEGATOR) || (i > 1 && cls[i - 2] & C.NEGATOR);
  // "X deserve to be treated like humans / with dignity / equally".
  if (tokenIs(doc, i + 1, "to") && tokenIs(doc, i + 2, "be") && tokenIs(doc, i + 3, "treated"))
    return !negated && treatedWell(doc, i + 4);
  let k = i + 1;
  while (k < doc.count && k <= i + 3 && DUE_FILLER(doc, k) && !DUE(doc, k)) k++;
  if (k >= doc.count || doc.sentence[k] !== doc.sentence[i] || !DUE(doc, k)) return false;
  return !negated;
}

const LIKE_AS = createWordSet("like as");
const EQUALS = createWordSet("humans human people everyone equals anyone adults citizens");

/** After "treated": well ("with dignity", "equally") or as equals ("like humans", "as people"). */
function treatedWell(doc: TDoc, k: number): boolean {
  if (TREATED_WELL(doc, k)) return true;
  return LIKE_AS(doc, k) && (EQUALS(doc, k + 1) || EQUALS(doc, k + 2));
}

const WORTH_LESS = createWordSet("nothing less zero nil");

/** After "worth": "(just) as much as", "the same as", "every bit as much". */
function worthAsMuch(doc: TDoc, k: number): boolean {
  if (tokenIs(doc, k, "just") || tokenIs(doc, k, "every")) k++;
  if (tokenIs(doc, k, "bit")) k++;
  if (tokenIs(doc, k, "as") && tokenIs(doc, k + 1, "much")) return true;
  return tokenIs(doc, k, "the") && tokenIs(doc, k + 1, "same");
}

const CONDITIONS = createWordSet(CONDITION_WORDS);

/** "lives" at i, not the slogan "… lives matter". */
const livesOf = (doc: TDoc, i: number) =>
  tokenIs(doc, i, "lives") && !tokenIs(doc, i + 1, "matter");

const REGARDLESS_OF = createWordSet("how what who where when whether if which whose");
const INTENSIFIER = createWordSet("really do did truly genuinely");
const THEIR_YOUR = createWordSet("their your");
const WOULD_LIKE = createWordSet("i'd we'd");

/**
 * "I like every one of them", "we really liked the X we met": the writer's liking (not "I'd like
 * to …", not "I don't like …", not "like animals"), unless the sentence also holds violence or insults.
 */
function isLiking(doc: TDoc, cls: Uint32Array, i: number): boolean {
  let w = i - 1;
  if (w >= 1 && INTENSIFIER(doc, w)) w--;
  if (w < 0 || !(cls[w] & C.SELF) || WOULD_LIKE(doc, w) || doc.sentence[w] !== doc.sentence[i])
    return false;
  if (tokenIs(doc, i + 1, "to")) return false;
  for (let k = i - 1; k >= 0 && doc.sentence[k] === doc.sentence[i]; k--)
    if (cls[k] & (C.NEGATOR | NOT_PRAISE_WITH)) return false;
  for (let k = i + 1; k < doc.count && doc.sentence[k] === doc.sentence[i]; k++)
    if (cls[k] & NOT_PRAISE_WITH) return false;
  return true;
}

/** A word in an all-caps run is shouting, not an acronym. */
function shouting(doc: TDoc, i: number): boolean {
  const isCaps = (t: number) => {
    const letters = originalLetters(doc, t);
    return (
      letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
    );
  };
  const prev = i > 0 && isCaps(i - 1);
  const next = i + 1 < doc.count && isCaps(i + 1);
  return prev && next;
}

const STARTS = createTrigramFilter([...BLEND_IDENTITY_ROOTS, ...GROUP_ROOTS, "zio"]);
const GROUP_ENDS = createTrigramFilter(GROUP_ROOTS.map((r) => r.slice(-3)));

/** Cheap pre-check before any slicing: does the word start with a blend root, or end like a group name? */
function mayBlend(norm: string, start: number, end: number): boolean {
  return STARTS.has(norm, start) || GROUP_ENDS.has(norm, end - 3);
}

/** Is norm[start, end) a coded blend ("ziocons", "jewrats", "isisrael")? The spacing repair keeps those whole. */
export function isBlendWord(norm: string, start: number, end: number): boolean {
  return mayBlend(norm, start, end) && detectBlend(norm, start, end) !== BLEND.NONE;
}

function detectBlend(norm: string, start: number, end: number): number {
  const token = norm.slice(start, end);
  if (BLEND_EXCEPTIONS.has(token) || !/^[a-z]+$/.test(token)) return BLEND.NONE;
  if (token.startsWith("zio") && !token.startsWith("zionis") && token !== "zion") return BLEND.ZIO;
  const groupRoot = rootAtStart(token, GROUP_ROOT_MAP) ?? containedGroupRoot(token);
  if (groupRoot !== null) {
    for (const state of BLEND_STATE_ROOTS) {
      const at = token.indexOf(state);
      if (at < 0) continue;
      // The two names must cover the word between them: "isis"+"israel" overlap in "isisrael".
      const groupAt = token.indexOf(groupRoot);
      const covered =
        Math.max(groupAt + groupRoot.length, at + state.length) - Math.min(groupAt, at);
      if (covered >= token.length - 1)
        return JEWISH_STATE_ROOTS.has(state) ? BLEND.GROUP_JEWISH_STATE : BLEND.GROUP_STATE;
    }
    if (token.startsWith(groupRoot)) return BLEND.GROUP_COMPOUND;
  }
  const identityRoot = rootAtStart(token, IDENTITY_ROOTS);
  if (identityRoot !== null) {
    for (const insult of BLEND_INSULT_ROOTS) {
      if (!token.endsWith(insult)) continue;
      const gap = token.length - identityRoot.length - insult.length;
      if (gap >= -2 && gap <= 2) return BLEND.IDENTITY_INSULT;
    }
  }
  return BLEND.NONE;
}

function rootAtStart(token: string, roots: Map<number, string[]>): string | null {
  const candidates = roots.get(token.charCodeAt(0));
  if (!candidates) return null;
  let best: string | null = null;
  for (const root of candidates)
    if (token.startsWith(root) && (!best || root.length > best.length)) best = root;
  return best;
}

function containedGroupRoot(token: string): string | null {
  for (const root of GROUP_ROOTS)
    if (token.length > root.length + 2 && token.endsWith(root)) return root;
  return null;
}

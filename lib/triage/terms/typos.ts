// Misspelled words read as the listed word one slip away, where the frame makes that likely: an
// identity anywhere ("Mulsims"), a predicate or hate verb in its slot ("are revoltng", "I despse
// Jews"), a copula glued to its predicate ("aredisgusting"). English words are never slips.

import { inflectedHashes, isEnglishBaseHash, isEnglishToken } from "../text/english";
import { createFuzzyIndex } from "../text/fuzzy-index";
import { tokenIs, type TDoc } from "../text/doc";
import { hashString } from "../text/hash";
import { IntSet } from "../text/int-table";
import { C, LEXICON } from "./lexicon";

/** Words worth recognising misspelled: the predicates of identity hate and the identities. */
const TYPO_CLASSES = C.DEHUMAN | C.INSULT | C.TRAIT | C.HATE_VERB;
const TARGET = C.IDENT | C.PROXY;
const predicateTypos = createFuzzyIndex();
const identityTypos = createFuzzyIndex();
/** The same predicates by spelling, for a copula glued to one ("aredisgusting"). */
const predicates = new Map<string, number>();
const identities = new Map<string, number>();
for (const [bit, words] of Object.entries(LEXICON)) {
  const value = Number(bit);
  if (!(value & (TYPO_CLASSES | TARGET))) continue;
  for (const word of words.split(/\s+/)) {
    if (!word) continue;
    if (value & TARGET) {
      identityTypos.add(word, value & TARGET);
      identities.set(word, (identities.get(word) ?? 0) | (value & TARGET));
    }
    if (!(value & TYPO_CLASSES)) continue;
    predicateTypos.add(word, value & TYPO_CLASSES);
    predicates.set(word, (predicates.get(word) ?? 0) | (value & TYPO_CLASSES));
  }
}
/** Words for people after an identity ("Disabled peolpe are …"): five letters or more. */
const peopleTypos = createFuzzyIndex();
for (const word of LEXICON[C.PEOPLE].split(/\s+/))
  if (word.length >= 5) peopleTypos.add(word, C.PEOPLE);
/** Modals right after the group ("Muslims shuold be shot", "X deserev to die"): five letters or more. */
const modalTypos = createFuzzyIndex();
for (const word of LEXICON[C.MODAL].split(/\s+/))
  if (word.length >= 5 && /^[a-z]+$/.test(word)) modalTypos.add(word, C.MODAL);
/** What a group "should be" ("kiled", "hangd"): in that slot only, after a copula. */
const violentPartTypos = createFuzzyIndex();
for (const word of LEXICON[C.VIOLENT_PART].split(/\s+/))
  if (word.length >= 5) violentPartTypos.add(word, C.VIOLENT_PART);
/** Violent verbs before "all/every X" ("Kll all X", "klil every X"): four letters or more. */
const violentTypos = createFuzzyIndex();
for (const word of LEXICON[C.VIOLENT].split(/\s+/))
  if (word.length >= 4) violentTypos.add(word, C.VIOLENT);
/** "never" before a verb of trust and a group ("Nevr trust X"). */
const neverTypos = createFuzzyIndex();
neverTypos.add("never", C.NEGATOR);
const TRUST_VERBS = new IntSet(
  "trust respect hire like accept tolerate welcome marry date".split(" ").map((w) => hashString(w)),
);
/** Words by length, for masked ones ("sc*m", "v*rmin", "M*slims"). */
function byLength(words: Map<string, number>): Map<number, Array<[string, number]>> {
  const out = new Map<number, Array<[string, number]>>();
  for (const [word, bits] of words) {
    const list = out.get(word.length) ?? [];
    list.push([word, bits]);
    out.set(word.length, list);
  }
  return out;
}
const predicatesByLength = byLength(predicates);
const identitiesByLength = byLength(identities);
/** Inflected forms of listed words are words, not slips: "despised" is not "despise" misspelled. */
const inflected = inflectedHashes(Object.values(LEXICON).flatMap((words) => words.split(/\s+/)));
/** Colour words name a race only before a word for people ("blakc people"): see resolveAmbiguous. */
const COLOURS = ["black", "white", "brown"];
for (const colour of COLOURS) identityTypos.add(colour, C.IDENT);
const COLOUR_HASHES = new IntSet(COLOURS.map((c) => hashString(c)));
/** Identities: one slip in words of five letters or more; a short one only swapped, in a frame. */
const IDENTITY_LIMITS = { editMinLength: 5, swapMinLength: 5, jumbleMinLength: 7 };
const SHORT_IDENTITY_LIMITS = { editMinLength: 5, swapMinLength: 3, jumbleMinLength: 7 };
/** Predicates in their slot ("Muslims are scm", "I despse Jews"): four letters are enough there. */
const PREDICATE_LIMITS = { editMinLength: 4, swapMinLength: 4, jumbleMinLength: 7 };
const GLUED_COPULAS = ["are", "is"];
/** Only right after a copula, filler or "I" ("are revoltng"): elsewhere a slip is too likely a real word. */
const TYPO_AFTER = C.COPULA | C.FILLER | C.SELF;
/** Words around a short identity that make a slip in it worth reading ("I hate Kudrs", "agy people"). */
const SHORT_IDENTITY_BEFORE = C.HATE_VERB | C.VIOLENT | C.QUANT;
/** An identity up to five words before token i in its sentence: where a predicate about it would be. */
function identityBefore(doc: TDoc, cls: Uint32Array, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5 && doc.sentence[k] === doc.sentence[i]; k--)
    if (cls[k] & (C.IDENT | C.PROXY)) return true;
  return false;
}

/** Classes that make a slip in the word before them worth reading: "Jwes are scum", "Gyas should die". */
const PREDICATE_CLASSES = C.INSULT | C.DEHUMAN | C.TRAIT | C.VIOLENT_PART;

/** A copula or modal right after token i, then a predicate of hate within three words ("are scum", "should be shot"). */
function predicateAfter(doc: TDoc, cls: Uint32Array, i: number): boolean {
  if (i + 2 >= doc.count || !(cls[i + 1] & (C.COPULA | C.MODAL))) return false;
  for (let k = i + 2; k < doc.count && k <= i + 4 && doc.sentence[k] === doc.sentence[i]; k++)
    if (cls[k] & PREDICATE_CLASSES) return true;
  return false;
}

/** Token i's lower-case letters when no list knows it, else null. */
function lowerLetters(doc: TDoc, cls: Uint32Array, blend: Uint8Array, i: number): string | null {
  if (cls[i] !== 0 || blend[i] !== 0) return null;
  const word = doc.norm.slice(doc.tokStart[i], doc.tokBaseEnd[i]);
  return /^[a-z]+$/.test(word) ? word : null;
}

/** A token no list knows and no English word: a candidate for a misspelling (lower-case letters). */
function unknownWord(doc: TDoc, cls: Uint32Array, blend: Uint8Array, i: number): string | null {
  const len = doc.tokBaseEnd[i] - doc.tokStart[i];
  if (len < 2 || len > 16 || isEnglishToken(doc, i) || inflected.has(doc.tokHash[i])) return null;
  return lowerLetters(doc, cls, blend, i);
}

/** "Mulsims", "womn", "trnas people": an identity misspelled by one slip. */
export function resolveIdentityTypos(doc: TDoc, cls: Uint32Array, blend: Uint8Array): void {
  // The word for people first, so "blakc peolpe" has its frame: after an identity or a colour.
  for (let i = 1; i < doc.count; i++) {
    if (!(cls[i - 1] & TARGET) && !COLOUR_HASHES.has(doc.tokHash[i - 1])) continue;
    if (cls[i] !== 0 || !peopleTypos.mayMatch(doc.norm, doc.tokStart[i], doc.tokBaseEnd[i]))
      continue;
    const colour = COLOURS.some((c) => tokenIs(doc, i - 1, c));
    if (!(cls[i - 1] & TARGET) && !colour) continue;
    const word = unknownWord(doc, cls, blend, i);
    if (word === null || !peopleTypos.lookup(word, IDENTITY_LIMITS)) continue;
    cls[i] = C.PEOPLE | C.MISSPELT;
    if (colour) cls[i - 1] |= C.IDENT;
  }
  for (let i = 0; i < doc.count; i++) {
    const len = doc.tokBaseEnd[i] - doc.tokStart[i];
    if (cls[i] !== 0 || len < 3 || len > 16) continue;
    // "M*slims", "J*ws": a masked identity, when one listed word of its length fits (two letters shown).
    if (len >= 4 && hasMask(doc, i)) {
      const token = doc.norm.slice(doc.tokStart[i], doc.tokBaseEnd[i]);
      if (token.replace(/\*/g, "").length >= 2) {
        const bits = maskedFit(token, identitiesByLength);
        if (bits) cls[i] = bits | C.MISSPELT;
      }
      continue;
    }
    if (isEnglishToken(doc, i)) continue;
    if (!identityTypos.mayMatch(doc.norm, doc.tokStart[i], doc.tokBaseEnd[i])) continue;
    const word = unknownWord(doc, cls, blend, i);
    if (word === null || word.length < 3) continue;
    const framed =
      (i > 0 && cls[i - 1] & SHORT_IDENTITY_BEFORE) ||
      // "Kill all the Jwes": the quantifier before an article.
      (i > 1 && cls[i - 1] & C.ARTICLE && cls[i - 2] & SHORT_IDENTITY_BEFORE) ||
      (i + 1 < doc.count && cls[i + 1] & C.PEOPLE) ||
      predicateAfter(doc, cls, i);
    const hit = identityTypos.lookup(word, framed ? SHORT_IDENTITY_LIMITS : IDENTITY_LIMITS);
    if (!hit || (COLOURS.includes(hit.word) && !(i + 1 < doc.count && cls[i + 1] & C.PEOPLE)))
      continue;
    cls[i] = hit.value | C.MISSPELT;
  }
}

/** In a comment naming an identity, an unknown word in a predicate's slot may be a misspelled one. */
export function resolveTypos(doc: TDoc, cls: Uint32Array, blend: Uint8Array): void {
  for (let i = 0; i < doc.count; i++) {
    const afterCopula = i > 0 && cls[i - 1] & TYPO_AFTER && identityBefore(doc, cls, i);
    // A verb right before the group: "I despse Muslims", "I despsie Jews".
    const beforeIdentity =
      i + 1 < doc.count && cls[i + 1] & TARGET && doc.sentence[i + 1] === doc.sentence[i];
    if (!afterCopula && !beforeIdentity) continue;
    if (afterCopula && cls[i] === 0 && hasMask(doc, i)) {
      cls[i] = maskedPredicate(doc.norm.slice(doc.tokStart[i], doc.tokBaseEnd[i]));
      continue;
    }
    const word = unknownWord(doc, cls, blend, i);
    if (word === null || word.length < 3) continue;
    const hit = predicateTypos.lookup(word, PREDICATE_LIMITS);
    if (hit && (afterCopula || hit.value & C.HATE_VERB))
      cls[i] = hit.value & (afterCopula ? TYPO_CLASSES : C.HATE_VERB);
    // "should be kiled": what a modal says the group should be.
    else if (
      afterCopula &&
      i > 1 &&
      cls[i - 2] & C.MODAL &&
      violentPartTypos.lookup(word, PREDICATE_LIMITS)
    )
      cls[i] = C.VIOLENT_PART;
  }
  // A modal misspelled right after the group: "Muslims shuold be shot", "X deserev to die".
  for (let i = 1; i < doc.count; i++) {
    if (cls[i] !== 0 || !(cls[i - 1] & (TARGET | C.PEOPLE)) || !identityBefore(doc, cls, i))
      continue;
    // "Muslims sould be shot": before "be" and what the group should be, a slip that is also an
    // inflected English word ("soul" + "d") is read as the modal too.
    const slot = tokenIs(doc, i + 1, "be") && cls[i + 2] & C.VIOLENT_PART;
    const word = !slot
      ? unknownWord(doc, cls, blend, i)
      : isEnglishBaseHash(doc.tokHash[i])
        ? null
        : lowerLetters(doc, cls, blend, i);
    if (word !== null && word.length >= 5 && modalTypos.lookup(word, IDENTITY_LIMITS))
      cls[i] = C.MODAL;
  }
  // An order opening a sentence, aimed at the group right after it: "Extemrinate X", "Kil X".
  for (let i = 0; i + 1 < doc.count; i++) {
    if (cls[i] !== 0 || !(cls[i + 1] & TARGET) || doc.sentence[i + 1] !== doc.sentence[i]) continue;
    if (i > 0 && doc.sentence[i - 1] === doc.sentence[i]) continue;
    const word = unknownWord(doc, cls, blend, i);
    if (word !== null && word.length >= 4 && violentTypos.lookup(word, PREDICATE_LIMITS))
      cls[i] = C.VIOLENT;
  }
  // A verb slip before the group it is aimed at: "Kll all X", "Nevr trust X".
  for (let i = 0; i + 2 < doc.count; i++) {
    if (!(cls[i + 2] & TARGET) || cls[i] !== 0 || doc.sentence[i + 2] !== doc.sentence[i]) continue;
    const quantified = cls[i + 1] & C.QUANT;
    const trust = !quantified && TRUST_VERBS.has(doc.tokHash[i + 1]);
    if (!quantified && !trust) continue;
    const word = unknownWord(doc, cls, blend, i);
    if (word === null || word.length < 3) continue;
    if (quantified && violentTypos.lookup(word, PREDICATE_LIMITS)) cls[i] = C.VIOLENT;
    else if (trust && neverTypos.lookup(word, PREDICATE_LIMITS)) cls[i] = C.NEGATOR;
  }
  // A copula glued to its predicate right after the group: "Muslims aredisgusting", "arescum".
  for (let i = 1; i < doc.count; i++) {
    if (cls[i] !== 0 || blend[i] !== 0 || !(cls[i - 1] & (TARGET | C.PEOPLE))) continue;
    const word = doc.norm.slice(doc.tokStart[i], doc.tokBaseEnd[i]);
    for (const cop of GLUED_COPULAS) {
      if (word.length < cop.length + 4 || !word.startsWith(cop)) continue;
      const rest = word.slice(cop.length);
      const bits =
        predicates.get(rest) ?? predicateTypos.lookup(rest, PREDICATE_LIMITS)?.value ?? 0;
      if (bits) cls[i] = C.COPULA | (bits & TYPO_CLASSES);
    }
  }
}

function hasMask(doc: TDoc, i: number): boolean {
  return (
    doc.norm.indexOf("*", doc.tokStart[i]) >= 0 &&
    doc.norm.indexOf("*", doc.tokStart[i]) < doc.tokBaseEnd[i]
  );
}

/** A predicate with letters masked by "*" ("sc*m"): the one listed word of that length it fits. */
function maskedPredicate(token: string): number {
  return maskedFit(token, predicatesByLength) & TYPO_CLASSES;
}

/** The classes of the one word of `token`'s length that fits its "*" masks, or 0 (none, or two). */
function maskedFit(token: string, words: Map<number, Array<[string, number]>>): number {
  let found = 0;
  for (const [word, bits] of words.get(token.length) ?? []) {
    let ok = true;
    for (let k = 0; k < word.length && ok; k++) ok = token[k] === word[k] || token[k] === "*";
    if (!ok) continue;
    if (found !== 0) return 0; // two words fit: too uncertain
    found = bits;
  }
  return found;
}

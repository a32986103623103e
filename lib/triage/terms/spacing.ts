// Spacing tricks undone before the terms are read: fragments of one word rejoined ("Mus lims",
// "ver min", "dis gusting") and words glued together split ("despiseMuslims", "blackpeople",
// "Idespise"). Only the terms analyzer reads the repaired text; spans still map to the original.

import { tokenIs, tokenizeNormalized, type TDoc } from "../text/doc";
import { isEnglishBaseHash, isEnglishToken } from "../text/english";
import { FNV_OFFSET, fnvStep, hashRange, hashString } from "../text/hash";
import { IntSet, IntTable } from "../text/int-table";
import { freshInt32, freshUint8 } from "../text/slab";
import { createTrigramFilter } from "../text/trigram-filter";
import { createWordSet } from "../text/word-set";
import { isBlendWord } from "./classify";
import { C, LEXICON } from "./lexicon";

/** Word classes worth repairing a spacing for: what hate, threats and insults are made of. */
const TARGET_CLASSES =
  C.IDENT |
  C.PROXY |
  C.DEHUMAN |
  C.INSULT |
  C.TRAIT |
  C.HATE_VERB |
  C.VIOLENT |
  C.VIOLENT_PART |
  C.INVASION;
/** Two English fragments make a listed word only when it is long: "go ok" is not a slur. */
const MIN_ENGLISH_JOIN = 7;
const MAX_FRAGMENTS = 4;
const MAX_TARGET_LENGTH = 24;
const MAX_PIECES = 3;
const MAX_PIECE_LENGTH = 16;
const SPACE = 32;
/** Words whose split decision is remembered before the table starts afresh. */
const MAX_DECIDED = 1 << 15;

/** A glued word is split when a piece names a group or declares hate ("despiseMuslims")… */
const SPLIT_SUBJECTS = C.IDENT | C.PROXY | C.HATE_VERB;
/** …or a copula or "I" is glued to a predicate ("arescum"); "the rapist" in "therapist" is not. */
const SPLIT_LINKS = C.COPULA | C.SELF;
/** Words a slur is glued to when aimed at someone: "youfaggot", "thosekikes", "typicalmuzzies". */
const TERM_COMPANIONS =
  C.YOU | C.THEY | C.ARTICLE | C.QUANT | C.COPULA | C.HATE_VERB | C.INSULT | C.FILLER | C.SELF;
const SELF_VERBS = C.HATE_VERB | C.VIOLENT | C.MODAL | C.COPULA;
const SPLIT_PREDICATES = C.DEHUMAN | C.INSULT | C.TRAIT | C.VIOLENT | C.VIOLENT_PART;

const lexiconWords = new Map<number, string>();
const lexiconTargets = new Map<number, string>();
const lexiconBits = new Map<number, number>();
for (const [bit, words] of Object.entries(LEXICON)) {
  for (const w of words.split(/\s+/)) {
    if (!/^[a-z]+$/.test(w)) continue;
    const h = hashString(w);
    lexiconWords.set(h, w);
    lexiconBits.set(h, (lexiconBits.get(h) ?? 0) | Number(bit));
    if (Number(bit) & TARGET_CLASSES) lexiconTargets.set(h, w);
  }
}
/** Listed words a split can hinge on (three letters or more). */
const lexiconAnchors: string[] = [];
for (const [h, w] of lexiconWords)
  if (
    w.length >= 3 &&
    (lexiconBits.get(h) ?? 0) & (SPLIT_SUBJECTS | SPLIT_LINKS | SPLIT_PREDICATES)
  )
    lexiconAnchors.push(w);
// Colour words name a race before "people" (classify.ts), so a glued "blackpeople" is worth splitting.
for (const w of ["black", "white", "brown"]) {
  lexiconTargets.set(hashString(w), w);
  lexiconWords.set(hashString(w), w);
  lexiconBits.set(hashString(w), C.IDENT);
  lexiconAnchors.push(w);
}

export type TSpacingRepair = (doc: TDoc) => TDoc;

/** `termWords`: the single words of the admin term list, also worth rejoining or splitting out. */
export function createSpacingRepair(termWords: Iterable<string>): TSpacingRepair {
  const targets = new Map(lexiconTargets);
  /** Term words of four letters or more may be split out beside a word like "you" or "those". */
  const termPieces = new Map<number, string>();
  for (const w of termWords) {
    if (!/^[a-z]{3,}$/.test(w)) continue;
    targets.set(hashString(w), w);
    if (w.length >= 4) termPieces.set(hashString(w), w);
  }
  const isTermPiece = (s: string, from: number, to: number) =>
    termPieces.get(hashRange(s, from, to)) === s.slice(from, to);
  const known = new IntSet([...lexiconWords.keys(), ...targets.keys()]);
  const isLexicon = (h: number) => known.has(h);
  /** A piece of a glued word: a listed word, an English word of 3+ letters, "i" or "a". */
  const isPiece = (s: string, from: number, to: number) => {
    const h = hashRange(s, from, to);
    if (to - from === 1) return s[from] === "i" || s[from] === "a";
    return isLexicon(h) || (to - from >= 3 && isEnglishBaseHash(h));
  };

  /** Word classes of a piece (0 when unlisted): splits need listed classes, "fagan" is a name. */
  const pieceBits = (s: string, from: number, to: number) => {
    const h = hashRange(s, from, to);
    return lexiconWords.get(h) === s.slice(from, to) ? (lexiconBits.get(h) ?? 0) : 0;
  };

  /** Cut points (norm offsets) splitting norm[from, to) into known pieces, one of them a target. */
  function splitPoints(norm: string, from: number, to: number): number[] | null {
    const n = to - from;
    // best[k]: fewest pieces covering the first k letters (Infinity: none), cut[k]: last cut.
    const best = new Array<number>(n + 1).fill(Infinity);
    const cut = new Array<number>(n + 1).fill(-1);
    best[0] = 0;
    for (let k = 1; k <= n; k++) {
      for (let j = 0; j < k; j++) {
        if (best[j] + 1 >= best[k] || best[j] >= MAX_PIECES) continue;
        if (isPiece(norm, from + j, from + k)) {
          best[k] = best[j] + 1;
          cut[k] = j;
        }
      }
    }
    if (best[n] < 2 || best[n] > MAX_PIECES) return null;
    const points: number[] = [];
    let bits = 0;
    let term = false;
    let others = 0; // classes of the pieces that are not term words
    let next = 0; // classes of the piece after the current one
    for (let k = n; k > 0; k = cut[k]) {
      const piece = pieceBits(norm, from + cut[k], from + k);
      if (isTermPiece(norm, from + cut[k], from + k)) term = true;
      else others |= piece;
      // A lone letter only as "I" before a verb ("Idespise"): "imigrants" is no "i migrants".
      if (k - cut[k] === 1 && (cut[k] !== 0 || !(next & SELF_VERBS))) return null;
      bits |= piece;
      next = piece;
      if (cut[k] > 0) points.push(from + cut[k]);
    }
    const worth =
      bits & SPLIT_SUBJECTS ||
      (bits & SPLIT_LINKS && bits & SPLIT_PREDICATES) ||
      (term && others & TERM_COMPANIONS);
    return worth ? points.reverse() : null;
  }

  const targetStarts = createTrigramFilter(targets.values());
  // Hashes of every target's prefixes: a run stops growing as soon as its letters begin no target,
  // so the many short ordinary words ("of", "to", "is") cost one lookup instead of a walk.
  const targetPrefixes = new IntSet();
  for (const w of targets.values())
    for (let k = 1; k <= w.length; k++) targetPrefixes.add(hashString(w.slice(0, k)));
  // Edges of the words a split can hinge on; "i" + verb hinges on the verb's end ("…hate").
  const anchors = [...lexiconAnchors, ...termPieces.values()];
  const anchorStarts = createTrigramFilter(anchors);
  const anchorEnds = createTrigramFilter(anchors.map((w) => w.slice(-3)));
  const anchorHashes = new IntSet(anchors.map((w) => hashString(w)));
  /** Does norm[start, end) begin or end with a whole anchor word (by hash: a cheap first test)? */
  const hasAnchorEdge = (norm: string, start: number, end: number) => {
    let h = FNV_OFFSET;
    for (let k = start; k < end - 1 && k < start + MAX_PIECE_LENGTH; k++) {
      h = fnvStep(h, norm.charCodeAt(k));
      if (k - start >= 2 && anchorHashes.has(h)) return true;
    }
    for (let j = end - 3; j > start && j >= end - MAX_PIECE_LENGTH; j--)
      if (anchorHashes.has(hashRange(norm, j, end))) return true;
    return false;
  };
  /** Cut points of token i (offsets in the token) when it is a glued word worth splitting, else null. */
  function splitsOfWord(doc: TDoc, i: number): number[] | null {
    const { norm } = doc;
    const start = doc.tokStart[i];
    const end = doc.tokEnd[i];
    if (isEnglishToken(doc, i) || !isLetters(norm, start, end) || isLexicon(doc.tokHash[i]))
      return null;
    if (!hasAnchorEdge(norm, start, end) || isBlendWord(norm, start, end)) return null;
    return splitPoints(norm, start, end)?.map((p) => p - start) ?? null;
  }

  // The decision depends on the word alone, and comments repeat words: each word's is kept (by
  // hash, the word compared) until the table is full, then the table starts afresh.
  let decided = new IntTable();
  let decidedWords: string[] = [];
  let decidedPoints: Array<number[] | null> = [];
  function splitsOf(doc: TDoc, i: number): number[] | null {
    // A possessive's "'s" is no part of the hashed word: such tokens are not kept.
    if (doc.tokBaseEnd[i] !== doc.tokEnd[i]) return splitsOfWord(doc, i);
    const at = decided.get(doc.tokHash[i]);
    if (at >= 0 && tokenIs(doc, i, decidedWords[at])) return decidedPoints[at];
    const points = splitsOfWord(doc, i);
    if (at < 0) {
      if (decidedWords.length >= MAX_DECIDED) {
        decided = new IntTable();
        decidedWords = [];
        decidedPoints = [];
      }
      decided.set(doc.tokHash[i], decidedWords.length);
      decidedWords.push(doc.norm.slice(doc.tokStart[i], doc.tokEnd[i]));
      decidedPoints.push(points);
    }
    return points;
  }

  return (doc) => {
    const { norm } = doc;
    let drop: Set<number> | null = null;
    let insert: number[] | null = null;
    for (let i = 0; i < doc.count; i++) {
      const start = doc.tokStart[i];
      const end = doc.tokEnd[i];
      const len = end - start;
      // Only a run whose first three letters start a target can spell one; fragments are
      // separated by exactly one space.
      const mayMerge =
        i + 1 < doc.count &&
        doc.tokStart[i + 1] === end + 1 &&
        (len < 3 || targetStarts.has(norm, start));
      if (mayMerge && isLetters(norm, start, end)) {
        const merged = mergeRun(doc, i, targets, targetPrefixes, isLexicon);
        if (merged > i) {
          drop ??= new Set<number>();
          for (let k = i; k < merged; k++) drop.add(doc.tokEnd[k]);
          i = merged;
          continue;
        }
      }
      if (len < 5 || len > 24) continue;
      // A glued word starts or ends with a word worth splitting out ("hate…", "…women", "are…").
      if (!anchorStarts.has(norm, start) && !anchorEnds.has(norm, end - 3)) continue;
      const points = splitsOf(doc, i);
      if (points) for (const p of points) (insert ??= []).push(start + p);
    }
    if (drop === null && insert === null) return doc;
    return rebuild(doc, drop ?? new Set(), insert ?? []);
  };
}

function isLetters(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return to > from;
}

/**
 * The last token of a run starting at token i whose fragments, joined, spell a target word, or i.
 * One fragment at least must be neither a listed word nor (for short joins) an English word.
 */
function mergeRun(
  doc: TDoc,
  i: number,
  targets: ReadonlyMap<number, string>,
  prefixes: IntSet,
  isLexicon: (h: number) => boolean,
): number {
  const { norm } = doc;
  let found = i;
  let letters = doc.tokEnd[i] - doc.tokStart[i];
  // Letters only, so the token's own hash is the hash of its text.
  let h = doc.tokHash[i];
  if (!prefixes.has(h)) return i;
  // A listed word followed by a word of its own ("kill them") is no fragment of a longer one.
  if (isLexicon(h) && i + 1 < doc.count && isLexicon(doc.tokHash[i + 1])) return i;
  for (let j = i + 1; j < doc.count && j < i + MAX_FRAGMENTS; j++) {
    const gap = doc.tokEnd[j - 1];
    if (doc.tokStart[j] !== gap + 1 || norm.charCodeAt(gap) !== SPACE) break;
    if (doc.sentence[j] !== doc.sentence[i] || !isLetters(norm, doc.tokStart[j], doc.tokEnd[j]))
      break;
    h = hashRange(norm, doc.tokStart[j], doc.tokEnd[j], h);
    letters += doc.tokEnd[j] - doc.tokStart[j];
    if (letters > MAX_TARGET_LENGTH || !prefixes.has(h)) break;
    const word = targets.get(h);
    if (word === undefined || word.length !== letters || word !== joinedText(doc, i, j)) continue;
    if (fragmentsMayJoin(doc, i, j, letters, isLexicon, lexiconTargets.has(h))) found = j;
  }
  return found;
}

/** Short words that end a sentence's subject more often than they end a spaced-out word. */
const COMMON_TAILS = createWordSet("is as an");

/** Some fragment is no listed word, and (unless it joins into a long listed-class word) no English word either. */
function fragmentsMayJoin(
  doc: TDoc,
  i: number,
  j: number,
  letters: number,
  isLexicon: (h: number) => boolean,
  listedClass: boolean,
): boolean {
  // "Pakistan is" is a name and a verb, not "Pakistanis" spaced out.
  if (j - i === 1 && COMMON_TAILS(doc, j) && doc.tokEnd[i] - doc.tokStart[i] >= 4) return false;
  let foreign = false;
  let unknown = false;
  for (let k = i; k <= j; k++) {
    if (isLexicon(doc.tokHash[k])) continue;
    foreign = true;
    if (!isEnglishBaseHash(doc.tokHash[k])) unknown = true;
  }
  // English fragments join only into a long word of the word classes, never into a slur: "wet
  // backs" stays two words.
  return foreign && (unknown || (letters >= MIN_ENGLISH_JOIN && listedClass));
}

function joinedText(doc: TDoc, i: number, j: number): string {
  let s = "";
  for (let k = i; k <= j; k++) s += doc.norm.slice(doc.tokStart[k], doc.tokEnd[k]);
  return s;
}

/** The normalised text with the dropped spaces removed and a space inserted before each cut. */
function rebuild(doc: TDoc, drop: ReadonlySet<number>, insert: number[]): TDoc {
  const cuts = new Set(insert);
  const len = doc.norm.length - drop.size + cuts.size;
  const origStart = freshInt32(len);
  const origEnd = freshInt32(len);
  const elongated = freshUint8(len);
  // Stretched tokens keep their squeezed lookup ("fuuuck"): mark their letters again.
  const stretched = freshUint8(doc.norm.length);
  for (let t = 0; t < doc.count; t++)
    if (doc.tokSqueezed[t] !== 0) stretched.fill(1, doc.tokStart[t], doc.tokEnd[t]);
  let norm = "";
  let o = 0;
  for (let k = 0; k < doc.norm.length; k++) {
    if (drop.has(k)) continue;
    if (cuts.has(k)) {
      norm += " ";
      origStart[o] = doc.origStart[k];
      origEnd[o] = doc.origStart[k];
      o++;
    }
    norm += doc.norm[k];
    elongated[o] = stretched[k];
    origStart[o] = doc.origStart[k];
    origEnd[o] = doc.origEnd[k];
    o++;
  }
  return tokenizeNormalized(doc.text, {
    norm,
    origStart,
    origEnd,
    elongated,
    consumed: doc.analyzedChars,
  });
}

// Run-together hashtags and handles ("#fyrefestival", "#stonemanshooting") split into the words a
// fact-check library uses ("fyre festival", "stoneman shooting"), so a comment's tag can match a
// claim's words. Camel-cased tags are already split by tokenize(); this handles the lower-case
// ones. The library's own vocabulary is the dictionary, so any library (and any language written
// in Latin letters) splits its own names; a tag that cannot be split wholly into known words is
// left as it is.

import { TAG_PATTERN, tagWords } from "./tokenize";

/** Tag parts shorter than this are never split (short tags are usually one word or an acronym). */
const MIN_SPLIT_LENGTH = 6;
/** Pieces shorter than this must be one of the few common short words a tag may contain. */
const MIN_PIECE = 3;
const SHORT_PIECES = new Set([
  "in",
  "of",
  "on",
  "to",
  "is",
  "my",
  "me",
  "we",
  "us",
  "at",
  "no",
  "go",
]);
const MAX_PIECES = 4;

/**
 * A splitter over `vocabulary` (lower-case words): the words hidden in the text's run-together
 * tags, fewest pieces first (ties: longer pieces), nothing for a tag that is already a word.
 */
export function createTagSplitter(vocabulary: ReadonlySet<string>): (text: string) => string[] {
  return (text) => {
    if (!text.includes("#") && !text.includes("@")) return [];
    const out: string[] = [];
    for (const m of text.matchAll(TAG_PATTERN)) {
      const parts = tagWords(m[1]).toLowerCase().split(" ");
      for (const part of parts) {
        if (part.length < MIN_SPLIT_LENGTH || vocabulary.has(part) || !/^[a-z]+$/.test(part))
          continue;
        const pieces = segment(part, vocabulary);
        if (pieces) out.push(...pieces);
      }
    }
    return out;
  };
}

/** The split of `word` into known words with the fewest pieces (ties: the longest pieces), or null. */
export function segment(word: string, vocabulary: ReadonlySet<string>): string[] | null {
  const n = word.length;
  // best[i]: fewest pieces covering word[0, i), then the largest sum of squared piece lengths.
  const pieces = new Array<number>(n + 1).fill(Infinity);
  const spread = new Array<number>(n + 1).fill(-1);
  const from = new Array<number>(n + 1).fill(-1);
  pieces[0] = 0;
  spread[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = 0; start < end; start++) {
      if (pieces[start] === Infinity || pieces[start] >= MAX_PIECES) continue;
      const piece = word.slice(start, end);
      const known = piece.length >= MIN_PIECE ? vocabulary.has(piece) : SHORT_PIECES.has(piece);
      if (!known) continue;
      const p = pieces[start] + 1;
      const s = spread[start] + piece.length ** 2;
      if (p < pieces[end] || (p === pieces[end] && s > spread[end])) {
        pieces[end] = p;
        spread[end] = s;
        from[end] = start;
      }
    }
  }
  if (pieces[n] === Infinity || pieces[n] < 2) return null;
  const out: string[] = [];
  for (let end = n; end > 0; end = from[end]) out.unshift(word.slice(from[end], end));
  return out;
}

// Occlusion evidence for stage-2 flags: which words, once removed, lower the stage-2 score most.
// The encoder is a black box to a moderator; this names the words it reacted to.

import type { THarm, TSpan } from "../types";

/** At most this many words per comment are tried (the longest content words first). */
export const OCCLUSION_MAX_WORDS = 8;
/**
 * Longer comments are occluded in a window of about this many characters around each word (its
 * window scored with and without it): the encoder's cost grows with length, a window's does not.
 */
export const OCCLUSION_WINDOW = 240;
/** At most this many words become spans. */
export const OCCLUSION_MAX_SPANS = 3;
/** A word counts when removing it lowers the score by at least this much (absolute). */
export const OCCLUSION_MIN_DROP = 0.05;

const STOP = new Set(
  "a an the and or but if of to in on at by for with from as is are was were be been being am it its this that these those there here i me my we our you your he him his she her they them their what which who whom do does did have has had not no so very just than then too can will would should could may might must about into over under again more most some such only own same also".split(
    " ",
  ),
);

export type TOcclusionWord = { start: number; end: number };

/** Candidate words: UTF-16 ranges of letter runs, stop words skipped, longest first, capped. */
export function occlusionCandidates(text: string): TOcclusionWord[] {
  const out: Array<TOcclusionWord & { len: number }> = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’*@$-]*/gu;
  for (const m of text.matchAll(re)) {
    const word = m[0].toLowerCase();
    if (word.length < 2 || STOP.has(word)) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, len: word.length });
  }
  return out
    .sort((a, b) => b.len - a.len || a.start - b.start)
    .slice(0, OCCLUSION_MAX_WORDS)
    .map(({ start, end }) => ({ start, end }));
}

export function occludedText(text: string, word: TOcclusionWord): string {
  return (text.slice(0, word.start) + " " + text.slice(word.end)).replace(/\s+/g, " ").trim();
}

/** The text a word is judged in: the whole comment when short, else a window around the word (cut at spaces). */
export function occlusionContext(
  text: string,
  word: TOcclusionWord,
): { text: string; word: TOcclusionWord } {
  if (text.length <= OCCLUSION_WINDOW) return { text, word };
  const half = OCCLUSION_WINDOW / 2;
  let from = Math.max(0, word.start - half);
  let to = Math.min(text.length, word.end + half);
  if (from > 0) from = text.indexOf(" ", from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(" ", to) > word.end ? text.lastIndexOf(" ", to) : to;
  return { text: text.slice(from, to), word: { start: word.start - from, end: word.end - from } };
}

/** The words whose removal lowered the score most, as spans with the before/after scores in the reason. */
export function occlusionSpans(
  harm: THarm,
  base: number | number[],
  words: TOcclusionWord[],
  variantScores: number[],
): TSpan[] {
  const before = (i: number) => (Array.isArray(base) ? base[i] : base);
  return words
    .map((w, i) => ({
      ...w,
      drop: before(i) - variantScores[i],
      after: variantScores[i],
      before: before(i),
    }))
    .filter((w) => w.drop >= OCCLUSION_MIN_DROP)
    .sort((a, b) => b.drop - a.drop)
    .slice(0, OCCLUSION_MAX_SPANS)
    .map((w) => ({
      start: w.start,
      end: w.end,
      category: harm,
      reason: `stage 2: without this word the ${harm} score falls from ${w.before.toFixed(2)} to ${w.after.toFixed(2)}`,
    }));
}

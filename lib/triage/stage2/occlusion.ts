// Occlusion evidence for stage-2 flags: which words, once removed, lower the stage-2 score most.
// The encoder is a black box to a moderator; this names the words it reacted to.

import type { THarm, TSpan } from "../types";

/**
 * At most this many words per comment and harm are tried: words inside stage 1's spans for that
 * harm first, then the longest content words. Each costs one encoder call.
 */
export const OCCLUSION_MAX_WORDS = 6;
/**
 * Comments up to this long are occluded whole: each variant is the comment without one word, and
 * the baseline is the comment's own score (no extra call).
 */
export const OCCLUSION_WHOLE_MAX = 400;
/**
 * Longer ones are occluded in a window of about this many characters around each word (its window
 * scored with and without it), so a probe costs what a typical comment does.
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

/** Tokens longer than this (run-together slugs, keyboard mashing) are not tried. */
export const OCCLUSION_MAX_WORD_LENGTH = 24;

export type TOcclusionWord = { start: number; end: number };

/**
 * Addresses say where, not what: a URL (with a scheme, "www." or a host followed by a path), a
 * bare host name (lower-case top-level part, so "end.Then" is still two words), or an e-mail
 * address. Their pieces are never occlusion candidates.
 */
const ADDRESS =
  /(?:\b[a-zA-Z][a-zA-Z0-9+.-]*:\/\/|\b[wW]{3}\.)\S+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,6}\b(?:[/?#:]\S*)?/gu;
/** A number, with an ordinal, clock or magnitude suffix at most ("2024", "3rd", "10pm", "5k"). */
const NUMBER = /^\p{N}+(?:st|nd|rd|th|s|am|pm|k|m|bn)?$/iu;

function addressRanges(text: string): TOcclusionWord[] {
  return [...text.matchAll(ADDRESS)].map((m) => ({
    start: m.index!,
    end: m.index! + m[0].length,
  }));
}

/**
 * Candidate words: UTF-16 ranges of letter runs, skipping stop words, numbers, very long tokens
 * and parts of URLs or e-mail addresses; words overlapping a salient range (stage 1's spans for
 * the harm) first, then the longest; capped.
 */
export function occlusionCandidates(
  text: string,
  salient: readonly TOcclusionWord[] = [],
): TOcclusionWord[] {
  const out: Array<TOcclusionWord & { len: number; hit: number }> = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’*@$-]*/gu;
  const addresses = addressRanges(text);
  for (const m of text.matchAll(re)) {
    const word = m[0].toLowerCase();
    if (word.length < 2 || word.length > OCCLUSION_MAX_WORD_LENGTH) continue;
    if (STOP.has(word) || NUMBER.test(word)) continue;
    const [start, end] = [m.index!, m.index! + m[0].length];
    if (addresses.some((a) => a.start < end && start < a.end)) continue;
    const hit = salient.some((s) => s.start < end && start < s.end) ? 1 : 0;
    out.push({ start, end, len: word.length, hit });
  }
  return out
    .sort((a, b) => b.hit - a.hit || b.len - a.len || a.start - b.start)
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
  if (text.length <= OCCLUSION_WHOLE_MAX) return { text, word };
  const half = OCCLUSION_WINDOW / 2;
  let from = Math.max(0, word.start - half);
  let to = Math.min(text.length, word.end + half);
  if (from > 0) from = text.indexOf(" ", from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(" ", to) > word.end ? text.lastIndexOf(" ", to) : to;
  return { text: text.slice(from, to), word: { start: word.start - from, end: word.end - from } };
}

export type TOcclusionTarget = {
  item: number;
  harm: THarm;
  salient: readonly TOcclusionWord[];
  /** The part of the text its words are taken from and judged in (a long text's highest-scoring window). */
  scope?: TOcclusionWord;
};
/** One comment and harm: its words, and per word the probe indices of its baseline (null: the comment's own score) and variant. */
export type TOcclusionJob = {
  item: number;
  harm: THarm;
  words: TOcclusionWord[];
  base: Array<number | null>;
  without: number[];
};

/**
 * The texts to score for every flagged comment and harm, each distinct text once (two harms of a
 * comment share its variants), and the jobs that read their scores back.
 */
export function planOcclusion(
  texts: readonly string[],
  targets: readonly TOcclusionTarget[],
): { probes: string[]; jobs: TOcclusionJob[] } {
  const probes: string[] = [];
  const seen = new Map<string, number>();
  const probe = (text: string) => {
    let at = seen.get(text);
    if (at === undefined) seen.set(text, (at = probes.push(text) - 1));
    return at;
  };
  const jobs: TOcclusionJob[] = [];
  for (const { item, harm, salient, scope } of targets) {
    const full = texts[item];
    const from = scope?.start ?? 0;
    const text = scope ? full.slice(from, scope.end) : full;
    const shift = (w: TOcclusionWord) => ({ start: w.start - from, end: w.end - from });
    const words = occlusionCandidates(text, salient.map(shift));
    if (words.length < 2) continue;
    const contexts = words.map((w) => occlusionContext(text, w));
    jobs.push({
      item,
      harm,
      words: words.map((w) => ({ start: w.start + from, end: w.end + from })),
      base: contexts.map((c) => (c.text === full ? null : probe(c.text))),
      without: contexts.map((c) => probe(occludedText(c.text, c.word))),
    });
  }
  return { probes, jobs };
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

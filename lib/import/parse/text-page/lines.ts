// The line model of a saved page: each line keeps its number, its text as saved (for output) and a
// normalised copy (NBSP and runs of spaces collapsed) that every rule matches against.

export type TLine = {
  /** 1-based line number in the file, used in warnings ("line 42"). */
  no: number;
  /** The line as saved, trimmed; NBSPs inside are kept. */
  text: string;
  /** Single-spaced, NBSP-free copy for pattern matching. */
  norm: string;
  /** Leading whitespace width: indented blocks mark comment text on some layouts. */
  indent: number;
};

export function toLines(text: string): TLine[] {
  return text.split("\n").map((raw, i) => {
    const trimmed = raw.trim();
    return {
      no: i + 1,
      text: trimmed,
      norm: trimmed.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, " ").trim(),
      indent: raw.length - raw.trimStart().length,
    };
  });
}

/** Words of a line, without surrounding punctuation. */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const w of text.split(" ")) {
    const word = trimWord(w);
    if (word) out.push(word);
  }
  return out;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Strips leading non-letters (but "@" and "#") and trailing non-letters. A scan from each end, not
 * a regex: `/[^\p{L}]+$/` retries from every position of a long punctuation run (quadratic).
 */
function trimWord(w: string): string {
  let start = 0;
  let end = w.length;
  while (start < end) {
    const c = w[start];
    if (c === "@" || c === "#" || LETTER_OR_DIGIT.test(c) || isSurrogateLetter(w, start)) break;
    start++;
  }
  while (end > start && !LETTER_OR_DIGIT.test(w[end - 1]) && !isSurrogateLetter(w, end - 2)) end--;
  return start === 0 && end === w.length ? w : w.slice(start, end);
}

/** A letter or digit outside the BMP (two UTF-16 units) starting at i. */
function isSurrogateLetter(w: string, i: number): boolean {
  const code = w.codePointAt(i);
  return code !== undefined && code > 0xffff && LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}

/** A full prose paragraph: long enough and ends like a sentence (or is too long to be a heading). */
export function isProse(text: string): boolean {
  const words = wordsOf(text);
  // Headlines are Title Cased and unpunctuated, however long; prose ends like a sentence.
  const titleCased =
    words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.7;
  if (text.length >= 150 && !titleCased) return true;
  return words.length >= 8 && /[.!?…]["”’)\]]?$/.test(text);
}

export const URL_RE = /\bhttps?:\/\/\S+|\bwww\.\S+\.\S+/i;

export function isUrlOnly(text: string): boolean {
  return /^(?:https?:\/\/|www\.)\S+$/i.test(text);
}

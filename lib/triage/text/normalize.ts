// One normalisation pass shared by every analyzer: folds case, accents, look-alike letters, l33t,
// s p a c e d letters and looooong runs, keeping an offset map so spans point into the original text.

import { DROP, NEWLINE, SPACE, isAsciiLetter, mapAstral, mapCodeUnit } from "./char-map";
import { freshInt32, freshUint8 } from "./slab";

export type TNormalized = {
  /** Folded text: lower-case ASCII where possible, kept punctuation, single spaces. */
  norm: string;
  /** Per norm character: UTF-16 start and end of the original character(s) it came from (the arrays may run longer than norm). */
  origStart: Int32Array;
  origEnd: Int32Array;
  /** 1 where a run of 3+ identical letters was shortened to 2 ("loooser" → "looser"). */
  elongated: Uint8Array;
  /** Number of original code units read (less than text.length when truncated). */
  consumed: number;
};

// The folded codes go to a scratch buffer reused across calls (they become the string). The offset
// maps and elongation marks are the result's own arrays, carved from the slabs at the input's
// length (the folded text is never longer) and written in place: no copy at the end.
let codes = new Uint16Array(4096);
let starts: Int32Array = new Int32Array(0);
let ends: Int32Array = starts;
let elong: Uint8Array = new Uint8Array(0);

/** Scratch codes for n characters, and the result's own offset maps and marks. */
function startBuffers(n: number): void {
  if (codes.length < n) codes = new Uint16Array(Math.max(n, codes.length * 2));
  starts = freshInt32(n);
  ends = freshInt32(n);
  elong = freshUint8(n);
}

/** The ASCII part of the character map, read inline on the hot path. */
const ASCII = Uint16Array.from({ length: 128 }, (_, c) => mapCodeUnit(c));

/** l33t decoding: 4→a 3→e 1→i 0→o 5→s 7→t $→s @→a !→i 8→b (0 = not a l33t character). */
const LEET = new Uint8Array(128);
for (const [from, to] of Object.entries({
  "4": "a",
  "3": "e",
  "1": "i",
  "0": "o",
  "5": "s",
  "7": "t",
  $: "s",
  "@": "a",
  "!": "i",
  "8": "b",
})) {
  LEET[from.charCodeAt(0)] = to.charCodeAt(0);
}
const isLeet = (c: number) => c < 128 && LEET[c] !== 0;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** Characters a l33t word is made of: letters, digits, $ @ ! and the mask "*". */
const RUN = Uint8Array.from({ length: 128 }, (_, c) =>
  isAsciiLetter(c) || isDigit(c) || c === 36 || c === 64 || c === 33 || c === 42 ? 1 : 0,
);
const isRunChar = (c: number) => c < 128 && RUN[c] === 1;

/**
 * Decodes l33t inside a word that has letters ("n1gg3r", "$h!t", "4ss"), but leaves numbers,
 * ordinals and codes alone ("2,500", "5th", "T2", "F-16", "100s").
 */
function decodeLeet(len: number): void {
  let i = 0;
  while (i < len) {
    if (!isRunChar(codes[i])) {
      i++;
      continue;
    }
    let j = i;
    let letters = 0;
    let leet = 0;
    while (j < len && isRunChar(codes[j])) {
      if (isAsciiLetter(codes[j])) letters++;
      else if (isLeet(codes[j])) leet++;
      j++;
    }
    if (letters > 0 && leet > 0 && shouldDecode(i, j)) {
      for (let k = i; k < j; k++) {
        const c = codes[k];
        if (c === 33 && !(k > i && k < j - 1)) continue; // "!" only inside a word
        if (isLeet(c)) codes[k] = LEET[c];
      }
    }
    i = j;
  }
}

function shouldDecode(from: number, to: number): boolean {
  // Trailing "!" or "$" are punctuation/currency more often than letters.
  while (to > from && (codes[to - 1] === 33 || codes[to - 1] === 42)) to--;
  let k = from;
  while (k < to && isDigit(codes[k])) k++;
  // Digits then letters: an ordinal or a unit ("5th", "10km", "100s"), not "4ss".
  if (k > from && k < to && UNIT_SUFFIXES.has(String.fromCharCode(...codes.subarray(k, to))))
    return false;
  let m = from;
  while (m < to && isAsciiLetter(codes[m])) m++;
  // Letters then only digits: a code ("t2", "f16", "mp3", "covid19").
  if (m > from && m < to) {
    let onlyDigits = true;
    for (let q = m; q < to; q++) if (!isDigit(codes[q])) onlyDigits = false;
    if (onlyDigits && to - m >= 1 && m - from <= 2) return false;
    if (onlyDigits && to - m >= 2) return false;
  }
  return true;
}

const UNIT_SUFFIXES = new Set(
  "st nd rd th s k m km mm cm kg g am pm x d h mph gb mb tb yo yr yrs ft min ml lb lbs b bn".split(
    " ",
  ),
);

/** Separators of spaced-out letters (" ", ".", "-", "_", "*"), as a table read per character. */
const SEPARATOR = Uint8Array.from({ length: 128 }, (_, c) =>
  c === 32 || c === 46 || c === 45 || c === 95 || c === 42 ? 1 : 0,
);
const isSeparator = (c: number) => c < 128 && SEPARATOR[c] === 1;

/** Joins single letters separated by one repeated separator: "k i l l", "j.e.w.s", "u.s." */
function joinSpacedLetters(len: number): number {
  let out = 0;
  let i = 0;
  while (i < len) {
    const c = codes[i];
    const startsWord = isAsciiLetter(c) && (i === 0 || !isAsciiLetter(codes[i - 1]));
    if (startsWord && i + 2 < len && isSeparator(codes[i + 1]) && isAsciiLetter(codes[i + 2])) {
      const sep = codes[i + 1];
      let k = i;
      let last = i;
      let count = 0;
      while (k < len && isAsciiLetter(codes[k]) && (k + 1 >= len || !isAsciiLetter(codes[k + 1]))) {
        count++;
        last = k;
        if (k + 2 < len && codes[k + 1] === sep && isAsciiLetter(codes[k + 2])) k += 2;
        else break;
      }
      k = last;
      const minimum = sep === 46 ? 2 : 3;
      if (count >= minimum) {
        for (let q = i; q <= k; q += 2) copy(q, out++);
        // Carry a trailing dot of "u.s." so the letters stay one word and the sentence goes on.
        i = k + 1;
        if (sep === 46 && i < len && codes[i] === 46) i++;
        continue;
      }
    }
    copy(i, out++);
    i++;
  }
  return out;
}

function copy(from: number, to: number): void {
  if (from === to) return;
  codes[to] = codes[from];
  starts[to] = starts[from];
  ends[to] = ends[from];
  elong[to] = elong[from];
}

/** Is there a one-letter word followed by another one-letter word ("k i …", "u.s.")? */
function hasSpacedLetters(len: number): boolean {
  let run = 0; // length of the current letter run
  let single = false; // the previous word was a single letter, followed by one separator
  for (let i = 0; i < len; i++) {
    const c = codes[i];
    if (c >= 97 && c <= 122) {
      run++;
      continue;
    }
    if (run === 1) {
      if (single) return true;
      single = isSeparator(c) && i + 1 < len && codes[i + 1] >= 97 && codes[i + 1] <= 122;
    } else if (run > 1) single = false;
    else if (single && !isSeparator(c)) single = false;
    run = 0;
  }
  return run === 1 && single;
}

export function normalizeText(text: string, maxChars: number): TNormalized {
  const limit = Math.min(text.length, maxChars);
  startBuffers(limit + 1);
  // Locals, not the module's buffers: the hot loop then needs no context loads.
  const cs = codes;
  const st = starts;
  const en = ends;
  const el = elong;
  let len = 0;
  let i = 0;
  let sawLeet = false;
  let last = SPACE; // the last emitted code (a leading space is never emitted)
  let beforeLast = SPACE;
  while (i < limit) {
    const unit = text.charCodeAt(i);
    let mapped: number;
    let width = 1;
    if (unit < 128) mapped = ASCII[unit];
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        width = 2;
        mapped = mapAstral((unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000);
      } else mapped = SPACE;
    } else mapped = mapCodeUnit(unit);
    const end = i + width;
    if (mapped === DROP) {
      if (len > 0 && last !== SPACE && last !== NEWLINE) en[len - 1] = end;
    } else if (mapped === SPACE || mapped === NEWLINE) {
      if (last === SPACE || last === NEWLINE) {
        if (mapped === NEWLINE && len > 0) cs[len - 1] = last = NEWLINE;
      } else {
        cs[len] = mapped;
        st[len] = i;
        en[len] = end;
        el[len] = 0;
        len++;
        beforeLast = last;
        last = mapped;
      }
    } else if (mapped === last && mapped === beforeLast && mapped >= 97 && mapped <= 122) {
      // Third and later repeats: stretch the kept letter over them instead of emitting.
      en[len - 1] = end;
      el[len - 1] = 1;
    } else {
      if (mapped < 128 && LEET[mapped] !== 0) sawLeet = true;
      cs[len] = mapped;
      st[len] = i;
      en[len] = end;
      el[len] = 0;
      len++;
      beforeLast = last;
      last = mapped;
    }
    i = end;
  }
  if (len > 0 && (cs[len - 1] === SPACE || cs[len - 1] === NEWLINE)) len--;
  if (sawLeet) decodeLeet(len);
  if (hasSpacedLetters(len)) len = joinSpacedLetters(len);
  return {
    norm: buildString(len),
    origStart: starts,
    origEnd: ends,
    elongated: elong,
    consumed: i,
  };
}

/**
 * The folded code units as a string. Most comments fold to Latin-1 only: those are copied to bytes
 * and read as Latin-1 (Node's Buffer), which gives V8's compact one-byte string, cheaper for every
 * later slice and search than the two-byte string a UTF-16 decoder returns. Others go through one
 * TextDecoder call. Both are several times faster than String.fromCharCode.apply; the codes hold no
 * surrogates (they fold to a space), a leading U+FEFF is kept (ignoreBOM), and a Uint16Array is
 * little-endian on every platform Node runs on.
 */
const UTF16 = new TextDecoder("utf-16le", { ignoreBOM: true });
let latin1: Buffer | null = typeof Buffer === "function" ? Buffer.alloc(4096) : null;

function buildString(len: number): string {
  if (latin1) {
    if (latin1.length < len) latin1 = Buffer.alloc(Math.max(len, latin1.length * 2));
    const bytes = latin1;
    let high = 0;
    for (let i = 0; i < len; i++) {
      const c = codes[i];
      high |= c;
      bytes[i] = c;
    }
    if (high < 256) return bytes.toString("latin1", 0, len);
  }
  return UTF16.decode(codes.subarray(0, len));
}

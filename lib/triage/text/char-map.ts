// Maps one UTF-16 code unit (or astral code point) to the normaliser's reduced alphabet: folded
// lower-case letters, digits, a few kept punctuation marks, space, newline, or "drop".

/** Returned for characters that vanish (zero-width, combining marks): they never split a word. */
export const DROP = 0;
export const SPACE = 32;
export const NEWLINE = 10;

// Visually identical Cyrillic and Greek letters, the usual way to slip a word past a filter.
const CONFUSABLES: Record<string, string> = {
  а: "a",
  е: "e",
  о: "o",
  р: "p",
  с: "c",
  у: "y",
  х: "x",
  і: "i",
  ј: "j",
  ѕ: "s",
  һ: "h",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  ӏ: "l",
  к: "k",
  м: "m",
  т: "t",
  в: "b",
  н: "h",
  ь: "b",
  г: "r",
  п: "n",
  и: "u",
  А: "a",
  В: "b",
  Е: "e",
  К: "k",
  М: "m",
  Н: "h",
  О: "o",
  Р: "p",
  С: "c",
  Т: "t",
  Х: "x",
  У: "y",
  І: "i",
  Ј: "j",
  Ѕ: "s",
  α: "a",
  β: "b",
  ε: "e",
  ι: "i",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  ω: "w",
  Α: "a",
  Β: "b",
  Ε: "e",
  Ζ: "z",
  Η: "h",
  Ι: "i",
  Κ: "k",
  Μ: "m",
  Ν: "n",
  Ο: "o",
  Ρ: "p",
  Τ: "t",
  Υ: "y",
  Χ: "x",
  ı: "i",
  ł: "l",
  ø: "o",
  đ: "d",
  ß: "s",
  æ: "a",
  œ: "o",
  þ: "t",
};

// ASCII punctuation the rules read (quotes, sentence ends, masks, echoes); the rest is a space.
const KEPT_ASCII = new Set("'\".!?,;:()-*$@/#&=+%_");

const PUNCT_FOLD: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u2032": "'",
  "`": "'",
  "\u00B4": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u201F": '"',
  "\u00AB": '"',
  "\u00BB": '"',
  "\u2033": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
  "\u2026": ".",
  "\u00A1": "!",
  "\u00BF": "?",
  "\uFF01": "!",
  "\uFF1F": "?",
};

const ZERO_WIDTH = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x180e]);
const LETTER = /\p{L}/u;
const NUMBER = /\p{Nd}/u;
const MARK = /\p{M}/u;
const SPACE_LIKE = /\s/u;

/** 0xFFFF = not computed yet. Filled lazily: only characters that occur are ever classified. */
const table = new Uint16Array(65536).fill(0xffff);

function fold(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code < 128) {
    if (code >= 65 && code <= 90) return code + 32;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return code;
    if (code === 10 || code === 13) return NEWLINE;
    return KEPT_ASCII.has(ch) ? code : SPACE;
  }
  if (ZERO_WIDTH.has(code)) return DROP;
  const confusable = CONFUSABLES[ch];
  if (confusable) return confusable.charCodeAt(0);
  const punct = PUNCT_FOLD[ch];
  if (punct) return punct.charCodeAt(0);
  if (MARK.test(ch)) return DROP;
  if (code === 0x2028 || code === 0x2029 || code === 0x85) return NEWLINE;
  if (SPACE_LIKE.test(ch)) return SPACE;
  // Compatibility decomposition folds accents, fullwidth forms, circled and styled letters.
  const decomposed = ch.normalize("NFKD");
  const base = decomposed.charCodeAt(0);
  if (base < 128 && decomposed !== ch) return fold(decomposed[0]);
  if (LETTER.test(ch)) {
    const lower = ch.toLowerCase();
    return lower.length === 1 ? lower.charCodeAt(0) : code;
  }
  if (NUMBER.test(ch)) return code;
  return SPACE;
}

export function mapCodeUnit(code: number): number {
  let mapped = table[code];
  if (mapped === 0xffff) {
    mapped = code >= 0xd800 && code <= 0xdfff ? SPACE : fold(String.fromCharCode(code));
    table[code] = mapped;
  }
  return mapped;
}

const astralCache = new Map<number, number>();

/** Astral code points: styled maths letters (𝐣𝐞𝐰) fold to ASCII; emoji and the rest separate words. */
export function mapAstral(codePoint: number): number {
  let mapped = astralCache.get(codePoint);
  if (mapped === undefined) {
    const ch = String.fromCodePoint(codePoint);
    const decomposed = ch.normalize("NFKD");
    const base = decomposed.charCodeAt(0);
    mapped = decomposed !== ch && base < 128 && decomposed.length === 1 ? fold(decomposed) : SPACE;
    if (astralCache.size < 4096) astralCache.set(codePoint, mapped);
  }
  return mapped;
}

/** Letters of any script after folding (ASCII a-z, or a non-ASCII letter kept as itself). */
export function isWordCode(code: number): boolean {
  if (code >= 97 && code <= 122) return true;
  if (code >= 48 && code <= 57) return true;
  return code >= 128 && code !== 0xffff && isOtherLetter(code);
}

const otherLetter = new Uint8Array(65536); // 0 unknown, 1 letter, 2 not

function isOtherLetter(code: number): boolean {
  let flag = otherLetter[code];
  if (flag === 0) {
    const ch = String.fromCharCode(code);
    flag = LETTER.test(ch) || NUMBER.test(ch) ? 1 : 2;
    otherLetter[code] = flag;
  }
  return flag === 1;
}

export function isAsciiLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

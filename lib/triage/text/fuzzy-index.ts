// Finds the listed word a misspelled token meant: one missing, extra or swapped letter
// ("revoltng", "vermiin", "Mulsims"), or a long word with its inner letters jumbled and at most
// one of them lost ("dsigustnig"). Substitutions are left out on purpose: they turn too many
// ordinary words into listed ones ("shakes" → "snakes"); the one exception is "i" and "l", which
// "1", "I" and "|" stand for alike ("Mus1ims"). Callers check the token is not itself
// an English word first (text/english.ts).

import { IntSet } from "./int-table";

export type TFuzzyHit = { word: string; value: number };

export type TFuzzyLimits = {
  /** Shortest listed word matched with a missing or extra letter. */
  editMinLength: number;
  /** Shortest listed word matched with two neighbouring letters swapped. */
  swapMinLength: number;
  /** Shortest listed word matched with its inner letters jumbled (Infinity: never). */
  jumbleMinLength: number;
};

export type TFuzzyIndex = {
  add: (word: string, value: number) => void;
  /** A cheap first test on s[from, to): false when no listed word can be one slip away. */
  mayMatch: (s: string, from: number, to: number) => boolean;
  /** The listed word one slip from `token`, or null; an exact listing is not a slip. */
  lookup: (token: string, limits: TFuzzyLimits) => TFuzzyHit | null;
};

/** Jumbles keep the first and last letters (readers still read "Cmabrigde"). */
const JUMBLE_MIN = 7;

/** The set of letters in w as 26 bits: a slip changes it by one letter at most. */
function letterSet(w: string): number {
  let bits = 0;
  for (let i = 0; i < w.length; i++) bits |= 1 << (w.charCodeAt(i) - 97);
  return bits;
}

function jumbleKey(w: string): string {
  return w[0] + w[w.length - 1] + [...w.slice(1, -1)].sort().join("");
}

export function createFuzzyIndex(): TFuzzyIndex {
  const exact = new Map<string, number>();
  /** Each listed word with one letter removed → the words it came from. */
  const deletions = new Map<string, string[]>();
  /** Jumble keys of long words, also with one inner letter removed → the words. */
  const jumbles = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, w: string) => {
    const list = map.get(key);
    if (!list) map.set(key, [w]);
    else if (!list.includes(w)) list.push(w);
  };
  /** Letter sets one letter from a listed word's: a cheap first test that most tokens fail. */
  // Asked once per candidate token of every comment: the typed-array set answers faster than a Set.
  const nearSets = new IntSet();
  const hit = (word: string): TFuzzyHit => ({ word, value: exact.get(word) ?? 0 });
  return {
    add(word, value) {
      if (word.length < 3 || !/^[a-z]+$/.test(word)) return;
      exact.set(word, (exact.get(word) ?? 0) | value);
      const letters = letterSet(word);
      nearSets.add(letters);
      for (let b = 0; b < 26; b++) nearSets.add(letters ^ (1 << b));
      for (let i = 0; i < word.length; i++)
        push(deletions, word.slice(0, i) + word.slice(i + 1), word);
      if (word.length < JUMBLE_MIN) return;
      push(jumbles, jumbleKey(word), word);
      for (let i = 1; i < word.length - 1; i++)
        push(jumbles, jumbleKey(word.slice(0, i) + word.slice(i + 1)), word);
    },
    mayMatch(s, from, to) {
      let bits = 0;
      for (let i = from; i < to; i++) {
        const c = s.charCodeAt(i) - 97;
        if (c < 0 || c > 25) return false;
        bits |= 1 << c;
      }
      return nearSets.has(bits);
    },
    lookup(token, limits) {
      if (token.length < 2 || !nearSets.has(letterSet(token)) || exact.has(token)) return null;
      // A letter missing from the token.
      for (const w of deletions.get(token) ?? [])
        if (w.length >= limits.editMinLength) return hit(w);
      for (let i = 0; i < token.length; i++) {
        // An extra letter in the token.
        if (token.length - 1 >= limits.editMinLength) {
          const w = token.slice(0, i) + token.slice(i + 1);
          if (exact.has(w)) return hit(w);
        }
        if (
          i + 1 < token.length &&
          token[i] !== token[i + 1] &&
          token.length >= limits.swapMinLength
        ) {
          const w = token.slice(0, i) + token[i + 1] + token[i] + token.slice(i + 2);
          if (exact.has(w)) return hit(w);
        }
      }
      // One look-alike letter: "i" for "l" or "l" for "i" ("Mus1ims" decoded as "musiims", "MusIims").
      if (token.length >= limits.editMinLength)
        for (let i = 0; i < token.length; i++) {
          const c = token[i];
          if (c !== "i" && c !== "l") continue;
          const w = token.slice(0, i) + (c === "i" ? "l" : "i") + token.slice(i + 1);
          if (exact.has(w)) return hit(w);
        }
      if (token.length + 1 < Math.max(JUMBLE_MIN, limits.jumbleMinLength)) return null;
      for (const w of jumbles.get(jumbleKey(token)) ?? []) {
        if (w.length >= limits.jumbleMinLength && w.length - token.length <= 1) return hit(w);
      }
      return null;
    },
  };
}

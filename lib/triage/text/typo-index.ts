// Finds the word a misspelled token meant, one slip away: a missing letter ("disgustng"), an extra
// one ("vermiin") or two neighbours swapped ("vemrin"). Substitutions are left out on purpose: they
// turn too many ordinary words into listed ones ("shakes" → "snakes").

export type TTypoIndex = {
  add: (word: string, value: number) => void;
  /** OR of the values of every listed word one slip from `token` (0 when none). */
  lookupBits: (token: string) => number;
};

export function createTypoIndex(minWordLength: number): TTypoIndex {
  const exact = new Map<string, number>();
  /** Each listed word with one letter removed: a token equal to one is missing that letter. */
  const deletions = new Map<string, number>();
  const or = (map: Map<string, number>, key: string, value: number) =>
    map.set(key, (map.get(key) ?? 0) | value);
  return {
    add(word, value) {
      if (word.length < minWordLength || !/^[a-z]+$/.test(word)) return;
      or(exact, word, value);
      for (let i = 0; i < word.length; i++)
        or(deletions, word.slice(0, i) + word.slice(i + 1), value);
    },
    lookupBits(token) {
      if (exact.has(token)) return 0;
      let bits = deletions.get(token) ?? 0;
      for (let i = 0; i < token.length; i++) {
        // An extra letter: the token without it is a listed word.
        bits |= exact.get(token.slice(0, i) + token.slice(i + 1)) ?? 0;
        if (i + 1 < token.length && token[i] !== token[i + 1]) {
          bits |= exact.get(token.slice(0, i) + token[i + 1] + token[i] + token.slice(i + 2)) ?? 0;
        }
      }
      return bits;
    },
  };
}

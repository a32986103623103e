// A 26³-entry bit table of three-letter keys: a cheap "could any root start (or end) here?" test
// before any string comparison, for the word-initial and word-final roots the rules look for.

export type TTrigramFilter = { has: (s: string, at: number) => boolean };

function keyAt(s: string, at: number): number {
  const a = s.charCodeAt(at) - 97;
  const b = s.charCodeAt(at + 1) - 97;
  const c = s.charCodeAt(at + 2) - 97;
  if (a < 0 || a > 25 || b < 0 || b > 25 || c < 0 || c > 25) return -1;
  return (a * 26 + b) * 26 + c;
}

/** `has(s, at)`: do the three letters at s[at..at+3) begin one of `words`? Words shorter than 3 letters are ignored. */
export function createTrigramFilter(words: Iterable<string>): TTrigramFilter {
  const table = new Uint8Array(26 * 26 * 26);
  for (const w of words) {
    if (w.length < 3) continue;
    const k = keyAt(w, 0);
    if (k >= 0) table[k] = 1;
  }
  return {
    has(s, at) {
      if (at < 0 || at + 3 > s.length) return false;
      const k = keyAt(s, at);
      return k >= 0 && table[k] === 1;
    },
  };
}

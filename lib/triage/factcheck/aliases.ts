// Alias and synonym folding: readers name the same actors many ways ("Daesh", "ISIL", "amerika"),
// and a claim only matches a comment if both fold to one index term. Blends of names ("ISISrael",
// "wahabimossad", "daeshbags") are split by a general rule rather than listed.

import data from "./aliases.json";

/**
 * Canonical actor → the word sequences (lower-case, accents folded) that name it, and phrases that
 * stand for an actor while keeping their own words ("watchdog" is not only the OPCW). Data in
 * aliases.json. The canonical term is not stemmed, so it never collides with an ordinary word
 * ("isis" would stem to "isi").
 */
const ACTOR_ALIASES: Record<string, string[]> = data.actors;
const EXPANSIONS: Record<string, string[]> = data.expansions;

/**
 * Word-form synonyms, applied to stems: irregular verbs the stemmer cannot join, and a few words
 * that make the same accusation in claims ("fabricated" = "faked"). Kept small on purpose: broad
 * synonym folding blurs distinct claims.
 */
export const STEM_SYNONYMS: Record<string, string> = {
  stole: "steal",
  stolen: "steal",
  theft: "steal",
  thief: "steal",
  thiev: "steal",
  loot: "steal",
  plunder: "steal",
  fabric: "fake",
  falsifi: "fake",
  forg: "fake",
  forgeri: "fake",
  phoni: "fake",
  bogu: "fake",
  made: "make",
  bought: "bui",
  sold: "sell",
  paid: "pai",
  wahabi: "wahhabi",
  jewish: "jew",
};

/** Canonical terms that the stemmer must leave alone. */
export const PROTECTED_TERMS: ReadonlySet<string> = new Set(Object.keys(ACTOR_ALIASES));

/**
 * Canonical terms that name who acts in a claim ("the US arms ISIS"). Syria is left out: on
 * pages about the Syrian war it is mostly the setting ("into Syria"), not a party to the claim.
 */
export const ACTOR_TERMS: ReadonlySet<string> = new Set(
  Object.keys(ACTOR_ALIASES).filter((t) => t !== "syria"),
);

type TPhrase = { words: string[]; output: string[] };

/** First word → phrases starting with it, longest first, for greedy longest-match folding. */
function buildPhraseTable(): Map<string, TPhrase[]> {
  const table = new Map<string, TPhrase[]>();
  const add = (phrase: string, output: string[]) => {
    const words = phrase.split(" ");
    const list = table.get(words[0]) ?? [];
    list.push({ words, output });
    table.set(words[0], list);
  };
  for (const [canonical, phrases] of Object.entries(ACTOR_ALIASES)) {
    for (const phrase of phrases) add(phrase, [canonical]);
  }
  for (const [phrase, output] of Object.entries(EXPANSIONS)) add(phrase, output);
  for (const list of table.values()) list.sort((a, b) => b.words.length - a.words.length);
  return table;
}

const PHRASES = buildPhraseTable();

/** One-word names → their canonical actor ("daesh" → "isis"), for splitting blends. */
const SINGLE_WORD_ACTORS = new Map<string, string>();
for (const [canonical, phrases] of Object.entries(ACTOR_ALIASES)) {
  for (const phrase of phrases)
    if (!phrase.includes(" ") && phrase.length >= 3) SINGLE_WORD_ACTORS.set(phrase, canonical);
}
const COMPOUND_WORDS: ReadonlySet<string> = new Set(data.compoundWords);
const DEROGATORY_SUFFIXES: ReadonlySet<string> = new Set(data.derogatorySuffixes);
/** Blends may share letters at the seam ("ISIS" + "Israel" = "ISISrael"). */
const MAX_SEAM_OVERLAP = 2;

function nameOf(part: string): string | undefined {
  return SINGLE_WORD_ACTORS.get(part) ?? (COMPOUND_WORDS.has(part) ? part : undefined);
}

/**
 * Splits a word that blends two names, at least one of them an actor ("isisrael" → isis israel,
 * "wahabimossad" → wahabi mossad), or an actor's name with a derogatory suffix ("daeshbags" →
 * isis). Returns undefined for ordinary words.
 */
export function splitBlend(word: string): string[] | undefined {
  if (word.length < 6 || SINGLE_WORD_ACTORS.has(word)) return undefined;
  for (let i = 3; i <= word.length - 3; i++) {
    const left = nameOf(word.slice(0, i));
    if (!left) continue;
    const rest = word.slice(i);
    if (DEROGATORY_SUFFIXES.has(rest) && SINGLE_WORD_ACTORS.has(word.slice(0, i))) return [left];
    for (let overlap = 0; overlap <= MAX_SEAM_OVERLAP && overlap < i; overlap++) {
      const right = nameOf(word.slice(i - overlap));
      if (!right || word.length - (i - overlap) < 3) continue;
      const isActor =
        SINGLE_WORD_ACTORS.has(word.slice(0, i)) || SINGLE_WORD_ACTORS.has(word.slice(i - overlap));
      if (isActor) return [left, right];
    }
  }
  return undefined;
}

/** Replaces alias phrases in a word list by their canonical terms (greedy, longest first). */
export function foldAliases(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    const candidates = PHRASES.get(words[i]);
    let matched: TPhrase | undefined;
    if (candidates) {
      for (const phrase of candidates) {
        if (i + phrase.words.length > words.length) continue;
        let ok = true;
        for (let j = 1; j < phrase.words.length; j++) {
          if (words[i + j] !== phrase.words[j]) {
            ok = false;
            break;
          }
        }
        if (ok) {
          matched = phrase;
          break;
        }
      }
    }
    if (matched) {
      for (const term of matched.output) out.push(term);
      i += matched.words.length;
    } else {
      const parts = splitBlend(words[i]);
      if (parts) out.push(...parts);
      else out.push(words[i]);
      i += 1;
    }
  }
  return out;
}

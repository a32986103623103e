// Turns a claim or a comment into index terms: Unicode-folded, lower-case, aliases folded,
// stop words dropped, Porter-stemmed. Claims and comments go through the same path.

import { ACTOR_TERMS, foldAliases, PROTECTED_TERMS, STEM_SYNONYMS } from "./aliases";
import { stemmer } from "stemmer";

const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against al all also am an and any are aren as at be because been before " +
    "being below between both but by can cannot could couldn did didn do does doesn doing don down " +
    "during each even ever every few for from further had hadn has hasn have haven having he her here " +
    "hers herself him himself his how however i if in into is isn it its itself just ll let like me " +
    "might more most much must mustn my myself no nor not now of off on once only or other ought our " +
    "ours ourselves out over own re really same say says said shall shan she should shouldn so some " +
    "such than that the their theirs them themselves then there these they this those through thus to " +
    "too under until up upon us ve very via was wasn we were weren what when where which while who " +
    "whom whose why will with won would wouldn yes yet you your yours yourself yourselves " +
    "im ive youre theyre thats whats theres dont doesnt didnt isnt wasnt cant wont lol pic com www " +
    "http https amp rt via"
  ).split(" "),
);

const URL_PATTERN = /(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S*/gi;
/** A hashtag or handle; group 1 is its body. */
export const TAG_PATTERN = /[#@]([\p{L}\p{N}_]+)/gu;
const WORD_PATTERN = /[\p{L}\p{N}]+/gu;
const COMBINING_MARKS = /\p{M}+/gu;
const NON_ASCII = /[^\x00-\x7f]/;

/** Hashtags and handles are often camel-cased sentences: "StopTheWar" → "Stop The War". */
export function tagWords(body: string): string {
  return body.replace(/_/g, " ").replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, "$1 $2");
}

function splitHandle(_match: string, body: string): string {
  return " " + tagWords(body) + " ";
}

function isShouted(word: string | undefined): boolean {
  return (
    word !== undefined && word.length > 1 && word === word.toUpperCase() && /\p{Lu}/u.test(word)
  );
}

/**
 * "US" and "IS" in capitals name the country and the group, except in shouted text ("TELL US"),
 * which we recognise by an upper-case neighbour. Lower-case "us" and "is" are stop words.
 */
function readWords(text: string): string[] {
  let folded = text.replace(URL_PATTERN, " ");
  if (folded.includes("#") || folded.includes("@"))
    folded = folded.replace(TAG_PATTERN, splitHandle);
  // Most comments are plain ASCII: skip Unicode folding for them (it is a third of the cost).
  if (NON_ASCII.test(folded))
    folded = folded.normalize("NFKD").replace(COMBINING_MARKS, "").replace(/ß/g, "ss");
  const raw = folded.match(WORD_PATTERN) ?? [];
  const words = new Array<string>(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const word = raw[i];
    if ((word === "US" || word === "IS") && !isShouted(raw[i - 1]) && !isShouted(raw[i + 1])) {
      words[i] = word === "US" ? "usa" : "isis";
    } else {
      words[i] = word.toLowerCase();
    }
  }
  return words;
}

/** Porter stemming (npm `stemmer`) of lower-case ASCII words; digits and other scripts pass through. */
const stemWord = (word: string) =>
  word.length <= 2 || !/^[a-z]+$/.test(word) ? word : stemmer(word);

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

function toTerm(word: string): string {
  if (PROTECTED_TERMS.has(word)) return word;
  let term = stemCache.get(word);
  if (term === undefined) {
    const stem = stemWord(word);
    term = STEM_SYNONYMS[stem] ?? stem;
    // A long-running process sees unbounded vocabulary; start over rather than grow forever.
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, term);
  }
  return term;
}

/** The lower-case words of a text (URLs dropped, tags split at capitals), before stop words and stemming. */
export function lowerCaseWords(text: string): string[] {
  return readWords(text);
}

/** Index terms of a text, in reading order (order matters for the phrase bonus). */
export function tokenize(text: string): string[] {
  const words = foldAliases(readWords(text));
  const terms: string[] = [];
  for (const word of words) {
    if (STOP_WORDS.has(word)) continue;
    if (word.length < 2 && !/\d/.test(word)) continue;
    terms.push(toTerm(word));
  }
  return terms;
}

/** Whether a term names a known actor (a state, a group): matching only these is not a claim. */
export function isActorTerm(term: string): boolean {
  return ACTOR_TERMS.has(term);
}

/** Adjacent term pairs ("help isis"), the phrase unit of the index. */
export function termPairs(terms: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let i = 1; i < terms.length; i++) pairs.push(terms[i - 1] + " " + terms[i]);
  return pairs;
}

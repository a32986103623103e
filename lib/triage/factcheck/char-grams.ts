// Character n-gram TF-IDF vectors, used to re-rank BM25's best candidates: they reward shared
// names and word forms the word index misses ("PnBRock" / "PnB Rock", "cretators" / "creators").

export type TCharGramIndex = {
  sizes: readonly number[];
  docCount: number;
  df: ReadonlyMap<number, number>;
  /** Vector of document d: hashes [start[d], start[d + 1]) sorted ascending, unit-length weights. */
  start: Int32Array;
  hashes: Int32Array;
  weights: Float32Array;
};

/** A query's grams as a hash → unit-length weight map. */
export type TCharGramQuery = Map<number, number>;

const NON_WORD = /[^\p{L}\p{N}]+/u;

function foldForGrams(text: string): string[] {
  return text
    .replace(/(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S*/gi, " ")
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(NON_WORD)
    .filter((w) => w.length > 0);
}

/** FNV-1a over the gram's code units, salted by n so 3- and 4-grams never share a hash. */
function hashGram(s: string, from: number, n: number): number {
  let h = (0x811c9dc5 ^ n) | 0;
  for (let i = from; i < from + n; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

function countGrams(text: string, sizes: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const word of foldForGrams(text)) {
    const padded = " " + word + " ";
    for (const n of sizes) {
      for (let i = 0; i + n <= padded.length; i++) {
        const h = hashGram(padded, i, n);
        counts.set(h, (counts.get(h) ?? 0) + 1);
      }
    }
  }
  return counts;
}

function idfOf(docCount: number, df: number): number {
  return Math.log((docCount + 1) / (df + 1)) + 1e-3;
}

/** Sublinear tf × idf, scaled to unit length, as parallel arrays sorted by hash. */
function weigh(counts: Map<number, number>, df: ReadonlyMap<number, number>, docCount: number) {
  const entries = [...counts.entries()].sort((a, b) => a[0] - b[0]);
  const weights = new Float64Array(entries.length);
  let norm = 0;
  for (let i = 0; i < entries.length; i++) {
    const [hash, tf] = entries[i];
    const w = (1 + Math.log(tf)) * idfOf(docCount, df.get(hash) ?? 0);
    weights[i] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < weights.length; i++) weights[i] /= norm;
  return { hashes: entries.map((e) => e[0]), weights };
}

export function buildCharGramIndex(
  texts: readonly string[],
  sizes: readonly number[] = [3, 4],
): TCharGramIndex {
  const counts = texts.map((t) => countGrams(t, sizes));
  const df = new Map<number, number>();
  for (const c of counts) for (const h of c.keys()) df.set(h, (df.get(h) ?? 0) + 1);
  const start = new Int32Array(texts.length + 1);
  for (let d = 0; d < texts.length; d++) start[d + 1] = start[d] + counts[d].size;
  const hashes = new Int32Array(start[texts.length]);
  const weights = new Float32Array(start[texts.length]);
  for (let d = 0; d < texts.length; d++) {
    const v = weigh(counts[d], df, texts.length);
    hashes.set(v.hashes, start[d]);
    weights.set(v.weights, start[d]);
  }
  return { sizes, docCount: texts.length, df, start, hashes, weights };
}

/** Same weights as `weigh`, in place in the count map: a query needs no sorted arrays. */
export function readCharGramQuery(index: TCharGramIndex, text: string): TCharGramQuery {
  const query = countGrams(text, index.sizes);
  let norm = 0;
  for (const [hash, tf] of query) {
    const w = (1 + Math.log(tf)) * idfOf(index.docCount, index.df.get(hash) ?? 0);
    query.set(hash, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [hash, w] of query) query.set(hash, w / norm);
  return query;
}

/** Cosine similarity in [0, 1] between a query and document d. */
export function charGramCosine(index: TCharGramIndex, query: TCharGramQuery, d: number): number {
  let sum = 0;
  for (let i = index.start[d], end = index.start[d + 1]; i < end; i++) {
    const w = query.get(index.hashes[i]);
    if (w !== undefined) sum += w * index.weights[i];
  }
  return Math.min(1, sum);
}

// An immutable BM25 inverted index over pre-tokenised documents. Postings live in flat typed
// arrays (CSR layout) with the per-posting BM25 weight precomputed, so a query is a few tight loops.

export type TBm25Options = { k1: number; b: number };

export type TBm25Index = {
  docCount: number;
  termIds: ReadonlyMap<string, number>;
  /** idf per term id: ln(1 + (N − df + 0.5) / (df + 0.5)), always > 0. */
  idf: Float64Array;
  /** idf of a term no document contains: the most a query word can weigh. */
  unseenIdf: number;
  /** Postings of term t are [postingStart[t], postingStart[t + 1]). */
  postingStart: Int32Array;
  postingDocs: Int32Array;
  postingWeights: Float32Array;
  /** A document's score against itself: the sum of its terms' weights. */
  selfScores: Float64Array;
};

function idfOf(docCount: number, df: number): number {
  return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
}

export function buildBm25Index(docs: ReadonlyArray<ReadonlyArray<string>>, opts: TBm25Options): TBm25Index {
  const termIds = new Map<string, number>();
  const docTerms: Array<Map<number, number>> = [];
  const docLengths = new Float64Array(docs.length);
  let totalLength = 0;
  for (let d = 0; d < docs.length; d++) {
    const counts = new Map<number, number>();
    for (const term of docs[d]) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = termIds.size;
        termIds.set(term, id);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    docTerms.push(counts);
    docLengths[d] = docs[d].length;
    totalLength += docs[d].length;
  }
  const termCount = termIds.size;
  const avgLength = docs.length > 0 ? Math.max(totalLength / docs.length, 1) : 1;

  const df = new Int32Array(termCount);
  for (const counts of docTerms) for (const id of counts.keys()) df[id]++;
  const idf = new Float64Array(termCount);
  for (let t = 0; t < termCount; t++) idf[t] = idfOf(docs.length, df[t]);

  const postingStart = new Int32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) postingStart[t + 1] = postingStart[t] + df[t];
  const cursor = postingStart.slice(0, termCount);
  const postingDocs = new Int32Array(postingStart[termCount]);
  const postingWeights = new Float32Array(postingStart[termCount]);
  const selfScores = new Float64Array(docs.length);
  const { k1, b } = opts;
  for (let d = 0; d < docs.length; d++) {
    const norm = k1 * (1 - b + (b * docLengths[d]) / avgLength);
    for (const [id, tf] of docTerms[d]) {
      const weight = (idf[id] * tf * (k1 + 1)) / (tf + norm);
      const at = cursor[id]++;
      postingDocs[at] = d;
      postingWeights[at] = weight;
      selfScores[d] += weight;
    }
  }
  return {
    docCount: docs.length,
    termIds,
    idf,
    unseenIdf: idfOf(docs.length, 0),
    postingStart,
    postingDocs,
    postingWeights,
    selfScores,
  };
}

/**
 * Adds `scale ×` the BM25 contribution of each query term id to `scores`, recording first-touched
 * documents in `touched` (so callers reset only those). Returns the new touched count.
 */
export function accumulateScores(
  index: TBm25Index,
  queryTermIds: ArrayLike<number>,
  scale: number,
  scores: Float64Array,
  touched: Int32Array,
  touchedCount: number,
): number {
  let count = touchedCount;
  const { postingStart, postingDocs, postingWeights } = index;
  for (let q = 0; q < queryTermIds.length; q++) {
    const t = queryTermIds[q];
    for (let p = postingStart[t], end = postingStart[t + 1]; p < end; p++) {
      const d = postingDocs[p];
      if (scores[d] === 0) touched[count++] = d;
      scores[d] += scale * postingWeights[p];
    }
  }
  return count;
}

/** The weight of term id `t` in document `d`, or 0 (binary search in the term's postings). */
export function postingWeight(index: TBm25Index, t: number, d: number): number {
  let lo = index.postingStart[t];
  let hi = index.postingStart[t + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const doc = index.postingDocs[mid];
    if (doc === d) return index.postingWeights[mid];
    if (doc < d) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

// An immutable BM25 inverted index over pre-tokenised documents. Postings live in flat typed
// arrays (CSR layout) with BM25's saturated tf precomputed, so a query is a few tight loops.

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
  /** BM25's saturated term frequency tf·(k1+1) / (tf + k1·(1 − b + b·len/avgLen)); × idf = weight. */
  postingTf: Float32Array;
};

function idfOf(docCount: number, df: number): number {
  return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
}

export function buildBm25Index(
  docs: ReadonlyArray<ReadonlyArray<string>>,
  opts: TBm25Options,
): TBm25Index {
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
  const postingTf = new Float32Array(postingStart[termCount]);
  const { k1, b } = opts;
  for (let d = 0; d < docs.length; d++) {
    const norm = k1 * (1 - b + (b * docLengths[d]) / avgLength);
    for (const [id, tf] of docTerms[d]) {
      const at = cursor[id]++;
      postingDocs[at] = d;
      postingTf[at] = (tf * (k1 + 1)) / (tf + norm);
    }
  }
  return {
    docCount: docs.length,
    termIds,
    idf,
    unseenIdf: idfOf(docs.length, 0),
    postingStart,
    postingDocs,
    postingTf,
  };
}

/** Each document's score against itself under a term weighting: the sum of its terms' weights. */
export function selfScores(index: TBm25Index, termWeight: (t: number) => number): Float64Array {
  const scores = new Float64Array(index.docCount);
  for (let t = 0; t < index.idf.length; t++) {
    const w = termWeight(t);
    for (let p = index.postingStart[t], end = index.postingStart[t + 1]; p < end; p++) {
      scores[index.postingDocs[p]] += w * index.postingTf[p];
    }
  }
  return scores;
}

/** Known term ids of `terms` in an index; past `max`, only the rarest `max` (bounds query cost). */
export function queryTermIds(index: TBm25Index, terms: Iterable<string>, max: number): number[] {
  const ids: number[] = [];
  for (const term of terms) {
    const id = index.termIds.get(term);
    if (id !== undefined) ids.push(id);
  }
  if (ids.length > max) ids.sort((x, y) => index.idf[y] - index.idf[x]).length = max;
  return ids;
}

/**
 * The k documents among `docs[0..count)` with the largest `values`, best first; ties go to the
 * larger `tie` value. k is small, so insertion into a short sorted list beats a heap.
 */
export function topDocuments(
  docs: ArrayLike<number>,
  count: number,
  values: Float64Array,
  k: number,
  tie?: Float64Array,
): number[] {
  const better = (a: number, b: number) =>
    values[a] > values[b] || (values[a] === values[b] && tie !== undefined && tie[a] > tie[b]);
  const best: number[] = [];
  for (let i = 0; i < count; i++) {
    const d = docs[i];
    if (best.length === k && !better(d, best[k - 1])) continue;
    let at = best.length < k ? best.length : k - 1;
    while (at > 0 && better(d, best[at - 1])) {
      best[at] = best[at - 1];
      at--;
    }
    best[at] = d;
  }
  return best;
}

/** Plain BM25 top-k over an index (no phrase bonus, no re-ranking): the baseline of evaluations and benchmarks. */
export function createPlainBm25(
  index: TBm25Index,
  maxQueryTerms = 256,
): (terms: readonly string[], k: number) => number[] {
  const scores = new Float64Array(index.docCount);
  const touched = new Int32Array(index.docCount);
  return (terms, k) => {
    let count = 0;
    for (const t of queryTermIds(index, new Set(terms), maxQueryTerms)) {
      for (let p = index.postingStart[t], end = index.postingStart[t + 1]; p < end; p++) {
        const d = index.postingDocs[p];
        if (scores[d] === 0) touched[count++] = d;
        scores[d] += index.idf[t] * index.postingTf[p];
      }
    }
    const top = topDocuments(touched, count, scores, k);
    for (let i = 0; i < count; i++) scores[touched[i]] = 0;
    return top;
  };
}

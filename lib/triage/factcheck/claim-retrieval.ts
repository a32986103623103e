// The ranking half of claim matching: BM25 over claim and title words plus a small phrase bonus,
// then the best candidates re-ranked with character n-gram similarity. No threshold.

import {
  buildBm25Index,
  queryTermIds,
  selfScores,
  topDocuments,
  type TBm25Options,
} from "./bm25-index";
import { buildCharGramIndex, charGramCosine, readCharGramQuery } from "./char-grams";
import { termPairs } from "./tokenize";

export type TRetrievalOptions = TBm25Options & {
  maxQueryTerms: number;
  phraseWeight: number;
  rerankDepth: number;
  charGramWeight: number;
};

/**
 * One candidate: `raw` BM25 (+ phrase bonus), `fused` the ranking score, `charGram` the n-gram
 * cosine, `claimShare` the share of the claim's own BM25 weight the text repeats (0..1).
 */
export type TRetrieved = {
  doc: number;
  raw: number;
  fused: number;
  charGram: number;
  claimShare: number;
};
export type TClaimRetriever = (
  text: string,
  queryTerms: readonly string[],
  k: number,
) => TRetrieved[];

export function createClaimRetriever(
  claimTerms: ReadonlyArray<ReadonlyArray<string>>,
  titleTerms: ReadonlyArray<ReadonlyArray<string>>,
  texts: readonly string[],
  opts: TRetrievalOptions,
): TClaimRetriever {
  const n = claimTerms.length;
  const words = buildBm25Index(
    claimTerms.map((c, d) => [...c, ...titleTerms[d]]),
    opts,
  );
  // Pairs never cross from claim into title: that boundary is not a phrase anyone wrote.
  const pairs = buildBm25Index(
    claimTerms.map((c, d) => [...termPairs(c), ...termPairs(titleTerms[d])]),
    opts,
  );
  const grams = buildCharGramIndex(texts);
  const self = selfScores(words, (t) => words.idf[t]);
  const raw = new Float64Array(n);
  const wordRaw = new Float64Array(n);
  const touched = new Int32Array(n);

  return function retrieve(text, queryTerms, k) {
    if (n === 0 || k <= 0) return [];
    let count = 0;
    let candidates: Array<{ doc: number; raw: number; claimShare: number }> = [];
    try {
      for (const t of queryTermIds(words, new Set(queryTerms), opts.maxQueryTerms)) {
        const idf = words.idf[t];
        for (let p = words.postingStart[t], end = words.postingStart[t + 1]; p < end; p++) {
          const d = words.postingDocs[p];
          if (raw[d] === 0) touched[count++] = d;
          raw[d] += idf * words.postingTf[p];
        }
      }
      for (let i = 0; i < count; i++) wordRaw[touched[i]] = raw[touched[i]];
      // A pair only adds to claims that already share both its words: no new documents appear.
      for (const t of queryTermIds(pairs, new Set(termPairs(queryTerms)), opts.maxQueryTerms)) {
        const weight = opts.phraseWeight * pairs.idf[t];
        for (let p = pairs.postingStart[t], end = pairs.postingStart[t + 1]; p < end; p++) {
          raw[pairs.postingDocs[p]] += weight * pairs.postingTf[p];
        }
      }
      candidates = topDocuments(touched, count, raw, Math.max(k, opts.rerankDepth)).map((d) => ({
        doc: d,
        raw: raw[d],
        claimShare: self[d] > 0 ? Math.min(1, wordRaw[d] / self[d]) : 0,
      }));
    } finally {
      for (let i = 0; i < count; i++) raw[touched[i]] = wordRaw[touched[i]] = 0;
    }
    if (candidates.length === 0) return [];
    const query = readCharGramQuery(grams, text);
    const best = candidates[0].raw;
    return candidates
      .map(({ doc, raw: r, claimShare }) => {
        const charGram = charGramCosine(grams, query, doc);
        return {
          doc,
          raw: r,
          fused: r / best + opts.charGramWeight * charGram,
          charGram,
          claimShare,
        };
      })
      .sort((x, y) => y.fused - x.fused)
      .slice(0, k);
  };
}

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
  /** Brought in as an `extra`, not among the k best by BM25. */
  extra?: true;
  raw: number;
  fused: number;
  charGram: number;
  claimShare: number;
};
/**
 * The k best claims for a text, best first; `extra` claims (e.g. the sentence encoder's nearest)
 * are scored the same way and follow them, in the order given, unless already among the k.
 */
export type TClaimRetriever = (
  text: string,
  queryTerms: readonly string[],
  k: number,
  extra?: readonly number[],
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

  return function retrieve(text, queryTerms, k, extra = []) {
    if (n === 0 || k <= 0) return [];
    let count = 0;
    let candidates: Array<{ doc: number; raw: number; claimShare: number }> = [];
    let extras: typeof candidates = [];
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
      if (extra.length > 0) {
        extras = [...new Set(extra)]
          .filter((d) => d >= 0 && d < n)
          .map((d) => ({
            doc: d,
            raw: raw[d],
            claimShare: self[d] > 0 ? Math.min(1, wordRaw[d] / self[d]) : 0,
          }));
      }
    } finally {
      for (let i = 0; i < count; i++) raw[touched[i]] = wordRaw[touched[i]] = 0;
    }
    if (candidates.length === 0 && extras.length === 0) return [];
    const query = readCharGramQuery(grams, text);
    const best = candidates[0]?.raw || 1;
    const score = ({ doc, raw: r, claimShare }: (typeof candidates)[number]): TRetrieved => {
      const charGram = charGramCosine(grams, query, doc);
      return {
        doc,
        raw: r,
        fused: r / best + opts.charGramWeight * charGram,
        charGram,
        claimShare,
      };
    };
    const ranked = candidates
      .map(score)
      .sort((x, y) => y.fused - x.fused)
      .slice(0, k);
    if (extras.length === 0) return ranked;
    const kept = new Set(ranked.map((c) => c.doc));
    const added = extras
      .filter((c) => !kept.has(c.doc))
      .map((c) => ({ ...score(c), extra: true as const }));
    return [...ranked, ...added];
  };
}

// Suggests fact-checks that a comment repeats: BM25 over claim words and word pairs, then a
// calibrated [0, 1] score (how much of the claim the comment says) so one threshold fits any library.

import type { TClaimMatch } from "../types";
import { buildBm25Index, type TBm25Index } from "./bm25-index";
import { buildCharGramIndex, charGramCosine, readCharGramQuery, type TCharGramIndex } from "./char-grams";
import { tokenize, isActorTerm } from "./tokenize";

/**
 * Default cut-off for `match`. Chosen on hand-written seed-like comments and checked on CLEF 2020
 * train (see clef-eval.ts): at 0.5 most suggested top matches are right, and a comment that
 * only names the same actors ("the US bombed ISIS") stays below it.
 */
export const DEFAULT_MATCH_THRESHOLD = 0.5;

export type TClaimMatcherOptions = {
  /** BM25 term-frequency saturation. */
  k1?: number;
  /** BM25 length normalisation. */
  b?: number;
  /** Weight of adjacent-word pairs relative to single words. */
  phraseWeight?: number;
  /** Long comments keep only their rarest terms: bounds the cost of one query. */
  maxQueryTerms?: number;
  threshold?: number;
  /** `rank` re-orders this many BM25 candidates by adding character n-gram similarity. */
  rerankDepth?: number;
  /** Weight of that similarity (cosine in [0, 1]) against BM25 scaled to the best candidate. */
  charGramWeight?: number;
};

export type TClaimDocument = { id: string; claim: string; title?: string | null };

export type TClaimMatcher = {
  readonly size: number;
  readonly threshold: number;
  /** Claims the text repeats, best first, score in [0, 1], only those at or above the threshold. */
  match(text: string, limit?: number): TClaimMatch[];
  /**
   * The k best claims, no threshold, for evaluation and search: BM25 candidates re-ranked by
   * `fused` = raw / best raw + charGramWeight × character n-gram cosine. `raw` is BM25 + phrases.
   */
  rank(text: string, k: number): Array<{ id: string; raw: number; fused: number }>;
};

// Tuned on CLEF 2020 train only: phrase pairs help little there (0.1), n-gram re-ranking ~1 point.
const DEFAULTS = {
  k1: 1.2, b: 0.75, phraseWeight: 0.1, maxQueryTerms: 64, threshold: DEFAULT_MATCH_THRESHOLD,
  rerankDepth: 30, charGramWeight: 2,
};
/** Claim coverage counts for more than query coverage in the short-comment blend. */
const CLAIM_COVERAGE_EXPONENT = 0.75;

function bigramsOf(terms: string[], into: string[]): void {
  for (let i = 1; i < terms.length; i++) into.push(terms[i - 1] + " " + terms[i]);
}

type TQuery = { uni: number[]; bi: number[]; idfTotal: number };

/** Unique known term ids of a text (the rarest `max` of them) and its total idf mass. */
function readQuery(text: string, uni: TBm25Index, bi: TBm25Index, max: number): TQuery {
  const terms = tokenize(text);
  const seen = new Set<string>();
  const uniIds: number[] = [];
  let idfTotal = 0;
  for (const term of terms) {
    if (seen.has(term)) continue;
    seen.add(term);
    const id = uni.termIds.get(term);
    if (id === undefined) idfTotal += uni.unseenIdf;
    else {
      idfTotal += uni.idf[id];
      uniIds.push(id);
    }
  }
  const pairs: string[] = [];
  bigramsOf(terms, pairs);
  const biIds = new Set<number>();
  for (const pair of pairs) {
    const id = bi.termIds.get(pair);
    if (id !== undefined) biIds.add(id);
  }
  const rarest = (ids: Iterable<number>, idf: Float64Array) => {
    const list = [...ids];
    if (list.length > max) list.sort((x, y) => idf[y] - idf[x]).length = max;
    return list;
  };
  return { uni: rarest(uniIds, uni.idf), bi: rarest(biIds, bi.idf), idfTotal };
}

/** Indices of the k largest `values[docs[i]]`, best first (k is small: selection by insertion). */
function topK(docs: Int32Array, count: number, values: Float64Array, k: number): number[] {
  const best: number[] = [];
  for (let i = 0; i < count; i++) {
    const d = docs[i];
    const v = values[d];
    if (best.length === k && v <= values[best[k - 1]]) continue;
    let at = best.length < k ? best.length : k - 1;
    while (at > 0 && values[best[at - 1]] < v) {
      if (at < k) best[at] = best[at - 1];
      at--;
    }
    best[at] = d;
  }
  return best;
}

export function createClaimMatcher(
  claims: ReadonlyArray<TClaimDocument>,
  opts: TClaimMatcherOptions = {},
): TClaimMatcher {
  const o = { ...DEFAULTS, ...opts };
  const unigramDocs: string[][] = [];
  const bigramDocs: string[][] = [];
  for (const claim of claims) {
    const claimTerms = tokenize(claim.claim);
    const titleTerms = claim.title ? tokenize(claim.title) : [];
    const pairs: string[] = [];
    bigramsOf(claimTerms, pairs);
    bigramsOf(titleTerms, pairs);
    unigramDocs.push([...claimTerms, ...titleTerms]);
    bigramDocs.push(pairs);
  }
  const bm25 = { k1: o.k1, b: o.b };
  const uni = buildBm25Index(unigramDocs, bm25);
  const bi = buildBm25Index(bigramDocs, bm25);
  const actor = new Uint8Array(uni.termIds.size);
  for (const [term, id] of uni.termIds) actor[id] = isActorTerm(term) ? 1 : 0;
  const selfScores = new Float64Array(claims.length);
  for (let d = 0; d < claims.length; d++) selfScores[d] = uni.selfScores[d] + o.phraseWeight * bi.selfScores[d];

  // Scratch buffers reused by every query: matching is synchronous, so one set suffices.
  const raw = new Float64Array(claims.length);
  const coveredIdf = new Float64Array(claims.length);
  const contentHits = new Int32Array(claims.length);
  const calibrated = new Float64Array(claims.length);
  const touched = new Int32Array(claims.length);
  const hits = new Int32Array(claims.length);
  // Built on first use: `match` alone never needs it.
  let charGrams: TCharGramIndex | undefined;

  /** Scores every claim sharing a term with the text; returns how many were touched. */
  function score(text: string): { count: number; idfTotal: number } {
    const q = readQuery(text, uni, bi, o.maxQueryTerms);
    let count = 0;
    for (const t of q.uni) {
      const idf = uni.idf[t];
      const isContent = actor[t] === 0;
      for (let p = uni.postingStart[t], end = uni.postingStart[t + 1]; p < end; p++) {
        const d = uni.postingDocs[p];
        if (raw[d] === 0) touched[count++] = d;
        raw[d] += uni.postingWeights[p];
        coveredIdf[d] += idf;
        if (isContent) contentHits[d]++;
      }
    }
    // Pairs only ever add to claims that already share both words, so no new documents appear.
    for (const t of q.bi) {
      for (let p = bi.postingStart[t], end = bi.postingStart[t + 1]; p < end; p++) {
        raw[bi.postingDocs[p]] += o.phraseWeight * bi.postingWeights[p];
      }
    }
    return { count, idfTotal: q.idfTotal };
  }

  function reset(count: number): void {
    for (let i = 0; i < count; i++) {
      const d = touched[i];
      raw[d] = 0;
      coveredIdf[d] = 0;
      contentHits[d] = 0;
      calibrated[d] = 0;
    }
  }

  /**
   * Claim coverage (raw / self-score) says how much of the claim the comment repeats; it is what
   * a long comment that embeds a claim scores. Short comments also earn a blend with query
   * coverage: most of what they say is the claim. Naming only the same actors ("the US bombed
   * ISIS") is not repeating a claim, so then both coverages must be high ("ISIS is amerika").
   */
  function calibrate(d: number, idfTotal: number): number {
    const claimCoverage = Math.min(1, raw[d] / selfScores[d]);
    const queryCoverage = idfTotal > 0 ? Math.min(1, coveredIdf[d] / idfTotal) : 0;
    if (contentHits[d] === 0) return Math.min(claimCoverage, queryCoverage);
    const blend = claimCoverage ** CLAIM_COVERAGE_EXPONENT * queryCoverage ** (1 - CLAIM_COVERAGE_EXPONENT);
    return Math.max(claimCoverage, blend);
  }

  return {
    size: claims.length,
    threshold: o.threshold,
    match(text, limit = 5) {
      if (claims.length === 0 || limit <= 0) return [];
      const { count, idfTotal } = score(text);
      try {
        let above = 0;
        for (let i = 0; i < count; i++) {
          const d = touched[i];
          calibrated[d] = calibrate(d, idfTotal);
          if (calibrated[d] >= o.threshold) hits[above++] = d;
        }
        return topK(hits, above, calibrated, limit).map((d) => ({
          id: claims[d].id,
          score: Math.round(calibrated[d] * 1000) / 1000,
        }));
      } finally {
        reset(count);
      }
    },
    rank(text, k) {
      if (claims.length === 0 || k <= 0) return [];
      const { count } = score(text);
      let candidates: number[];
      try {
        candidates = topK(touched, count, raw, Math.max(k, o.rerankDepth)).map((d) => d);
        var rawOf = candidates.map((d) => raw[d]);
      } finally {
        reset(count);
      }
      if (candidates.length === 0) return [];
      charGrams ??= buildCharGramIndex(claims.map((c) => (c.title ? `${c.claim} ${c.title}` : c.claim)));
      const grams = charGrams;
      const query = readCharGramQuery(grams, text);
      const best = rawOf[0];
      return candidates
        .map((d, i) => ({
          id: claims[d].id,
          raw: rawOf[i],
          fused: rawOf[i] / best + o.charGramWeight * charGramCosine(grams, query, d),
        }))
        .sort((x, y) => y.fused - x.fused)
        .slice(0, k);
    },
  };
}

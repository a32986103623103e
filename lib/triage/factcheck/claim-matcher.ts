// Suggests fact-checks that a comment repeats. `match` scores how much of each claim a comment
// says, calibrated to [0, 1] so one threshold fits any library; `rank` is BM25 retrieval for search.

import type { TClaimMatch } from "../types";
import { buildBm25Index, selfScores, type TBm25Index } from "./bm25-index";
import { buildCharGramIndex, charGramCosine, readCharGramQuery, type TCharGramIndex } from "./char-grams";
import { isActorTerm, tokenize } from "./tokenize";

/**
 * Default cut-off for `match`, set on hand-written seed-like comments against the demo library
 * and checked against CLEF 2020 train tweets: a comment that states a claim's gist scores
 * above it; one that only names the same actors ("the US bombed ISIS") stays below.
 */
export const DEFAULT_MATCH_THRESHOLD = 0.45;

export type TClaimMatcherOptions = {
  /** BM25 term-frequency saturation. */
  k1?: number;
  /** BM25 length normalisation. */
  b?: number;
  /** Weight of adjacent-word pairs relative to single words, in `rank`. */
  phraseWeight?: number;
  /** Long comments keep only their rarest terms: bounds the cost of one query. */
  maxQueryTerms?: number;
  threshold?: number;
  /** `rank` re-orders this many BM25 candidates by adding character n-gram similarity. */
  rerankDepth?: number;
  /** Weight of that similarity (a cosine in [0, 1]) against BM25 scaled by the best candidate. */
  charGramWeight?: number;
};

export type TClaimDocument = { id: string; claim: string; title?: string | null };
export type TRankedClaim = { id: string; raw: number; fused: number };

export type TClaimMatcher = {
  readonly size: number;
  readonly threshold: number;
  /** Claims the text repeats, best first, score in [0, 1], only those at or above the threshold. */
  match(text: string, limit?: number): TClaimMatch[];
  /**
   * The k best claims for a text, no threshold (evaluation, search): BM25 over claim and title
   * (`raw`, with the phrase bonus), re-ranked by `fused` = raw / best raw + n-gram similarity.
   */
  rank(text: string, k: number): TRankedClaim[];
};

// k1, b, phraseWeight and the re-ranking were tuned on CLEF 2020 train only (see clef-eval.ts).
const DEFAULTS = {
  k1: 1.2, b: 0.75, phraseWeight: 0.1, maxQueryTerms: 64, threshold: DEFAULT_MATCH_THRESHOLD,
  rerankDepth: 30, charGramWeight: 2,
};
/**
 * In coverage, every claim word weighs at least this much idf: in a small library about one
 * war, "ISIS" is in every claim and BM25 would count it as nothing said.
 */
const COVERAGE_IDF_FLOOR = 1;
/** Claim coverage counts for more than query coverage in the short-comment blend. */
const CLAIM_COVERAGE_EXPONENT = 0.75;
const COVERAGE_PHRASE_WEIGHT = Number(process.env.CPW ?? 0.5);
/** A comment that only names a claim's actors ("ISIS is amerika") is a weaker match. */
const ACTORS_ONLY_FACTOR = 0.8;

function bigramsOf(terms: string[]): string[] {
  const pairs: string[] = [];
  for (let i = 1; i < terms.length; i++) pairs.push(terms[i - 1] + " " + terms[i]);
  return pairs;
}

/** Known term ids of `terms` in an index, the rarest `max` first-seen unique ones. */
function queryIds(index: TBm25Index, terms: Iterable<string>, max: number): number[] {
  const ids: number[] = [];
  for (const term of terms) {
    const id = index.termIds.get(term);
    if (id !== undefined) ids.push(id);
  }
  if (ids.length > max) ids.sort((x, y) => index.idf[y] - index.idf[x]).length = max;
  return ids;
}

/** The k documents with the largest values, best first (k is small: insertion into a short list). */
function topK(docs: ArrayLike<number>, count: number, values: Float64Array, k: number, tie?: Float64Array): number[] {
  const better = (a: number, b: number) => values[a] > values[b] || (values[a] === values[b] && !!tie && tie[a] > tie[b]);
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

export function createClaimMatcher(claims: ReadonlyArray<TClaimDocument>, opts: TClaimMatcherOptions = {}): TClaimMatcher {
  const o = { ...DEFAULTS, ...opts };
  const bm25 = { k1: o.k1, b: o.b };
  const claimTerms = claims.map((c) => tokenize(c.claim));
  const titleTerms = claims.map((c) => (c.title ? tokenize(c.title) : []));
  const n = claims.length;

  // Coverage index: the claim text alone (a title is the publisher's wording, not the claim).
  const cover = buildBm25Index(claimTerms, bm25);
  const coverWeight = cover.idf.map((idf) => Math.max(idf, COVERAGE_IDF_FLOOR));
  const coverPairs = buildBm25Index(claimTerms.map(bigramsOf), bm25);
  const pairWeight = coverPairs.idf.map((idf) => COVERAGE_PHRASE_WEIGHT * Math.max(idf, COVERAGE_IDF_FLOOR));
  const coverSelf = selfScores(cover, (t) => coverWeight[t]);
  const pairSelf = selfScores(coverPairs, (t) => pairWeight[t]);
  for (let d = 0; d < n; d++) coverSelf[d] += pairSelf[d];
  const actor = new Uint8Array(cover.idf.length);
  for (const [term, id] of cover.termIds) actor[id] = isActorTerm(term) ? 1 : 0;
  // Per claim: how many distinct actors it names, and their total idf (see calibrate).
  const claimActors = new Int32Array(n);
  const claimActorIdf = new Float64Array(n);
  for (let t = 0; t < actor.length; t++) {
    if (actor[t] === 0) continue;
    for (let p = cover.postingStart[t], end = cover.postingStart[t + 1]; p < end; p++) {
      claimActors[cover.postingDocs[p]]++;
      claimActorIdf[cover.postingDocs[p]] += cover.idf[t];
    }
  }

  // Retrieval indexes, built on first `rank`: claim + title words and word pairs, n-grams.
  let retrieval: { uni: TBm25Index; bi: TBm25Index; grams: TCharGramIndex } | undefined;
  const retrievalIndexes = () =>
    (retrieval ??= {
      uni: buildBm25Index(claimTerms.map((c, d) => [...c, ...titleTerms[d]]), bm25),
      bi: buildBm25Index(claimTerms.map((c, d) => [...bigramsOf(c), ...bigramsOf(titleTerms[d])]), bm25),
      grams: buildCharGramIndex(claims.map((c) => (c.title ? `${c.claim} ${c.title}` : c.claim))),
    });

  // Scratch buffers reused by every call (matching is synchronous); reset via the touched list.
  const covered = new Float64Array(n);
  const raw = new Float64Array(n);
  const queryIdf = new Float64Array(n);
  const contentHits = new Int32Array(n);
  const actorHits = new Int32Array(n);
  const actorIdf = new Float64Array(n);
  const calibrated = new Float64Array(n);
  const touched = new Int32Array(n);
  const hits = new Int32Array(n);

  function reset(count: number): void {
    for (let i = 0; i < count; i++) {
      const d = touched[i];
      covered[d] = raw[d] = queryIdf[d] = calibrated[d] = actorIdf[d] = 0;
      contentHits[d] = actorHits[d] = 0;
    }
  }

  /**
   * Claim coverage (the share of the claim's weight the comment repeats) is what a long comment
   * embedding a claim scores. A short comment also earns a blend with query coverage (the share
   * of the comment that is the claim). Who does what matters: a comment about other actors
   * ("Russia must give air support") only half-matches "NATO gives ISIS air support", so the
   * score is scaled by the share of the claim's actors named (idf-weighted: the actor every
   * claim in the library names counts little). Naming only a claim's actors is not stating it,
   * unless the comment says nothing else and names two of them ("ISIS is amerika").
   */
  function calibrate(d: number, idfTotal: number): number {
    const claimCoverage = Math.min(1, covered[d] / coverSelf[d]);
    const queryCoverage = idfTotal > 0 ? Math.min(1, queryIdf[d] / idfTotal) : 0;
    if (contentHits[d] === 0) {
      if (actorHits[d] < 2) return 0;
      return ACTORS_ONLY_FACTOR * queryCoverage * (actorHits[d] / claimActors[d]);
    }
    const blend = claimCoverage ** CLAIM_COVERAGE_EXPONENT * queryCoverage ** (1 - CLAIM_COVERAGE_EXPONENT);
    const actorShare = claimActors[d] === 0 ? 1 : actorIdf[d] / claimActorIdf[d];
    return Math.max(claimCoverage, blend) * (0.5 + 0.5 * actorShare);
  }

  function match(text: string, limit = 5): TClaimMatch[] {
    if (n === 0 || limit <= 0) return [];
    const unique = new Set(tokenize(text));
    let idfTotal = 0;
    for (const term of unique) {
      const id = cover.termIds.get(term);
      idfTotal += id === undefined ? cover.unseenIdf : cover.idf[id];
    }
    let count = 0;
    try {
      for (const t of queryIds(cover, unique, o.maxQueryTerms)) {
        const idf = cover.idf[t];
        const weight = coverWeight[t];
        const isActor = actor[t] === 1;
        for (let p = cover.postingStart[t], end = cover.postingStart[t + 1]; p < end; p++) {
          const d = cover.postingDocs[p];
          if (queryIdf[d] === 0) touched[count++] = d;
          covered[d] += weight * cover.postingTf[p];
          raw[d] += idf * cover.postingTf[p];
          queryIdf[d] += idf;
          if (isActor) {
            actorHits[d]++;
            actorIdf[d] += idf;
          } else contentHits[d]++;
        }
      }
      // Word pairs in claim order: saying "helping ISIS" beats saying "ISIS" and "helping" apart.
      for (const t of queryIds(coverPairs, new Set(bigramsOf([...tokenize(text)])), o.maxQueryTerms)) {
        for (let p = coverPairs.postingStart[t], end = coverPairs.postingStart[t + 1]; p < end; p++) {
          covered[coverPairs.postingDocs[p]] += pairWeight[t] * coverPairs.postingTf[p];
        }
      }
      let above = 0;
      for (let i = 0; i < count; i++) {
        const d = touched[i];
        calibrated[d] = calibrate(d, idfTotal);
        if (calibrated[d] >= o.threshold) hits[above++] = d;
      }
      return topK(hits, above, calibrated, limit, raw).map((d) => ({
        id: claims[d].id,
        score: Math.round(calibrated[d] * 1000) / 1000,
      }));
    } finally {
      reset(count);
    }
  }

  function rank(text: string, k: number): TRankedClaim[] {
    if (n === 0 || k <= 0) return [];
    const { uni, bi, grams } = retrievalIndexes();
    const terms = tokenize(text);
    let count = 0;
    let candidates: Array<{ d: number; raw: number }> = [];
    try {
      for (const t of queryIds(uni, new Set(terms), o.maxQueryTerms)) {
        const idf = uni.idf[t];
        for (let p = uni.postingStart[t], end = uni.postingStart[t + 1]; p < end; p++) {
          const d = uni.postingDocs[p];
          if (raw[d] === 0) touched[count++] = d;
          raw[d] += idf * uni.postingTf[p];
        }
      }
      // A pair only adds to claims that already share both its words: no new documents appear.
      for (const t of queryIds(bi, new Set(bigramsOf(terms)), o.maxQueryTerms)) {
        const weight = o.phraseWeight * bi.idf[t];
        for (let p = bi.postingStart[t], end = bi.postingStart[t + 1]; p < end; p++) {
          raw[bi.postingDocs[p]] += weight * bi.postingTf[p];
        }
      }
      candidates = topK(touched, count, raw, Math.max(k, o.rerankDepth)).map((d) => ({ d, raw: raw[d] }));
    } finally {
      reset(count);
    }
    if (candidates.length === 0) return [];
    const query = readCharGramQuery(grams, text);
    const best = candidates[0].raw;
    return candidates
      .map(({ d, raw: r }) => ({
        id: claims[d].id,
        raw: r,
        fused: r / best + o.charGramWeight * charGramCosine(grams, query, d),
      }))
      .sort((x, y) => y.fused - x.fused)
      .slice(0, k);
  }

  return { size: n, threshold: o.threshold, match, rank };
}

// The calibrated half of claim matching: how much of a claim a comment actually says, in [0, 1],
// comparable across libraries of 15 or 15,000 claims so that one threshold serves them all.

import {
  buildBm25Index,
  queryTermIds,
  selfScores,
  topDocuments,
  type TBm25Options,
} from "./bm25-index";
import { isActorTerm } from "./tokenize";

/**
 * In coverage, every claim word weighs at least this much idf: in a small library about one
 * war, "ISIS" is in every claim and BM25 alone would count it as nothing said.
 */
const COVERAGE_IDF_FLOOR = 1;
/** A comment that only names a claim's actors ("ISIS is amerika") is a weaker match. */
const ACTORS_ONLY_FACTOR = 0.8;
/**
 * A claim is said in one passage: coverage is counted in the best window of this many terms
 * per claim term (at least MIN_WINDOW), so a long comment cannot assemble a claim from words
 * scattered over paragraphs ("north", "east", "south").
 */
const WINDOW_PER_CLAIM_TERM = 2;
const MIN_WINDOW = 12;
/**
 * Scores are scaled by (BM25 / best BM25 for this comment) ^ this: checked on CLEF 2020 train,
 * it lifts top-1 precision at the threshold, while a comment stacking two claims keeps both.
 */
const RELATIVE_EXPONENT = 0.5;

export type TCoverageMatch = { doc: number; score: number };
export type TCoverageScorer = (
  queryTerms: readonly string[],
  threshold: number,
  limit: number,
) => TCoverageMatch[];

export function createCoverageScorer(
  claimTerms: ReadonlyArray<ReadonlyArray<string>>,
  opts: TBm25Options & { maxQueryTerms: number },
): TCoverageScorer {
  const n = claimTerms.length;
  const index = buildBm25Index(claimTerms, opts);
  const termCount = index.idf.length;
  const weight = index.idf.map((idf) => Math.max(idf, COVERAGE_IDF_FLOOR));
  const self = selfScores(index, (t) => weight[t]);
  const actor = new Uint8Array(termCount);
  for (const [term, id] of index.termIds) actor[id] = isActorTerm(term) ? 1 : 0;

  // The postings transposed (claim → its terms and their coverage weights), for window scans,
  // and per claim: how many distinct actors it names and their total idf.
  const docStart = new Int32Array(n + 1);
  for (let p = 0; p < index.postingDocs.length; p++) docStart[index.postingDocs[p] + 1]++;
  for (let d = 0; d < n; d++) docStart[d + 1] += docStart[d];
  const docTerms = new Int32Array(index.postingDocs.length);
  const docWeights = new Float64Array(index.postingDocs.length);
  const claimActors = new Int32Array(n);
  const claimActorIdf = new Float64Array(n);
  const fill = docStart.slice(0, n);
  for (let t = 0; t < termCount; t++) {
    for (let p = index.postingStart[t], end = index.postingStart[t + 1]; p < end; p++) {
      const d = index.postingDocs[p];
      docTerms[fill[d]] = t;
      docWeights[fill[d]++] = weight[t] * index.postingTf[p];
      if (actor[t]) {
        claimActors[d]++;
        claimActorIdf[d] += index.idf[t];
      }
    }
  }

  // Scratch, reused by every call (scoring is synchronous); reset through the touched list.
  const covered = new Float64Array(n);
  const raw = new Float64Array(n);
  const contentHits = new Int32Array(n);
  const actorHits = new Int32Array(n);
  const actorIdf = new Float64Array(n);
  const scores = new Float64Array(n);
  const touched = new Int32Array(n);
  const passing = new Int32Array(n);
  const slot = new Int32Array(termCount).fill(-1);
  const windowCounts = new Int32Array(claimTerms.reduce((max, t) => Math.max(max, t.length), 1));

  /** The most claim weight any window of the query's term sequence covers. */
  function windowCoverage(d: number, sequence: Int32Array, width: number): number {
    const from = docStart[d];
    const size = docStart[d + 1] - from;
    for (let j = 0; j < size; j++) {
      slot[docTerms[from + j]] = j;
      windowCounts[j] = 0;
    }
    let current = 0;
    let best = 0;
    for (let i = 0; i < sequence.length; i++) {
      const entering = sequence[i] >= 0 ? slot[sequence[i]] : -1;
      if (entering >= 0 && windowCounts[entering]++ === 0) current += docWeights[from + entering];
      if (i >= width) {
        const leaving = sequence[i - width] >= 0 ? slot[sequence[i - width]] : -1;
        if (leaving >= 0 && --windowCounts[leaving] === 0) current -= docWeights[from + leaving];
      }
      if (current > best) best = current;
    }
    for (let j = 0; j < size; j++) slot[docTerms[from + j]] = -1;
    return best;
  }

  /**
   * Claim coverage: the share of the claim's weight the comment repeats. Who does what matters:
   * a comment about other actors ("Russia must give air support") only half-matches "NATO gives
   * ISIS air support", so coverage is scaled by the share of the claim's actors named
   * (idf-weighted: an actor every claim names counts little). Naming only a claim's actors is
   * not stating it, unless the comment says little else and names two of them ("ISIS is
   * amerika"): then query coverage (the share of the comment that is the claim) decides.
   */
  function calibrate(d: number, coveredWeight: number, idfTotal: number): number {
    if (contentHits[d] === 0) {
      if (actorHits[d] < 2 || idfTotal <= 0) return 0;
      // Every matched term is an actor here, so the actors' idf is all the comment shares.
      const queryCoverage = Math.min(1, actorIdf[d] / idfTotal);
      return ACTORS_ONLY_FACTOR * queryCoverage * (actorHits[d] / claimActors[d]);
    }
    const claimCoverage = Math.min(1, coveredWeight / self[d]);
    const actorShare = claimActors[d] === 0 ? 1 : actorIdf[d] / claimActorIdf[d];
    return claimCoverage * (0.5 + 0.5 * actorShare);
  }

  return function score(queryTerms, threshold, limit) {
    if (n === 0 || limit <= 0) return [];
    const unique = new Set(queryTerms);
    let idfTotal = 0;
    for (const term of unique) {
      const id = index.termIds.get(term);
      idfTotal += id === undefined ? index.unseenIdf : index.idf[id];
    }
    let count = 0;
    try {
      for (const t of queryTermIds(index, unique, opts.maxQueryTerms)) {
        const idf = index.idf[t];
        const w = weight[t];
        // Two copies of the loop so the per-posting work has no branch on the term's kind.
        if (actor[t]) {
          for (let p = index.postingStart[t], end = index.postingStart[t + 1]; p < end; p++) {
            const d = index.postingDocs[p];
            if (raw[d] === 0) touched[count++] = d;
            covered[d] += w * index.postingTf[p];
            raw[d] += idf * index.postingTf[p];
            actorHits[d]++;
            actorIdf[d] += idf;
          }
        } else {
          for (let p = index.postingStart[t], end = index.postingStart[t + 1]; p < end; p++) {
            const d = index.postingDocs[p];
            if (raw[d] === 0) touched[count++] = d;
            covered[d] += w * index.postingTf[p];
            raw[d] += idf * index.postingTf[p];
            contentHits[d]++;
          }
        }
      }
      let bestRaw = 0;
      for (let i = 0; i < count; i++) bestRaw = Math.max(bestRaw, raw[touched[i]]);
      let sequence: Int32Array | undefined;
      let above = 0;
      for (let i = 0; i < count; i++) {
        const d = touched[i];
        const relative = (raw[d] / bestRaw) ** RELATIVE_EXPONENT;
        let s = calibrate(d, covered[d], idfTotal) * relative;
        const width = Math.max(MIN_WINDOW, WINDOW_PER_CLAIM_TERM * claimTerms[d].length);
        // Window coverage never exceeds whole-comment coverage: only recheck claims that pass.
        if (s >= threshold && queryTerms.length > width) {
          sequence ??= Int32Array.from(queryTerms, (term) => index.termIds.get(term) ?? -1);
          s = calibrate(d, windowCoverage(d, sequence, width), idfTotal) * relative;
        }
        scores[d] = s;
        if (s >= threshold) passing[above++] = d;
      }
      return topDocuments(passing, above, scores, limit, raw).map((d) => ({
        doc: d,
        score: scores[d],
      }));
    } finally {
      for (let i = 0; i < count; i++) {
        const d = touched[i];
        covered[d] = raw[d] = actorIdf[d] = scores[d] = 0;
        contentHits[d] = actorHits[d] = 0;
      }
    }
  };
}

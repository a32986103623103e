// Suggests fact-checks that a comment repeats. `match` scores how much of each claim a comment
// says, calibrated to [0, 1] so one threshold fits any library; `rank` is retrieval for search.

import { commentDay, parseDay, type TDateInput } from "./claim-dates";
import { createCoverageScorer } from "./claim-coverage";
import { createClaimRetriever, type TClaimRetriever } from "./claim-retrieval";
import { RANKER_WEIGHTS, scoreCandidates, stage1Features, SUGGEST_AT } from "./ranker";
import { createTagSplitter } from "./hashtags";
import { lowerCaseWords, tokenize } from "./tokenize";

/**
 * Default cut-off for `match`. Set on hand-written seed-like comments against the demo library,
 * then checked with measureCalibration (clef-eval.ts) on CLEF 2020 train tweets against 10,375
 * Snopes claims: at 0.45 the top suggestion is right 87% of the time it is made, and no line of
 * the seed pages matches any Snopes claim. A comment that only shares a claim's topic or actors
 * ("the US bombed ISIS") stays below it.
 */
export const DEFAULT_MATCH_THRESHOLD = 0.45;

export type TClaimMatcherOptions = {
  /** BM25 term-frequency saturation. */
  k1?: number;
  /** BM25 length normalisation. */
  b?: number;
  /** Long comments keep only their rarest terms: bounds the cost of one query. */
  maxQueryTerms?: number;
  threshold?: number;
  /** In `rank`: weight of adjacent-word pairs relative to single words. */
  phraseWeight?: number;
  /** In `rank`: how many BM25 candidates are re-ordered by character n-gram similarity. */
  rerankDepth?: number;
  /** In `rank`: weight of that similarity (a cosine in [0, 1]) against BM25 / best BM25. */
  charGramWeight?: number;
};

export type TClaimDocument = {
  id: string;
  claim: string;
  title?: string | null;
  /** When the fact-check was published (claim-dates.ts parseDay forms); null when unknown. */
  date?: TDateInput;
};
export type TRankedClaim = { id: string; raw: number; fused: number };
/** A stage-1 candidate: the learned score (0.5 = suggestion cut-off) and the features behind it. */
export type TClaimCandidate = {
  id: string;
  doc: number;
  score: number;
  suggested: boolean;
  features: number[];
  /** Not among the BM25 candidates: brought in by `extra` (the encoder's nearest claims). */
  extra?: true;
};

/** How many BM25 candidates the learned ranker reads per text (and stage 2 re-ranks). */
export const CANDIDATE_DEPTH = 30;

export type TClaimMatcher = {
  readonly size: number;
  readonly threshold: number;
  /** Claims the text repeats, best first, score in [0, 1], only those at or above the threshold. */
  match(text: string, limit?: number): Array<{ id: string; score: number }>;
  /**
   * The k best claims for a text, no threshold (evaluation, search): BM25 over claim and title
   * (`raw`, with the phrase bonus) re-ranked by `fused` = raw / best raw + n-gram similarity.
   */
  rank(text: string, k: number): TRankedClaim[];
  /**
   * Stage 1 of the ranked contract: the `depth` best BM25 + n-gram candidates scored by the learned
   * ranker, best first, all of them (callers keep the first five); `suggested` when score ≥ 0.5.
   * `extra` claims (by position) join the `depth` best, scored the same way. `date`: when the
   * comment was written (an embedded post's byline in the text counts first; claim-dates.ts).
   */
  candidates(
    text: string,
    depth?: number,
    extra?: readonly number[],
    date?: TDateInput,
  ): TClaimCandidate[];
};

// k1, b, phraseWeight and the re-ranking were tuned on CLEF 2020 train only (see clef-eval.ts).
const DEFAULTS = {
  k1: 1.2,
  b: 0.75,
  maxQueryTerms: 256,
  threshold: DEFAULT_MATCH_THRESHOLD,
  phraseWeight: 0.1,
  rerankDepth: 30,
  charGramWeight: 2,
};

export function createClaimMatcher(
  claims: ReadonlyArray<TClaimDocument>,
  opts: TClaimMatcherOptions = {},
): TClaimMatcher {
  const o = { ...DEFAULTS, ...opts };
  const claimTerms = claims.map((c) => tokenize(c.claim));
  const claimDays = claims.map((c) => parseDay(c.date));
  // Coverage reads the claim alone: a title is the publisher's wording, not what was claimed.
  const coverage = createCoverageScorer(claimTerms, o);
  // Retrieval indexes are built on first `rank`: `match` alone never needs them.
  let retriever: TClaimRetriever | undefined;
  const retrieve = () =>
    (retriever ??= createClaimRetriever(
      claimTerms,
      claims.map((c) => (c.title ? tokenize(c.title) : [])),
      claims.map((c) => (c.title ? `${c.claim} ${c.title}` : c.claim)),
      o,
    ));

  // Run-together tags split into the library's own words (hashtags.ts); built with the retriever.
  let splitTags: ((text: string) => string[]) | undefined;
  const tagSplitter = () => {
    if (!splitTags) {
      const vocabulary = new Set<string>();
      for (const c of claims) {
        for (const w of lowerCaseWords(c.claim)) vocabulary.add(w);
        if (c.title) for (const w of lowerCaseWords(c.title)) vocabulary.add(w);
      }
      splitTags = createTagSplitter(vocabulary);
    }
    return splitTags;
  };

  return {
    size: claims.length,
    threshold: o.threshold,
    match(text, limit = 5) {
      return coverage(tokenize(text), o.threshold, limit).map(({ doc, score }) => ({
        id: claims[doc].id,
        score: Math.round(score * 1000) / 1000,
      }));
    },
    rank(text, k) {
      return retrieve()(text, tokenize(text), k).map(({ doc, raw, fused }) => ({
        id: claims[doc].id,
        raw,
        fused,
      }));
    },
    candidates(text, depth = CANDIDATE_DEPTH, extra, date) {
      const tagWords = tagSplitter()(text);
      const terms = tagWords.length
        ? [...tokenize(text), ...tokenize(tagWords.join(" "))]
        : tokenize(text);
      const found = retrieve()(text, terms, depth, extra);
      if (found.length === 0) return [];
      // The calibrated coverage score (`match`) weighed nothing in the learned ranker and cost a
      // third of the time: stage 1 reads BM25, n-grams and the claim share only.
      const features = stage1Features(
        found.map((c) => ({ ...c, day: claimDays[c.doc] })),
        terms.length,
        commentDay(text, date),
      );
      const scores = scoreCandidates(RANKER_WEIGHTS.stage1, features);
      return found
        .map((c, i) => ({
          id: claims[c.doc].id,
          doc: c.doc,
          score: scores[i],
          suggested: scores[i] >= SUGGEST_AT,
          features: features[i],
          ...(c.extra ? { extra: true as const } : {}),
        }))
        .sort((a, b) => b.score - a.score);
    },
  };
}

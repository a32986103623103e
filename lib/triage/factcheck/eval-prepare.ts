// Evaluation inputs for fact-check matching: each judged tweet with its stage-1 candidates, the
// deeper stage-2 pool, and the encoder vectors of the tweet and of those claims and titles (from
// the embedding cache).
import { CANDIDATE_DEPTH, createClaimMatcher, type TClaimCandidate } from "./claim-matcher";
import { openEmbeddingCache, type TEmbeddingCache } from "./embedding-cache";
import type { TRetrievalSet } from "./eval-data";
import {
  claimEmbeddingText,
  commentEmbeddingText,
  nearestClaims,
  STAGE2_DEPTH,
  titleEmbeddingText,
  type TClaimVectors,
} from "./rerank";

export type TPrepared = {
  set: TRetrievalSet;
  queries: Array<{
    text: string;
    relevant: ReadonlySet<string>;
    /** Stage 1's CANDIDATE_DEPTH candidates. */
    candidates: TClaimCandidate[];
    /** Stage 2's candidates: STAGE2_DEPTH by BM25 and the DENSE_DEPTH nearest by the encoder. */
    pool: TClaimCandidate[];
    /** The library's nearest claims by encoder cosine (positions, nearest first). */
    dense: number[];
    bm25: string[];
    vector: Float32Array;
  }>;
  claimVectors: Array<TClaimVectors | undefined>;
};

/** One matcher per claim library, shared by preparation and re-ranking with a model in training. */
export const libraries = new Map<TRetrievalSet["claims"], ReturnType<typeof createClaimMatcher>>();

export async function prepare(
  set: TRetrievalSet,
  cache: TEmbeddingCache,
  log: (line: string) => void,
): Promise<TPrepared> {
  let matcher = libraries.get(set.claims);
  if (!matcher) libraries.set(set.claims, (matcher = createClaimMatcher(set.claims)));
  const plain = createClaimMatcher(set.claims, { phraseWeight: 0, charGramWeight: 0 });
  const judged = set.queries.filter((q) => set.relevant.has(q.id));
  log(
    `${set.name}: ${judged.length} tweets, ${set.claims.length} claims (embedding what is not cached yet)`,
  );
  const candidates = judged.map((q) => matcher.candidates(q.text, CANDIDATE_DEPTH));
  // The nearest claims are searched over the whole library: every claim and title is embedded.
  const docs = set.claims.map((_, d) => d);
  const embedded = await cache.embed(
    docs.map((d) => claimEmbeddingText(set.claims[d])),
    (done, total) => log(`  embedded ${done}/${total} claims`),
  );
  const titled = docs.filter((d) => titleEmbeddingText(set.claims[d]) !== "");
  const titles = await cache.embed(
    titled.map((d) => titleEmbeddingText(set.claims[d])),
    (done, total) => log(`  embedded ${done}/${total} titles`),
  );
  const claimVectors: Array<TClaimVectors | undefined> = [];
  docs.forEach((d, i) => (claimVectors[d] = { claim: embedded[i], title: null }));
  titled.forEach((d, i) => (claimVectors[d]!.title = titles[i]));
  const vectors = await cache.embed(judged.map((q) => commentEmbeddingText(q.text)));
  const dense = vectors.map((v) => nearestClaims(v, claimVectors));
  const pools = judged.map((q, i) => matcher.candidates(q.text, STAGE2_DEPTH, dense[i]));
  return {
    set,
    claimVectors,
    queries: judged.map((q, i) => ({
      text: q.text,
      relevant: set.relevant.get(q.id)!,
      candidates: candidates[i],
      pool: pools[i],
      dense: dense[i],
      bm25: plain.rank(q.text, 5).map((r) => r.id),
      vector: vectors[i],
    })),
  };
}

/** Candidates and vectors of a set (embedding into the on-disk cache what is missing), for experiments. */
export async function prepareSet(
  set: TRetrievalSet,
  log: (line: string) => void = () => {},
): Promise<TPrepared> {
  return prepare(set, openEmbeddingCache(), log);
}

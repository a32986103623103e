// Evaluation inputs for fact-check matching: each judged tweet with its BM25 candidates and the
// encoder vectors of the tweet and of those candidate claims (from the embedding cache).
import { CANDIDATE_DEPTH, createClaimMatcher, type TClaimCandidate } from "./claim-matcher";
import { openEmbeddingCache, type TEmbeddingCache } from "./embedding-cache";
import type { TRetrievalSet } from "./eval-data";
import { claimEmbeddingText, commentEmbeddingText } from "./rerank";

export type TPrepared = {
  set: TRetrievalSet;
  queries: Array<{
    text: string;
    relevant: ReadonlySet<string>;
    candidates: TClaimCandidate[];
    bm25: string[];
    vector: Float32Array;
  }>;
  claimVectors: Float32Array[];
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
  // Only candidates are ever compared with a tweet: embed those claims, not the whole library.
  const docs = [...new Set(candidates.flatMap((list) => list.map((c) => c.doc)))];
  const embedded = await cache.embed(
    docs.map((d) => claimEmbeddingText(set.claims[d])),
    (done, total) => log(`  embedded ${done}/${total} claims`),
  );
  const claimVectors: Float32Array[] = [];
  docs.forEach((d, i) => (claimVectors[d] = embedded[i]));
  const vectors = await cache.embed(judged.map((q) => commentEmbeddingText(q.text)));
  return {
    set,
    claimVectors,
    queries: judged.map((q, i) => ({
      text: q.text,
      relevant: set.relevant.get(q.id)!,
      candidates: candidates[i],
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

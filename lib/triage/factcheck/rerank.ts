// Stage 2 of claim matching: the stage-1 candidates of each text re-ranked with the sentence
// encoder (cosine of projected claim and comment embeddings) by the learned stage-2 ranker. Claims are
// embedded once per library (passed in from the database or the CLI's on-disk cache).

import { embedTexts, ENCODER_NAME } from "../encoder/sentence-encoder";
import type { TClaimMatch, TClaimReranker } from "../types";
import {
  CANDIDATE_DEPTH,
  createClaimMatcher,
  type TClaimCandidate,
  type TClaimDocument,
  type TClaimMatcher,
} from "./claim-matcher";
import { PROJECTION, projectedCosines } from "./embedding-projection";
import { RANKER_WEIGHTS, scoreCandidates, stage2Features, SUGGEST_AT } from "./ranker";

/** How many candidates a comment lists (docs/DESIGN.md, `vigil score` contract). */
export const MAX_LISTED_CLAIMS = 5;

const URLS = /(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S*/gi;

/** What the encoder reads of a comment: links carry no meaning for it. */
export function commentEmbeddingText(text: string): string {
  return text.replace(URLS, " ").replace(/\s+/g, " ").trim();
}

/** What the encoder reads of a claim (stored per library; change it and every library re-embeds). */
export function claimEmbeddingText(claim: { claim: string }): string {
  return claim.claim.replace(/\s+/g, " ").trim();
}

export const RERANKER_VERSION = `claims-rerank@${RANKER_WEIGHTS.version}+${ENCODER_NAME}`;

export type TRerankedClaim = TClaimMatch & { doc: number; stage1: number };

export type TClaimRerankerFull = TClaimReranker & {
  readonly matcher: TClaimMatcher;
  /** Stage 1 and 2 in one call, from the texts alone: `limit` best per text (evaluation uses this). */
  rankTexts(
    texts: readonly string[],
    limit?: number,
    textVectors?: Float32Array[],
  ): Promise<TRerankedClaim[][]>;
};

export type TClaimLibrary = {
  claims: ReadonlyArray<TClaimDocument>;
  /** Vectors already known (from claimEmbeddingText), by claim position; holes are embedded when first needed. */
  embeddings?: ReadonlyArray<Float32Array | null | undefined>;
  /** How claims are embedded (default: the encoder directly; the CLI passes its on-disk cache). */
  embed?: (texts: string[]) => Promise<Float32Array[]>;
  /** Called with claims embedded here, so the caller can store them with the library. */
  onEmbedded?: (docs: number[], vectors: Float32Array[]) => void | Promise<void>;
  /** A matcher already built over the same claims (saves building the indexes twice). */
  matcher?: TClaimMatcher;
};

/** Re-scores one text's stage-1 candidates with the cosine features; best first. */
export function rerankCandidates(
  candidates: readonly TClaimCandidate[],
  textVector: Float32Array,
  claimVectors: ReadonlyArray<Float32Array>,
): TRerankedClaim[] {
  if (candidates.length === 0) return [];
  // Stage-1 features were computed in BM25 order; stage-1 ranks stay as they were.
  // Cosines after the learned projection of the encoder's vectors (embedding-projection.ts).
  const cosines = projectedCosines(
    PROJECTION,
    textVector,
    candidates.map((c) => claimVectors[c.doc]),
  );
  const features = stage2Features(
    candidates.map((c) => c.features),
    cosines,
  );
  const scores = scoreCandidates(RANKER_WEIGHTS.stage2, features);
  return candidates
    .map((c, i) => ({
      id: c.id,
      doc: c.doc,
      score: scores[i],
      suggested: scores[i] >= SUGGEST_AT,
      stage1: c.score,
    }))
    .sort((a, b) => b.score - a.score);
}

export async function createClaimReranker(library: TClaimLibrary): Promise<TClaimRerankerFull> {
  const matcher = library.matcher ?? createClaimMatcher(library.claims);
  const embed = library.embed ?? ((texts: string[]) => embedTexts(texts));
  // Claims are embedded once, and only when a comment first brings them up as a candidate: a
  // library of 14,000 claims costs nothing until used, and each claim is embedded at most once.
  const claimVectors: Array<Float32Array | undefined> = [];
  library.embeddings?.forEach((v, i) => {
    if (v && v.length > 0) claimVectors[i] = v;
  });

  async function ensureClaims(docs: Iterable<number>): Promise<void> {
    const missing = [...new Set(docs)].filter((d) => claimVectors[d] === undefined);
    if (missing.length === 0) return;
    const vectors = await embed(missing.map((d) => claimEmbeddingText(library.claims[d])));
    missing.forEach((d, i) => (claimVectors[d] = vectors[i]));
    await library.onEmbedded?.(missing, vectors);
  }

  async function rankTexts(
    texts: readonly string[],
    limit = MAX_LISTED_CLAIMS,
    textVectors?: Float32Array[],
  ): Promise<TRerankedClaim[][]> {
    const candidates = texts.map((t) => matcher.candidates(t, CANDIDATE_DEPTH));
    await ensureClaims(candidates.flatMap((list) => list.map((c) => c.doc)));
    // Only texts with candidates go through the encoder.
    const needed = candidates.map((c, i) => (c.length > 0 ? i : -1)).filter((i) => i >= 0);
    const vectors = textVectors ?? [];
    if (!textVectors && needed.length > 0) {
      const embedded = await embedTexts(needed.map((i) => commentEmbeddingText(texts[i])));
      needed.forEach((i, k) => (vectors[i] = embedded[k]));
    }
    return candidates.map((c, i) =>
      c.length === 0
        ? []
        : rerankCandidates(c, vectors[i], claimVectors as Float32Array[]).slice(0, limit),
    );
  }

  return {
    version: RERANKER_VERSION,
    matcher,
    rankTexts,
    async rerank(items) {
      const ranked = await rankTexts(items.map((item) => item.text));
      return ranked.map((list) =>
        list.map(({ id, score, suggested }) => ({
          id,
          score: Math.round(score * 1000) / 1000,
          suggested,
        })),
      );
    },
  };
}

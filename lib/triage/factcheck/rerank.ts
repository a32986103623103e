// Stage 2 of claim matching: each text's STAGE2_DEPTH best stage-1 candidates and the library's
// DENSE_DEPTH nearest claims by encoder cosine, re-ranked with the sentence encoder (cosines of the
// projected comment, claim and title embeddings) and the numbers both state, by the learned stage-2
// ranker. Claims are embedded once per library (passed in from the database or the CLI's on-disk
// cache).

import { embedTexts, ENCODER_DIM, ENCODER_NAME } from "../encoder/sentence-encoder";
import type { TClaimMatch, TClaimReranker } from "../types";
import type { TDateInput } from "./claim-dates";
import { commentNumbers, numberFeatures } from "./claim-numbers";
import {
  createClaimMatcher,
  type TClaimCandidate,
  type TClaimDocument,
  type TClaimMatcher,
} from "./claim-matcher";
import {
  PROJECTION,
  projectedCosines,
  projectUnit,
  type TProjection,
} from "./embedding-projection";
import { RANKER_WEIGHTS, scoreCandidates, stage2Features, SUGGEST_AT } from "./ranker";
import { TAG_PATTERN, tagWords } from "./tokenize";

/** How many candidates a comment lists (docs/DESIGN.md, `vigil score` contract). */
export const MAX_LISTED_CLAIMS = 5;

/**
 * How many stage-1 candidates stage 2 re-ranks. Deeper than stage 1's 30: on CLEF 2020 dev the
 * right claim is among the first 30 for 93.9 % of tweets, among the first 100 for 96.4 %.
 */
export const STAGE2_DEPTH = 100;

/**
 * How many of the library's nearest claims by (projected) encoder cosine join the BM25 candidates:
 * on CLEF 2020 dev the share of tweets whose claim is among neither falls from 3.6 % to 1.5 %.
 */
export const DENSE_DEPTH = 50;

const URLS = /(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S*/gi;

/** What the encoder reads of a comment: links carry no meaning for it. */
export function commentEmbeddingText(text: string): string {
  return text
    .replace(URLS, " ")
    .replace(TAG_PATTERN, (_, body: string) => tagWords(body))
    .replace(/\s+/g, " ")
    .trim();
}

/** What the encoder reads of a claim (stored per library; change it and every library re-embeds). */
export function claimEmbeddingText(claim: { claim: string }): string {
  return claim.claim.replace(/\s+/g, " ").trim();
}

/** What the encoder reads of a claim's title; "" when it has none (nothing to embed). */
export function titleEmbeddingText(claim: { title?: string | null }): string {
  return (claim.title ?? "").replace(/\s+/g, " ").trim();
}

/** A claim's vectors: of the claim, and of its title when it has one. */
export type TClaimVectors = { claim: Float32Array; title: Float32Array | null };

/**
 * The one stored vector of a claim: the claim's, followed by its title's when it has a title
 * (ENCODER_DIM or 2 × ENCODER_DIM floats). A stored vector of the other length is stale.
 */
export function joinClaimVectors(v: TClaimVectors): Float32Array {
  if (!v.title) return v.claim;
  const out = new Float32Array(v.claim.length + v.title.length);
  out.set(v.claim);
  out.set(v.title, v.claim.length);
  return out;
}

export function splitClaimVector(
  claim: { title?: string | null },
  stored: Float32Array | null | undefined,
): TClaimVectors | undefined {
  const titled = titleEmbeddingText(claim) !== "";
  if (!stored || stored.length !== (titled ? 2 : 1) * ENCODER_DIM) return undefined;
  return titled
    ? { claim: stored.subarray(0, ENCODER_DIM), title: stored.subarray(ENCODER_DIM) }
    : { claim: stored, title: null };
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
    /** When each text was written (claim-dates.ts), by position. */
    dates?: ReadonlyArray<TDateInput>,
  ): Promise<TRerankedClaim[][]>;
};

export type TClaimLibrary = {
  claims: ReadonlyArray<TClaimDocument>;
  /** Stored vectors (joinClaimVectors), by claim position; holes and stale ones are embedded when first needed. */
  embeddings?: ReadonlyArray<Float32Array | null | undefined>;
  /** How claims are embedded (default: the encoder directly; the CLI passes its on-disk cache). */
  embed?: (texts: string[]) => Promise<Float32Array[]>;
  /** Called with claims embedded here, so the caller can store them with the library. */
  onEmbedded?: (docs: number[], vectors: Float32Array[]) => void | Promise<void>;
  /** A matcher already built over the same claims (saves building the indexes twice). */
  matcher?: TClaimMatcher;
};

/** Unit projected claim vectors of a library, kept per vector list and projection. */
const projectedLibraries = new WeakMap<
  object,
  { projection: TProjection; units: Float32Array[] }
>();

/**
 * The `k` claims nearest to a text by projected cosine over the whole library (positions, nearest
 * first); claims without a vector are skipped.
 */
export function nearestClaims(
  vector: Float32Array,
  vectors: ReadonlyArray<TClaimVectors | undefined>,
  k = DENSE_DEPTH,
  projection = PROJECTION,
): number[] {
  if (k <= 0) return [];
  let entry = projectedLibraries.get(vectors);
  if (!entry || entry.projection !== projection || entry.units.length !== vectors.length) {
    const units = Array.from(vectors, (v) =>
      v ? projectUnit(projection, v.claim) : new Float32Array(0),
    );
    projectedLibraries.set(vectors, (entry = { projection, units }));
  }
  const t = projectUnit(projection, vector);
  const best: Array<[number, number]> = [];
  entry.units.forEach((u, d) => {
    if (u.length === 0) return;
    let s = 0;
    for (let i = 0; i < t.length; i++) s += t[i] * u[i];
    if (best.length === k && s <= best[k - 1][0]) return;
    let at = best.length < k ? best.length : k - 1;
    while (at > 0 && s > best[at - 1][0]) {
      best[at] = best[at - 1];
      at--;
    }
    best[at] = [s, d];
  });
  return best.map(([, d]) => d);
}

/** Stage-2 feature vectors of one text's candidates (same order). */
export function rerankFeatures(
  candidates: readonly TClaimCandidate[],
  /** `dense`: the text's nearestClaims, when they were added to its candidates. */
  text: { text: string; vector: Float32Array; dense?: readonly number[] },
  claims: ReadonlyArray<TClaimDocument>,
  vectors: ReadonlyArray<TClaimVectors | undefined>,
  projection = PROJECTION,
): number[][] {
  // Cosines after the learned projection of the encoder's vectors (embedding-projection.ts).
  const cosines = projectedCosines(
    projection,
    text.vector,
    candidates.map((c) => vectors[c.doc]!.claim),
  );
  const titled = projectedCosines(
    projection,
    text.vector,
    candidates.map((c) => vectors[c.doc]!.title ?? vectors[c.doc]!.claim),
  );
  const said = commentNumbers(text.text);
  const denseRank = new Map(text.dense?.map((d, r) => [d, r]));
  return stage2Features(
    candidates.map((c) => c.features),
    {
      cosines,
      titleCosines: titled,
      numbers: candidates.map((c) => numberFeatures(said, claims[c.doc])),
      denseRanks: candidates.map((c) => denseRank.get(c.doc) ?? -1),
      bm25: candidates.map((c) => !c.extra),
    },
  );
}

/** Re-scores one text's stage-1 candidates with the stage-2 features; best first. */
export function rerankCandidates(
  candidates: readonly TClaimCandidate[],
  text: { text: string; vector: Float32Array; dense?: readonly number[] },
  claims: ReadonlyArray<TClaimDocument>,
  vectors: ReadonlyArray<TClaimVectors | undefined>,
): TRerankedClaim[] {
  if (candidates.length === 0) return [];
  const features = rerankFeatures(candidates, text, claims, vectors);
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
  const claimVectors: Array<TClaimVectors | undefined> = [];
  library.embeddings?.forEach((v, i) => {
    claimVectors[i] = splitClaimVector(library.claims[i], v);
  });

  async function ensureClaims(docs: Iterable<number>): Promise<void> {
    const missing = [...new Set(docs)].filter((d) => claimVectors[d] === undefined);
    if (missing.length === 0) return;
    const claims = missing.map((d) => library.claims[d]);
    const titled = claims.filter((c) => titleEmbeddingText(c) !== "");
    const vectors = await embed([
      ...claims.map(claimEmbeddingText),
      ...titled.map(titleEmbeddingText),
    ]);
    let next = claims.length;
    const joined = missing.map((d, i) => {
      const title = titleEmbeddingText(claims[i]) !== "" ? vectors[next++] : null;
      claimVectors[d] = { claim: vectors[i], title };
      return joinClaimVectors(claimVectors[d]);
    });
    await library.onEmbedded?.(missing, joined);
  }

  async function rankTexts(
    texts: readonly string[],
    limit = MAX_LISTED_CLAIMS,
    textVectors?: Float32Array[],
    dates?: ReadonlyArray<TDateInput>,
  ): Promise<TRerankedClaim[][]> {
    // Only texts that share words with some claim are matched (and go through the encoder).
    const needed = texts
      .map((t, i) => (matcher.rank(t, 1).length > 0 ? i : -1))
      .filter((i) => i >= 0);
    if (needed.length === 0) return texts.map(() => []);
    // The nearest claims are searched over the whole library: every claim is embedded (once).
    await ensureClaims(library.claims.keys());
    const vectors = textVectors ?? [];
    if (!textVectors) {
      const embedded = await embedTexts(needed.map((i) => commentEmbeddingText(texts[i])));
      needed.forEach((i, k) => (vectors[i] = embedded[k]));
    }
    const ranked: TRerankedClaim[][] = texts.map(() => []);
    for (const i of needed) {
      const dense = nearestClaims(vectors[i], claimVectors);
      const c = matcher.candidates(texts[i], STAGE2_DEPTH, dense, dates?.[i]);
      ranked[i] = rerankCandidates(
        c,
        { text: texts[i], vector: vectors[i], dense },
        library.claims,
        claimVectors,
      ).slice(0, limit);
    }
    return ranked;
  }

  return {
    version: RERANKER_VERSION,
    matcher,
    rankTexts,
    async rerank(items) {
      const ranked = await rankTexts(
        items.map((item) => item.text),
        undefined,
        undefined,
        items.map((item) => item.date),
      );
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

// Puts stage 2's re-ranked fact-check candidates into a triage result and recomputes what depends
// on them: the claims analyzer's misinformation opinion, the combined misinformation score, the
// flags and the priority. Without this a claim re-ranked below the cut-off would still raise priority.

import { combineScores, computePriority, flaggedHarms } from "../combine";
import { CLAIM_WEIGHT } from "../engine";
import type { TClaimMatch, THarmScores, TTriageResult } from "../types";

const CLAIMS_ANALYZER = "claims";
const STAGE2_ANALYZER = "stage2";

/** The misinformation opinion of a ranked list: its best suggested claim, weighed as in stage 1. */
export function claimsOpinion(claims: readonly TClaimMatch[]): Partial<THarmScores> {
  const best = claims.reduce((m, c) => (c.suggested ? Math.max(m, c.score) : m), 0);
  return best > 0 ? { misinformation: Math.round(best * CLAIM_WEIGHT * 1e4) / 1e4 } : {};
}

/**
 * A new result with `claims` in place of the old list. Misinformation is recombined from every
 * analyzer's opinion (modifiers included) unless stage 2 scored misinformation itself.
 */
export function applyRerankedClaims(
  result: TTriageResult,
  claims: TClaimMatch[],
  thresholds: Readonly<THarmScores>,
): TTriageResult {
  const opinion = claimsOpinion(claims);
  const hadClaims = result.analyzers.some((a) => a.name === CLAIMS_ANALYZER);
  const analyzers = hadClaims
    ? result.analyzers.map((a) => (a.name === CLAIMS_ANALYZER ? { ...a, scores: opinion } : a))
    : [...result.analyzers, { name: CLAIMS_ANALYZER, version: "1", scores: opinion, spans: [] }];
  const stage2Owns = analyzers.some(
    (a) => a.name === STAGE2_ANALYZER && a.scores.misinformation !== undefined,
  );
  const scores: THarmScores = { ...result.scores };
  if (!stage2Owns) {
    // Stage 2's own entry repeats stacked scores, not an independent opinion: leave it out.
    const opinions = analyzers
      .filter((a) => a.name !== STAGE2_ANALYZER)
      .map((a) => ({ scores: a.scores, modifiers: a.modifiers }));
    scores.misinformation = Math.round(combineScores(opinions).misinformation * 1e4) / 1e4;
  }
  return {
    ...result,
    claims,
    analyzers,
    scores,
    flagged: flaggedHarms(scores, thresholds),
    priority: computePriority(scores),
  };
}

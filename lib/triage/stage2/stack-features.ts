// What the stage-2 stacker sees for one harm: the encoder head's logit, the stage-1 n-gram model's
// logit, the terms analyzer's score and its context signals. The terms analyzer's frames
// (negated, condemned, quoted, friendly identity mentions) then scale the learned part, so the
// context handling stays in charge of those frames whatever the learned weights say.

import type { TNegationProbe } from "./negation";
import type { TContextSignal, THarm, THarmScores, TTriageResult } from "../types";

export const STACK_FEATURES = [
  "head",
  "ngram",
  "terms",
  "headNoIdentity",
  "suppressed",
  "identity",
  "identityMeta",
  "identityPositive",
  "identityNeutral",
  "headIdentityNeutral",
] as const;

export type TStage1View = {
  ngram: Partial<THarmScores>;
  terms: Partial<THarmScores>;
  signals: Partial<Record<TContextSignal, number>>;
  /** The de-negated variant's vector, when stage 2 probed the comment's negation (negation.ts). */
  negation?: TNegationProbe;
};

const clampLogit = (z: number) => Math.max(-8, Math.min(8, z));
export const probLogit = (p: number) => {
  const q = Math.min(1 - 1e-4, Math.max(1e-4, p));
  return Math.log(q / (1 - q));
};

/** The parts of a stage-1 result the stacker reads; null when it lacks the terms analyzer's signals. */
export function stage1View(result: TTriageResult): TStage1View | null {
  const terms = result.analyzers.find((a) => a.name === "terms");
  if (!terms?.signals) return null;
  const model = result.analyzers.find((a) => a.name === "model");
  return { ngram: model?.scores ?? {}, terms: terms.scores, signals: terms.signals };
}

export function stackFeatures(harm: THarm, headLogit: number, view: TStage1View): number[] {
  const s = view.signals;
  const identity = s.identity ?? 0;
  const ngram = view.ngram[harm];
  const head = clampLogit(headLogit);
  return [
    head / 4,
    ngram === undefined ? 0 : probLogit(ngram) / 4,
    view.terms[harm] ?? 0,
    (head / 4) * (1 - identity),
    harm === "hate"
      ? (s.suppressedHate ?? 0)
      : harm === "harassment"
        ? (s.suppressedHarassment ?? 0)
        : 0,
    identity,
    s.identityMeta ?? 0,
    s.identityPositive ?? 0,
    s.identityNeutral ?? 0,
    (head / 4) * (s.identityNeutral ?? 0),
  ];
}

/**
 * The terms analyzer's frames scale the learned part: hateful wording negated, condemned or quoted
 * ×0.3 (hate) / ×0.5 (harassment); identity words only in counter-speech ×0.4, only in friendly
 * sentences ×0.6, violence or insults aimed at armed groups (war talk) ×0.5 — the same factors
 * stage 1 applies to its n-gram model.
 */
export function frameModifier(harm: THarm, view: TStage1View): number {
  const s = view.signals;
  if (harm === "hate") {
    if (s.suppressedHate) return 0.3;
    if (s.identityMeta) return 0.4;
    if (s.identityPositive) return 0.6;
    if (s.armedTarget) return 0.5;
    return 1;
  }
  if (harm === "harassment") {
    if (s.suppressedHarassment) return 0.5;
    if (s.identityMeta || s.identityPositive) return 0.6;
    if (s.armedTarget) return 0.5;
  }
  // Threats against armed groups stay low (war talk), as in stage 1; profanity ignores context.
  if (harm === "threat" && s.armedTarget) return 0.5;
  return 1;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** final = 1 − (1 − terms)·(1 − σ(b + w·x + shift)·frame): terms evidence stands, the learned part is framed. */
export function stackedScore(
  weights: readonly number[],
  bias: number,
  x: readonly number[],
  terms: number,
  frame: number,
  shift = 0,
): number {
  let z = bias + shift;
  for (let i = 0; i < Math.min(x.length, weights.length); i++) z += weights[i] * x[i];
  return 1 - (1 - terms) * (1 - sigmoid(z) * frame);
}

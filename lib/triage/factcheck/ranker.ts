// The learned part of claim ranking: per candidate, a feature vector (BM25, character n-grams,
// share of the claim said, rank, days between the comment and the fact-check; in stage 2 also the sentence-encoder cosine) ordered by a listwise
// model and calibrated to a probability, trained on CLEF 2020 train (ranker-training.ts, ranker-weights.json).

import { DATE_FEATURES, dateFeatures } from "./claim-dates";
import weightsFile from "./ranker-weights.json";

/**
 * Every feature is relative to the text's other candidates or to the claim itself, never an
 * absolute BM25 value: idf depends on the library's size, and one model must fit a library of 15
 * claims as well as one of 15,000.
 */
export const STAGE1_FEATURES = [
  "relBm25",
  "charGram",
  "charGramGap",
  "claimShare",
  "fusedRank",
  "queryLength",
  ...DATE_FEATURES,
] as const;
export const STAGE2_FEATURES = [
  ...STAGE1_FEATURES,
  "cosine",
  "cosineGap",
  "cosineRank",
  "titleCosine",
  "titleCosineGap",
  "titleCosineRank",
  "sharedNumbers",
  "missingNumbers",
  "denseRank",
  "bm25Candidate",
] as const;

/**
 * A trained linear scorer. Inputs are standardised with `mean` / `scale`; `shift` (the logit
 * of the suggestion threshold chosen on dev data) is subtracted so that a score of 0.5 is exactly
 * the suggestion cut-off, in every library and both stages.
 */
export type TRankerModel = {
  features: readonly string[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /**
   * When set, `weights` / `bias` only order a text's candidates (a listwise fit) and this logistic
   * turns each candidate's logit z and its lead over the best other candidate (z − max other z)
   * into a probability. Both weights are ≥ 0, so the order within a text is kept.
   */
  calibration?: { weights: number[]; bias: number };
  shift: number;
  /**
   * For candidates whose date gap is unknown (no date on the comment or the claim): their own
   * calibration (fitted on the training lists with the dates withheld) and shift.
   */
  undatedCalibration?: { weights: number[]; bias: number };
  undatedShift?: number;
  /** Precision and recall of suggestions at the cut-off on the dev data it was chosen on. */
  chosenOn?: { data: string; precision: number; recall: number; threshold: number };
  /** The same for the undated cut-off, chosen on the dev data with the dates withheld. */
  undatedChosenOn?: { data: string; precision: number; recall: number; threshold: number };
};

export type TRankerWeights = {
  version: string;
  trainedOn: string;
  stage1: TRankerModel;
  stage2: TRankerModel;
};

export const RANKER_WEIGHTS = weightsFile as TRankerWeights;

/** Score at or above which a candidate is suggested to moderators (both stages, by construction). */
export const SUGGEST_AT = 0.5;

export function logit(p: number): number {
  const q = Math.min(1 - 1e-9, Math.max(1e-9, p));
  return Math.log(q / (1 - q));
}

/** The model's raw logit, before the suggestion shift. */
export function rawLogit(model: TRankerModel, x: ArrayLike<number>): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i++) {
    // NaN = unknown (a date the comment or the claim lacks): it counts as the training mean, 0.
    if (Number.isNaN(x[i])) continue;
    z += model.weights[i] * ((x[i] - model.mean[i]) / model.scale[i]);
  }
  return z;
}

/**
 * A candidate whose words make up less than this share of the claim's BM25 weight is never
 * suggested, whatever its rank: in a small library the best of three claims can share one word
 * with a comment ("weekend"). On the dev data it costs 2 points of recall and no precision.
 */
export const MIN_CLAIM_SHARE = 0.2;
const BELOW_CUT_OFF = 0.499;
const CLAIM_SHARE_AT = STAGE1_FEATURES.indexOf("claimShare");

const DATE_GAP_AT = STAGE1_FEATURES.indexOf("dateGap");
/** Whether a candidate's date gap is unknown (no date on the comment or the claim). */
export const undatedCandidate = (x: ArrayLike<number>) => Number.isNaN(x[DATE_GAP_AT]);

/** Calibrated logits (before the shift) of one text's candidates. */
export function calibratedLogits(model: TRankerModel, xs: readonly ArrayLike<number>[]): number[] {
  const z = xs.map((x) => rawLogit(model, x));
  if (!model.calibration) return z;
  let first = -Infinity;
  let second = -Infinity;
  for (const v of z) {
    if (v > first) [first, second] = [v, first];
    else if (v > second) second = v;
  }
  // A lone candidate leads by nothing: no evidence that it stands out.
  return z.map((v, i) => {
    const cal =
      model.undatedCalibration && undatedCandidate(xs[i])
        ? model.undatedCalibration
        : model.calibration!;
    const lead = v === first ? (Number.isFinite(second) ? v - second : 0) : v - first;
    return cal.bias + cal.weights[0] * v + cal.weights[1] * lead;
  });
}

/**
 * Scores of one text's candidates (same order as given): 0.5 is the suggestion cut-off. A
 * candidate without a known date gap is scored with `undatedShift`: the same logit says less
 * without the dates, and its cut-off was chosen on dev data without them.
 */
export function scoreCandidates(model: TRankerModel, xs: readonly ArrayLike<number>[]): number[] {
  return calibratedLogits(model, xs).map((z, i) => {
    const shift =
      model.undatedShift !== undefined && undatedCandidate(xs[i])
        ? model.undatedShift
        : model.shift;
    const score = 1 / (1 + Math.exp(-(z - shift)));
    return xs[i][CLAIM_SHARE_AT] < MIN_CLAIM_SHARE ? Math.min(score, BELOW_CUT_OFF) : score;
  });
}

export type TStage1Input = {
  raw: number;
  charGram: number;
  claimShare: number;
  /** The fact-check's publication day (claim-dates.ts), null when the library does not say. */
  day?: number | null;
};

/**
 * Stage-1 feature vectors of one text's candidates, given in stage-1 (fused) order. `day`: when
 * the text's claims were said (claim-dates.ts commentDay), null when unknown.
 */
export function stage1Features(
  candidates: readonly TStage1Input[],
  queryTermCount: number,
  day: number | null = null,
): number[][] {
  if (candidates.length === 0) return [];
  const best = Math.max(...candidates.map((c) => c.raw)) || 1;
  const bestGram = Math.max(...candidates.map((c) => c.charGram));
  const queryLength = Math.log1p(queryTermCount);
  return candidates.map((c, rank) => [
    c.raw / best,
    c.charGram,
    c.charGram - bestGram,
    c.claimShare,
    1 / (1 + rank),
    queryLength,
    ...dateFeatures(day, c.day ?? null),
  ]);
}

/** Each value's value, its gap to the best and 1 / (1 + its rank), best = 0. */
function withGapAndRank(values: readonly number[]): number[][] {
  const best = Math.max(...values);
  const order = values.map((c, i) => [c, i] as const).sort((a, b) => b[0] - a[0]);
  const rankOf = new Array<number>(values.length);
  order.forEach(([, i], r) => (rankOf[i] = r));
  return values.map((v, i) => [v, v - best, 1 / (1 + rankOf[i])]);
}

/** What stage 2 knows of one text's candidates besides their stage-1 features. */
export type TStage2Signals = {
  /** Cosine of the projected text and claim vectors. */
  cosines: readonly number[];
  /** Cosine with the claim's title (the claim's own cosine when it has none). */
  titleCosines: readonly number[];
  /** numberFeatures (claim-numbers.ts) per candidate. */
  numbers: ReadonlyArray<readonly number[]>;
  /** Rank (0 = nearest) among the library's nearest claims by encoder cosine; -1 when not among them. */
  denseRanks?: readonly number[];
  /** Whether BM25 brought the candidate up (else only the encoder did). */
  bm25?: readonly boolean[];
};

/**
 * Stage-2 vectors: stage-1 features plus the encoder cosines (claim, title), the numbers, and how
 * the candidate was found (1 / (1 + its rank among the encoder's nearest claims), 0 when not;
 * 1 when BM25 found it).
 */
export function stage2Features(stage1: readonly number[][], s: TStage2Signals): number[][] {
  if (stage1.length === 0) return [];
  const cos = withGapAndRank(s.cosines);
  const title = withGapAndRank(s.titleCosines);
  return stage1.map((x, i) => {
    const dense = s.denseRanks?.[i] ?? -1;
    return [
      ...x,
      ...cos[i],
      ...title[i],
      ...s.numbers[i],
      dense >= 0 ? 1 / (1 + dense) : 0,
      s.bm25?.[i] === false ? 0 : 1,
    ];
  });
}

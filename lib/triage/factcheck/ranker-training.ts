// Pure pieces of training and measuring the claim ranker: listwise ranking, logistic regression (standardised
// inputs, L2, full-batch Adam), the suggestion threshold for a precision target, and MAP@5.

import { calibratedLogits, logit, type TRankerModel } from "./ranker";

export type TExample = { x: number[]; y: 0 | 1 };
/** One text's scored candidates, best first, and the claims it really repeats. */
export type TRankedQuery = {
  ranked: Array<{ id: string; score: number }>;
  relevant: ReadonlySet<string>;
};

export function trainLogistic(
  examples: readonly TExample[],
  features: readonly string[],
  opts: { l2?: number; iterations?: number; rate?: number } = {},
): Omit<TRankerModel, "shift"> {
  const { l2 = 1e-3, iterations = 1500, rate = 0.05 } = opts;
  const d = features.length;
  const n = examples.length;
  if (n === 0) throw new Error("no training examples");
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const e of examples) for (let j = 0; j < d; j++) mean[j] += e.x[j] / n;
  for (const e of examples) for (let j = 0; j < d; j++) scale[j] += (e.x[j] - mean[j]) ** 2 / n;
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]) || 1;
  const xs = examples.map((e) => e.x.map((v, j) => (v - mean[j]) / scale[j]));
  const w = new Array<number>(d + 1).fill(0); // last = bias
  const m = new Array<number>(d + 1).fill(0);
  const v = new Array<number>(d + 1).fill(0);
  const grad = new Array<number>(d + 1);
  for (let it = 1; it <= iterations; it++) {
    grad.fill(0);
    for (let i = 0; i < n; i++) {
      let z = w[d];
      for (let j = 0; j < d; j++) z += w[j] * xs[i][j];
      const err = 1 / (1 + Math.exp(-z)) - examples[i].y;
      for (let j = 0; j < d; j++) grad[j] += (err * xs[i][j]) / n;
      grad[d] += err / n;
    }
    for (let j = 0; j < d; j++) grad[j] += l2 * w[j];
    for (let j = 0; j <= d; j++) {
      m[j] = 0.9 * m[j] + 0.1 * grad[j];
      v[j] = 0.999 * v[j] + 0.001 * grad[j] ** 2;
      w[j] -= (rate * (m[j] / (1 - 0.9 ** it))) / (Math.sqrt(v[j] / (1 - 0.999 ** it)) + 1e-8);
    }
  }
  return { features: [...features], mean, scale, weights: w.slice(0, d), bias: w[d] };
}

/** One text's candidates as feature vectors, 1 for the claims it repeats. */
export type TListExample = { xs: number[][]; ys: Array<0 | 1> };

/** Mean and standard deviation per feature over its known values (NaN = unknown is skipped). */
function standardise(rows: readonly number[][], d: number): { mean: number[]; scale: number[] } {
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  const known = new Array<number>(d).fill(0);
  for (const x of rows)
    for (let j = 0; j < d; j++)
      if (!Number.isNaN(x[j])) {
        mean[j] += x[j];
        known[j]++;
      }
  for (let j = 0; j < d; j++) mean[j] = known[j] ? mean[j] / known[j] : 0;
  for (const x of rows)
    for (let j = 0; j < d; j++) if (!Number.isNaN(x[j])) scale[j] += (x[j] - mean[j]) ** 2;
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(known[j] ? scale[j] / known[j] : 0) || 1;
  return { mean, scale };
}

/**
 * Listwise fit (ListNet with one relevant set per text): a softmax over each text's candidates,
 * cross-entropy against its relevant claims, L2, full-batch Adam. It learns the order only; the
 * bias is 0 and a calibration (calibrateScores) turns its logit into a probability.
 */
export function trainListwise(
  lists: readonly TListExample[],
  features: readonly string[],
  opts: { l2?: number; iterations?: number; rate?: number } = {},
): Omit<TRankerModel, "shift"> {
  const { l2 = 1e-3, iterations = 400, rate = 0.05 } = opts;
  const d = features.length;
  const usable = lists.filter((l) => l.ys.some((y) => y === 1));
  if (usable.length === 0) throw new Error("no training lists with a relevant candidate");
  const { mean, scale } = standardise(
    usable.flatMap((l) => l.xs),
    d,
  );
  const qs = usable.map((l) => ({
    // An unknown value (NaN) standardises to 0, the mean: it neither helps nor hurts a candidate.
    xs: l.xs.map((x) => x.map((v, j) => (Number.isNaN(v) ? 0 : (v - mean[j]) / scale[j]))),
    ys: l.ys,
    relevant: l.ys.reduce<number>((a, b) => a + b, 0),
  }));
  const w = new Array<number>(d).fill(0);
  const m = new Array<number>(d).fill(0);
  const v = new Array<number>(d).fill(0);
  const grad = new Array<number>(d);
  for (let it = 1; it <= iterations; it++) {
    grad.fill(0);
    for (const q of qs) {
      const z = q.xs.map((x) => x.reduce((s, xv, j) => s + xv * w[j], 0));
      const top = Math.max(...z);
      const e = z.map((zz) => Math.exp(zz - top));
      const sum = e.reduce((a, b) => a + b, 0);
      q.xs.forEach((x, i) => {
        const g = (e[i] / sum - q.ys[i] / q.relevant) / qs.length;
        for (let j = 0; j < d; j++) grad[j] += g * x[j];
      });
    }
    for (let j = 0; j < d; j++) {
      grad[j] += l2 * w[j];
      m[j] = 0.9 * m[j] + 0.1 * grad[j];
      v[j] = 0.999 * v[j] + 0.001 * grad[j] ** 2;
      w[j] -= (rate * (m[j] / (1 - 0.9 ** it))) / (Math.sqrt(v[j] / (1 - 0.999 ** it)) + 1e-8);
    }
  }
  return { features: [...features], mean, scale, weights: w, bias: 0 };
}

/**
 * The calibration of a listwise model: a logistic on each candidate's logit and its lead over the
 * best other candidate of its text, fitted pointwise on the training lists. Weights are kept ≥ 0
 * so that calibration never reorders a text's candidates.
 */
export function fitCalibration(
  model: Omit<TRankerModel, "shift">,
  lists: readonly TListExample[],
  /** Only these candidates are examples (all by default); the leads still read every candidate. */
  keep: (x: readonly number[]) => boolean = () => true,
): NonNullable<TRankerModel["calibration"]> {
  const examples: TExample[] = [];
  for (const l of lists) {
    if (l.xs.length === 0) continue;
    const bare = calibratedLogits({ ...model, calibration: undefined, shift: 0 }, l.xs);
    const leads = calibratedLogits(
      { ...model, calibration: { weights: [0, 1], bias: 0 }, shift: 0 },
      l.xs,
    );
    bare.forEach((z, i) => {
      if (keep(l.xs[i])) examples.push({ x: [z, leads[i]], y: l.ys[i] });
    });
  }
  const fit = trainLogistic(examples, ["logit", "lead"]);
  const weights = fit.weights.map((w, j) => Math.max(0, w / fit.scale[j]));
  const bias =
    fit.bias -
    fit.weights.reduce((s, w, j) => s + (Math.max(0, w) * fit.mean[j]) / fit.scale[j], 0);
  return { weights, bias };
}

/** Average precision over the first five, divided by all relevant claims (the CLEF scorer's AP). */
export function averagePrecisionAt5(
  ranked: readonly string[],
  relevant: ReadonlySet<string>,
): number {
  let hits = 0;
  let sum = 0;
  for (let i = 0; i < Math.min(5, ranked.length); i++) {
    if (relevant.has(ranked[i])) {
      hits++;
      sum += hits / (i + 1);
    }
  }
  return relevant.size > 0 ? sum / relevant.size : 0;
}

export function meanAveragePrecisionAt5(queries: readonly TRankedQuery[]): number {
  if (queries.length === 0) return 0;
  return (
    queries.reduce(
      (s, q) =>
        s +
        averagePrecisionAt5(
          q.ranked.map((r) => r.id),
          q.relevant,
        ),
      0,
    ) / queries.length
  );
}

export type TSuggestionStats = {
  threshold: number;
  precision: number;
  recall: number;
  suggested: number;
};

/**
 * Suggestions at a cut-off among the first five: precision = right suggestions / all suggestions,
 * recall = share of texts whose claim (any relevant one) is suggested.
 */
export function suggestionStats(
  queries: readonly TRankedQuery[],
  threshold: number,
): TSuggestionStats {
  let suggested = 0;
  let right = 0;
  let found = 0;
  for (const q of queries) {
    let hit = false;
    for (const r of q.ranked.slice(0, 5)) {
      if (r.score < threshold) continue;
      suggested++;
      if (q.relevant.has(r.id)) {
        right++;
        hit = true;
      }
    }
    if (hit) found++;
  }
  return {
    threshold,
    precision: suggested > 0 ? right / suggested : 1,
    recall: queries.length > 0 ? found / queries.length : 0,
    suggested,
  };
}

/**
 * The lowest cut-off whose precision reaches `minPrecision` on every group (each dev set on its
 * own), with the highest recall over all of them; the pooled figures are returned.
 */
export function chooseThresholdAcross(
  groups: ReadonlyArray<readonly TRankedQuery[]>,
  minPrecision = 0.85,
): TSuggestionStats {
  const all = groups.flat();
  const candidates = [
    ...new Set(all.flatMap((q) => q.ranked.slice(0, 5).map((r) => r.score))),
  ].sort((a, b) => a - b);
  for (const t of candidates) {
    // Recall only falls as the cut-off rises: the first feasible cut-off has the highest recall.
    if (groups.every((g) => suggestionStats(g, t).precision >= minPrecision))
      return suggestionStats(all, t);
  }
  return suggestionStats(all, 1 + 1e-9);
}

/** The shift that moves a probability cut-off to 0.5 (stored in the model). */
export function shiftFor(threshold: number): number {
  return logit(threshold);
}

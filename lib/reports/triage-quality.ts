// Precision and recall of the automatic flags against moderators' decisions, per harm, at the
// current thresholds and over a grid of thresholds. Pure; lib/reports/README.md defines the labels.
import { harmOfCategory } from "./harms";
import { HARMS, type THarm } from "@/lib/triage/types";

export type TDecisionStatus = "APPROVED" | "FLAGGED" | "HIDDEN";

export type TQualitySample = {
  scores: Record<THarm, number>;
  /** Comment.flaggedHarms: what the engine flagged at the threshold in force when it scored. */
  flagged: readonly string[];
  status: TDecisionStatus;
  category: string | null;
};

export type TQualityPoint = {
  /** null for the "any" row at the current settings, where each harm has its own threshold. */
  threshold: number | null;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
};

export type TQualityTarget = THarm | "any";

export type THarmQuality = {
  harm: TQualityTarget;
  positives: number;
  negatives: number;
  /** Decided comments that say nothing about this harm (flagged for another one, spam, other). */
  excluded: number;
  current: TQualityPoint;
  curve: TQualityPoint[];
};

export const THRESHOLD_GRID: number[] = Array.from(
  { length: 19 },
  (_, i) => Math.round((i + 1) * 5) / 100,
);

/**
 * The moderator's verdict on one harm: true (harmful in that way), false (approved), or null when
 * the decision does not speak to this harm.
 */
export function labelFor(sample: TQualitySample, target: TQualityTarget): boolean | null {
  if (sample.status === "APPROVED") return false;
  const mapped = harmOfCategory(sample.category);
  if (target === "any") return sample.category === null || mapped !== undefined ? true : null;
  return mapped === target ? true : null;
}

function predictedAt(sample: TQualitySample, target: TQualityTarget, threshold: number): boolean {
  if (target === "any") return HARMS.some((h) => (sample.scores[h] ?? 0) >= threshold);
  return (sample.scores[target] ?? 0) >= threshold;
}

function predictedNow(sample: TQualitySample, target: TQualityTarget): boolean {
  return target === "any" ? sample.flagged.length > 0 : sample.flagged.includes(target);
}

const ratio = (num: number, den: number) => (den === 0 ? null : num / den);

export function toPoint(
  threshold: number | null,
  tp: number,
  fp: number,
  fn: number,
  tn: number,
): TQualityPoint {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 =
    precision !== null && recall !== null && precision + recall > 0
      ? (2 * precision * recall) / (precision + recall)
      : null;
  return { threshold, tp, fp, fn, tn, precision, recall, f1 };
}

function confusion(
  labelled: Array<{ sample: TQualitySample; label: boolean }>,
  predict: (s: TQualitySample) => boolean,
  threshold: number | null,
): TQualityPoint {
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0;
  for (const { sample, label } of labelled) {
    const p = predict(sample);
    if (p && label) tp++;
    else if (p) fp++;
    else if (label) fn++;
    else tn++;
  }
  return toPoint(threshold, tp, fp, fn, tn);
}

export function computeQualityFor(
  samples: readonly TQualitySample[],
  target: TQualityTarget,
  currentThreshold: number | null,
  grid: readonly number[] = THRESHOLD_GRID,
): THarmQuality {
  const labelled: Array<{ sample: TQualitySample; label: boolean }> = [];
  let excluded = 0;
  for (const sample of samples) {
    const label = labelFor(sample, target);
    if (label === null) excluded++;
    else labelled.push({ sample, label });
  }
  const positives = labelled.filter((l) => l.label).length;
  return {
    harm: target,
    positives,
    negatives: labelled.length - positives,
    excluded,
    current: confusion(labelled, (s) => predictedNow(s, target), currentThreshold),
    curve: grid.map((t) => confusion(labelled, (s) => predictedAt(s, target, t), t)),
  };
}

/** One row per harm, then "any": flagged for anything vs. flagged or hidden for anything. */
export function computeTriageQuality(
  samples: readonly TQualitySample[],
  thresholds: Record<THarm, number>,
  grid: readonly number[] = THRESHOLD_GRID,
): THarmQuality[] {
  const rows = HARMS.map((harm) => computeQualityFor(samples, harm, thresholds[harm], grid));
  return [...rows, computeQualityFor(samples, "any", null, grid)];
}

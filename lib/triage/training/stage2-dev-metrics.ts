// Stage-2 training on dev rows: per-source weights, whether the data supports a head, per-source
// ROC-AUC, and the logit shift that puts the stacked score's best cut-off at the default threshold.

import { rocAuc } from "../model/training/metrics";
import type { THarm } from "../types";
import type { TTableRow } from "./table";

/** A source counts in per-source dev figures when it has this many rows of each class. */
export const MIN_SOURCE_CLASS = 10;
const hasBothClasses = (labels: number[]) =>
  labels.filter((y) => y === 1).length >= MIN_SOURCE_CLASS &&
  labels.filter((y) => y === 0).length >= MIN_SOURCE_CLASS;

/** Positives and negatives a harm needs among the embedded training rows and among the dev rows. */
export const MIN_TRAIN_CLASS = 30;
export const MIN_DEV_CLASS = 30;

/**
 * Source weight ∝ √(its rows); within a source the classes are reweighted to a `positiveShare`
 * of positives (0.5 = balanced; reweighting capped at 10×).
 */
export function balancedWeights(rows: TTableRow[], harm: THarm, positiveShare = 0.5): number[] {
  const tally = new Map<string, { pos: number; neg: number }>();
  for (const r of rows) {
    const t = tally.get(r.source) ?? { pos: 0, neg: 0 };
    if (r.labels[harm] === 1) t.pos += r.weight;
    else t.neg += r.weight;
    tally.set(r.source, t);
  }
  return rows.map((r) => {
    const t = tally.get(r.source)!;
    const total = t.pos + t.neg;
    const positive = r.labels[harm] === 1;
    const target = positive ? positiveShare : 1 - positiveShare;
    const balance = Math.min(10, Math.max(0.1, (target * total) / (positive ? t.pos : t.neg)));
    return (r.weight * balance) / Math.sqrt(total);
  });
}

/** Why a harm gets no head (too few positives or negatives), or null when the data supports one. */
export function supportOf(
  train: TTableRow[],
  dev: TTableRow[],
  harm: THarm,
  minTrain = MIN_TRAIN_CLASS,
  minDev = MIN_DEV_CLASS,
): string | null {
  const count = (rows: TTableRow[], y: number) => rows.filter((r) => r.labels[harm] === y).length;
  const tp = count(train, 1);
  const tn = count(train, 0);
  const dp = count(dev, 1);
  const dn = count(dev, 0);
  if (Math.min(tp, tn) < minTrain || Math.min(dp, dn) < minDev) {
    return `${tp}/${tn} training and ${dp}/${dn} dev positives/negatives; needs ${minTrain} and ${minDev} of each`;
  }
  return null;
}

export function perSourceAuc(
  rows: TTableRow[],
  harm: THarm,
  scores: number[],
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const source of new Set(rows.map((r) => r.source))) {
    const idx = rows.map((r, i) => (r.source === source ? i : -1)).filter((i) => i >= 0);
    const labels = idx.map((i) => rows[i].labels[harm] as number);
    if (hasBothClasses(labels))
      out[source] = Number(
        rocAuc(
          idx.map((i) => scores[i]),
          labels,
        ).toFixed(3),
      );
  }
  return out;
}

/** Mean of the per-source dev ROC-AUCs (each source with both classes weighs the same). */
export function meanSourceAuc(rows: TTableRow[], harm: THarm, scores: number[]): number {
  const per = Object.values(perSourceAuc(rows, harm, scores));
  return per.length ? per.reduce((a, b) => a + b, 0) / per.length : 0;
}

/** Binary macro-F1 (mean of the F1 of each class) of flags against labels. */
export function binaryMacroF1(flags: boolean[], labels: number[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  flags.forEach((p, i) => {
    if (p && labels[i]) tp++;
    else if (p) fp++;
    else if (labels[i]) fn++;
    else tn++;
  });
  const f = (a: number, b: number, c: number) => (a ? (2 * a) / (2 * a + b + c) : 0);
  return (f(tp, fp, fn) + f(tn, fn, fp)) / 2;
}

/** Mean per-source binary macro-F1 of flagging at `threshold` (sources with both classes, each weighing the same). */
export function meanSourceMacroF1(
  rows: TTableRow[],
  harm: THarm,
  threshold: number,
  scores: number[],
): number {
  const per: number[] = [];
  for (const source of new Set(rows.map((r) => r.source))) {
    const idx = rows.map((r, i) => (r.source === source ? i : -1)).filter((i) => i >= 0);
    const labels = idx.map((i) => rows[i].labels[harm] as number);
    if (hasBothClasses(labels))
      per.push(
        binaryMacroF1(
          idx.map((i) => scores[i] >= threshold),
          labels,
        ),
      );
  }
  return per.length ? per.reduce((a, b) => a + b, 0) / per.length : 0;
}

/** Share of harmful comments assumed when calibrating, as for the stage-1 heads (a real queue). */
export const CALIBRATION_POSITIVE_SHARE = 0.1;

/**
 * F1 of flagging at `threshold` on the dev rows pooled over sources, each source with both classes
 * weighing the same and its classes reweighted to CALIBRATION_POSITIVE_SHARE of positives.
 */
export function queueF1(
  rows: TTableRow[],
  harm: THarm,
  threshold: number,
  scores: number[],
): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const source of new Set(rows.map((r) => r.source))) {
    const idx = rows.map((r, i) => (r.source === source ? i : -1)).filter((i) => i >= 0);
    const labels = idx.map((i) => rows[i].labels[harm] as number);
    if (!hasBothClasses(labels)) continue;
    const pos = labels.filter((y) => y === 1).length;
    const wPos = CALIBRATION_POSITIVE_SHARE / pos;
    const wNeg = (1 - CALIBRATION_POSITIVE_SHARE) / (labels.length - pos);
    idx.forEach((i, k) => {
      const flagged = scores[i] >= threshold;
      if (flagged && labels[k]) tp += wPos;
      else if (flagged) fp += wNeg;
      else if (labels[k]) fn += wPos;
    });
  }
  return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
}

/**
 * The logit shift (−3…3, steps of 0.05) added to a stacker's bias so that the default threshold is
 * the best cut-off on dev by queueF1 (the stage-1 heads' convention: every source weighing the
 * same, a 10 % share of harmful comments). `scoreAt(shift)` gives the final scores with that shift.
 */
export function bestShift(
  rows: TTableRow[],
  harm: THarm,
  threshold: number,
  scoreAt: (shift: number) => number[],
): { shift: number; f1: number } {
  let best = { shift: 0, f1: queueF1(rows, harm, threshold, scoreAt(0)) };
  for (let k = -60; k <= 60; k++) {
    const shift = k / 20;
    const f1 = queueF1(rows, harm, threshold, scoreAt(shift));
    if (f1 > best.f1 + 1e-9) best = { shift, f1 };
  }
  return best;
}

/**
 * The one-standard-error rule for choosing between a simple and a more complex head from their
 * per-source dev ROC-AUCs (sources both have): keep the complex one only when its mean gain over
 * the sources exceeds the standard error of those gains. A gain smaller than the spread between
 * sources is as likely to be the complex head fitting the dev sources' own style, and the simpler
 * head transfers better to text unlike any dev source (news reader comments).
 */
export function oneStandardErrorChoice(
  simple: Record<string, number>,
  complex: Record<string, number>,
): { pick: "simple" | "complex"; gain: number; se: number } {
  const gains = Object.keys(simple)
    .filter((s) => complex[s] !== undefined)
    .map((s) => complex[s] - simple[s]);
  if (!gains.length) return { pick: "simple", gain: 0, se: 0 };
  const gain = gains.reduce((a, b) => a + b, 0) / gains.length;
  const variance =
    gains.length > 1
      ? gains.reduce((a, g) => a + (g - gain) ** 2, 0) / (gains.length - 1)
      : gain ** 2;
  const se = Math.sqrt(variance / gains.length);
  return { pick: gain > se ? "complex" : "simple", gain, se };
}

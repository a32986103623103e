// HateXplain 3-class (normal / offensive / hatespeech) on the half of the validation file the
// model never trained on. Score → class: hate ≥ t1 → hatespeech; else max(hate, harassment,
// profanity) ≥ t2 → offensive; else normal. Reported twice: with the engine's default flag
// thresholds (t1 = hate threshold, t2 = harassment threshold: nothing tuned), and with t1, t2
// chosen by 2-fold cross-fitting inside the eval half (each fold's thresholds are picked on the
// other fold), so no figure comes from thresholds tuned on the posts it is measured on.

import type { TTriageEngine } from "../engine";
import { loadHateXplain } from "../model/training/datasets";
import { macroF1 } from "../model/training/metrics";
import { hateXplainSplit } from "../model/training/splits";
import { hashString } from "../text/hash";

const CLASSES = ["normal", "offensive", "hatespeech"];

type TRow = { gold: string; hate: number; offensive: number; fold: number };

export type THateXplainResult = {
  posts: number;
  defaults: { macroF1: number; accuracy: number; t1: number; t2: number };
  crossFitted: { macroF1: number; accuracy: number; folds: Array<{ t1: number; t2: number }> };
};

const classify = (r: TRow, t1: number, t2: number) =>
  r.hate >= t1 ? "hatespeech" : r.offensive >= t2 ? "offensive" : "normal";

function bestThresholds(rows: TRow[]): { t1: number; t2: number } {
  let best = { t1: 0.5, t2: 0.5, f1: -1 };
  for (let t1 = 0.1; t1 <= 0.95; t1 += 0.025) {
    for (let t2 = 0.05; t2 <= 0.95; t2 += 0.025) {
      const { macroF1: f1 } = macroF1(
        rows.map((r) => r.gold),
        rows.map((r) => classify(r, t1, t2)),
        CLASSES,
      );
      if (f1 > best.f1) best = { t1, t2, f1 };
    }
  }
  return { t1: Number(best.t1.toFixed(3)), t2: Number(best.t2.toFixed(3)) };
}

export function evaluateHateXplain(engine: TTriageEngine, file: string): THateXplainResult {
  const rows: TRow[] = [];
  for (const post of loadHateXplain(file)) {
    if (hateXplainSplit(post.id) !== "eval") continue;
    const s = engine.score({ text: post.text }).scores;
    rows.push({
      gold: post.label,
      hate: s.hate,
      offensive: Math.max(s.hate, s.harassment, s.profanity),
      fold: (hashString(`fold:${post.id}`) >>> 0) % 2,
    });
  }
  const t1 = engine.thresholds.hate;
  const t2 = engine.thresholds.harassment;
  const plain = macroF1(
    rows.map((r) => r.gold),
    rows.map((r) => classify(r, t1, t2)),
    CLASSES,
  );
  const folds = [0, 1].map((f) => bestThresholds(rows.filter((r) => r.fold !== f)));
  const predicted = rows.map((r) => classify(r, folds[r.fold].t1, folds[r.fold].t2));
  const crossed = macroF1(
    rows.map((r) => r.gold),
    predicted,
    CLASSES,
  );
  return {
    posts: rows.length,
    defaults: { macroF1: plain.macroF1, accuracy: plain.accuracy, t1, t2 },
    crossFitted: { macroF1: crossed.macroF1, accuracy: crossed.accuracy, folds },
  };
}

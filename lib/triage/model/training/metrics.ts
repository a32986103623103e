// Measures used by `vigil train` and `vigil eval`: ROC AUC, F1 at a threshold and the best one,
// macro-F1, and the SemEval-2021 Task 5 character-offset F1 of a post.

export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const idx = Array.from({ length: scores.length }, (_, i) => i).sort(
    (a, b) => scores[a] - scores[b],
  );
  let pos = 0;
  let neg = 0;
  let rankSum = 0;
  let i = 0;
  while (i < idx.length) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]] === scores[idx[i]]) j++;
    const avgRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (labels[idx[k]]) {
        pos++;
        rankSum += avgRank;
      } else neg++;
    }
    i = j + 1;
  }
  if (pos === 0 || neg === 0) return NaN;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

export function f1At(
  scores: ArrayLike<number>,
  labels: ArrayLike<number>,
  threshold: number,
  weights?: ArrayLike<number>,
): { precision: number; recall: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < scores.length; i++) {
    const w = weights ? weights[i] : 1;
    const predicted = scores[i] >= threshold;
    if (predicted && labels[i]) tp += w;
    else if (predicted) fp += w;
    else if (labels[i]) fn += w;
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  return {
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
  };
}

/** The threshold (on a 0.01 grid) with the best F1. */
export function bestThreshold(
  scores: ArrayLike<number>,
  labels: ArrayLike<number>,
  weights?: ArrayLike<number>,
): { threshold: number; f1: number } {
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.02; t < 0.99; t += 0.01) {
    const { f1 } = f1At(scores, labels, t, weights);
    if (f1 > best.f1) best = { threshold: Number(t.toFixed(2)), f1 };
  }
  return best;
}

export function macroF1(
  gold: string[],
  predicted: string[],
  classes: string[],
): { macroF1: number; accuracy: number; perClass: Record<string, number> } {
  const perClass: Record<string, number> = {};
  let correct = 0;
  for (let i = 0; i < gold.length; i++) if (gold[i] === predicted[i]) correct++;
  for (const c of classes) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      if (predicted[i] === c && gold[i] === c) tp++;
      else if (predicted[i] === c) fp++;
      else if (gold[i] === c) fn++;
    }
    perClass[c] = tp > 0 ? (2 * tp) / (2 * tp + fp + fn) : 0;
  }
  const macro = classes.reduce((s, c) => s + perClass[c], 0) / classes.length;
  return { macroF1: macro, accuracy: gold.length ? correct / gold.length : 0, perClass };
}

/** SemEval-2021 Task 5: F1 of predicted vs gold character offsets; both empty counts as 1. */
export function spanF1(predicted: ReadonlySet<number>, gold: ReadonlySet<number>): number {
  if (gold.size === 0) return predicted.size === 0 ? 1 : 0;
  if (predicted.size === 0) return 0;
  let tp = 0;
  for (const c of predicted) if (gold.has(c)) tp++;
  if (tp === 0) return 0;
  const precision = tp / predicted.size;
  const recall = tp / gold.size;
  return (2 * precision * recall) / (precision + recall);
}

export function charsOf(spans: ReadonlyArray<{ start: number; end: number }>): Set<number> {
  const set = new Set<number>();
  for (const s of spans) for (let c = s.start; c < s.end; c++) set.add(c);
  return set;
}

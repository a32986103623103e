// How the analyzers' opinions become one result: per-harm scores, flags against thresholds,
// merged evidence spans and the queue priority.

import { HARMS, type THarm, type THarmScores, type TSpan } from "./types";

export { DEFAULT_THRESHOLDS } from "./thresholds";

/** How bad each harm is when certain: the weights of the priority. */
export const SEVERITY: Readonly<THarmScores> = {
  threat: 1,
  hate: 0.95,
  extremism: 0.9,
  harassment: 0.65,
  misinformation: 0.6,
  profanity: 0.3,
};

export type TAnalyzerOpinion = { scores: Partial<THarmScores>; modifiers?: Partial<THarmScores> };

/**
 * Per harm, a noisy-OR of the analyzers, each first scaled by the other analyzers' modifiers:
 *   score[h] = 1 − Π_a (1 − s_a[h] · Π_{b≠a} mod_b[h])
 * Independent evidence adds up (a term hit plus a confident model beats either alone) and the
 * result stays in [0, 1]. Modifiers let the context-aware terms analyzer damp the bag-of-words
 * model on negated, condemned or quoted hate.
 */
export function combineScores(opinions: TAnalyzerOpinion[]): THarmScores {
  const scores = {} as THarmScores;
  for (const h of HARMS) {
    let keep = 1;
    for (let a = 0; a < opinions.length; a++) {
      let s = clamp(opinions[a].scores[h] ?? 0);
      if (s === 0) continue;
      for (let b = 0; b < opinions.length; b++) {
        const m = opinions[b].modifiers?.[h];
        if (b !== a && m !== undefined) s *= clamp(m);
      }
      keep *= 1 - s;
    }
    scores[h] = clamp(1 - keep);
  }
  return scores;
}

/**
 * Priority 0..100, the queue order. Severity-weighted noisy-OR of the scores:
 *   priority = round(100 · (1 − Π_h (1 − severity[h] · score[h])))
 * A certain threat gives 100, certain hate 95, extremism 90, harassment 65, misinformation 60,
 * profanity 30; several harms together rank above any one of them.
 */
export function computePriority(scores: THarmScores): number {
  let keep = 1;
  for (const h of HARMS) keep *= 1 - SEVERITY[h] * clamp(scores[h]);
  return Math.round(100 * (1 - keep));
}

export function flaggedHarms(scores: THarmScores, thresholds: Readonly<THarmScores>): THarm[] {
  return HARMS.filter((h) => scores[h] >= thresholds[h]).sort((a, b) => scores[b] - scores[a]);
}

/** Overlapping spans of one harm become one span (first reason kept, a second distinct one appended). */
export function mergeSpans(spans: TSpan[]): TSpan[] {
  // One stable sort by harm, then position, and one pass: no per-harm lists (stage 1 merges every
  // comment's spans).
  const sorted = spans
    .filter((s) => s.end > s.start)
    .sort((a, b) => byCategory(a, b) || a.start - b.start || b.end - a.end);
  const out: TSpan[] = [];
  let current: TSpan | null = null;
  for (const s of sorted) {
    if (current && current.category === s.category && s.start < current.end) {
      current.end = Math.max(current.end, s.end);
      if (!current.reason.includes(s.reason) && !current.reason.includes(";"))
        current.reason += `; ${s.reason}`;
    } else {
      current = { ...s };
      out.push(current);
    }
  }
  return out.sort(
    (a, b) => a.start - b.start || a.end - b.end || a.category.localeCompare(b.category),
  );
}

const byCategory = (a: TSpan, b: TSpan) =>
  a.category === b.category ? 0 : a.category < b.category ? -1 : 1;

export function clamp(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

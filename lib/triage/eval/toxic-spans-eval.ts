// Toxic-spans character F1 on the SemEval-2021 Task 5 trial split, the official way: per-post F1
// of predicted vs gold character offsets (both empty = 1), averaged over posts. The engine's merged
// spans, and each analyzer's (the span tagger's included) alone.

import type { TTriageEngine } from "../engine";
import { loadToxicSpans } from "../model/training/datasets";
import { charsOf, spanF1 } from "../model/training/metrics";
import { MODEL_ANALYZER_NAME } from "../model/analyzer";
import { SPAN_TAGGER_NAME } from "../spans/tagger";
import type { TSpan } from "../types";

export type TSpanEvalResult = { posts: number; f1: number; byAnalyzer: Record<string, number> };

export function evaluateToxicSpans(engine: TTriageEngine, file: string): TSpanEvalResult {
  const posts = loadToxicSpans(file);
  let total = 0;
  const perAnalyzer = new Map<string, number>();
  const tagged = engine.analyzers.some((a) => a.name === SPAN_TAGGER_NAME);
  for (const post of posts) {
    const result = engine.score({ text: post.text });
    const gold = new Set(post.spans);
    total += spanF1(charsOf(result.spans), gold);
    for (const a of result.analyzers) {
      // With the tagger the model's spans are dropped from the result: "model alone" would read 0.
      if (a.name === MODEL_ANALYZER_NAME && tagged) continue;
      perAnalyzer.set(
        a.name,
        (perAnalyzer.get(a.name) ?? 0) + spanF1(charsOf(a.spans as TSpan[]), gold),
      );
    }
  }
  const n = posts.length || 1;
  return {
    posts: posts.length,
    f1: total / n,
    byAnalyzer: Object.fromEntries([...perAnalyzer].map(([k, v]) => [k, v / n])),
  };
}

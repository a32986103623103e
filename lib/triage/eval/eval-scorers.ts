// What `vigil eval` measures: a scorer turns a list of texts into triage results. Stage 1 is the
// synchronous engine; stage 2 adds the encoder and stacker (vectors from the on-disk cache when
// one is given, so re-evaluation does not re-embed thousands of comments).

import type { TTriageEngine } from "../engine";
import { loadStage2Scorer, type TStage2Options } from "../stage2";
import type { THarmScores, TTriageResult } from "../types";

export type TEvalScorer = {
  name: string;
  thresholds: Readonly<THarmScores>;
  scoreTexts(texts: string[]): Promise<TTriageResult[]>;
};

export function stage1EvalScorer(name: string, engine: TTriageEngine): TEvalScorer {
  return {
    name,
    thresholds: engine.thresholds,
    scoreTexts: async (texts) => texts.map((text) => engine.score({ text })),
  };
}

export async function stage2EvalScorer(
  name: string,
  engine: TTriageEngine,
  opts: Omit<TStage2Options, "engine"> & { occlusion?: boolean } = {},
): Promise<TEvalScorer> {
  const scorer = await loadStage2Scorer({
    ...opts,
    engine,
    thresholds: { ...engine.thresholds, ...opts.thresholds },
  });
  return {
    name,
    thresholds: { ...engine.thresholds, ...opts.thresholds },
    async scoreTexts(texts) {
      const out: TTriageResult[] = [];
      for (let i = 0; i < texts.length; i += 2000) {
        const items = texts
          .slice(i, i + 2000)
          .map((text) => ({ input: { text }, stage1: engine.score({ text }) }));
        out.push(...(await scorer.scoreBatch(items)));
      }
      return out;
    },
  };
}

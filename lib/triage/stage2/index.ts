// Stage 2 of triage: the sentence encoder (USE lite) with per-harm heads, stacked with stage 1
// (n-gram model, terms analyzer and its context signals) by weights learned on dev data. Runs in
// batches in the background; refines scores, flags, spans (+ occlusion evidence), claims, priority.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { computePriority, DEFAULT_THRESHOLDS, flaggedHarms, mergeSpans } from "../combine";
import { loadDefaultEngine } from "../default-engine";
import { embedTexts, ENCODER_NAME, loadEncoder } from "../encoder/sentence-encoder";
import { applyRerankedClaims } from "../factcheck/apply-reranked-claims";
import type { TTriageEngine } from "../engine";
import { MAX_ANALYZED_CHARS } from "../text/doc";
import type {
  TAnalyzerInput,
  TClaimReranker,
  THarm,
  THarmScores,
  TSpan,
  TTriageResult,
} from "../types";
import { decodeStage2Model, embeddingHeadLogit, type TStage2Model } from "./model-file";
import { occlusionSpans, planOcclusion } from "./occlusion";
import {
  frameModifier,
  stackedScore,
  stackFeatures,
  stage1View,
  type TStage1View,
} from "./stack-features";

export type TStage2Scorer = {
  version: string;
  /** Refines stage-1 results in one batch: scores, flagged, spans (+ occlusion evidence), claims, priority; stage = 2. */
  scoreBatch(
    items: Array<{ input: TAnalyzerInput; stage1: TTriageResult }>,
  ): Promise<TTriageResult[]>;
};

export type TStage2Options = {
  thresholds?: Partial<THarmScores>;
  claimReranker?: TClaimReranker;
  /** The stage-1 engine used when a stage-1 result lacks the terms analyzer's signals (default: shipped engine). */
  engine?: TTriageEngine;
  /** A model other than the shipped file (training, tests). */
  model?: TStage2Model | null;
  /** Where vectors come from (default: the encoder; evaluation passes its on-disk cache). */
  embed?: (texts: string[]) => Promise<Float32Array[]>;
  /** Occlusion evidence for flagged comments (default on; evaluation of scores turns it off). */
  occlusion?: boolean;
};

export const STAGE2_MODEL_RELATIVE = "lib/triage/stage2/stage2-model.json";
const BATCH = 64;

export function resolveStage2ModelPath(): string | null {
  const candidates: string[] = [];
  try {
    candidates.push(fileURLToPath(new URL("./stage2-model.json", import.meta.url)));
  } catch {
    // Bundled: import.meta.url is not a file URL.
  }
  candidates.push(path.join(process.cwd(), STAGE2_MODEL_RELATIVE));
  return candidates.find((p) => existsSync(p)) ?? null;
}

let cachedModel: TStage2Model | null | undefined;
export function loadStage2Model(): TStage2Model | null {
  if (cachedModel === undefined) {
    const file = resolveStage2ModelPath();
    // Read at run time from the repository; the bundler need not trace the project for it.
    cachedModel = file
      ? decodeStage2Model(JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, "utf8")))
      : null;
  }
  return cachedModel;
}

/** One harm's stage-2 score for one text, given its vector and stage-1 view. */
function harmScore(
  model: TStage2Model,
  harm: THarm,
  vector: Float32Array,
  view: TStage1View,
): number | null {
  const head = model.heads.find((h) => h.harm === harm);
  const stacker = model.stackers.find((s) => s.harm === harm);
  if (!head || !stacker) return null;
  const x = stackFeatures(harm, embeddingHeadLogit(head, vector), view);
  return stackedScore(
    stacker.weights,
    stacker.bias,
    x,
    view.terms[harm] ?? 0,
    frameModifier(harm, view),
  );
}

export async function loadStage2Scorer(opts: TStage2Options = {}): Promise<TStage2Scorer> {
  const model = opts.model === undefined ? loadStage2Model() : opts.model;
  const engine = opts.engine ?? loadDefaultEngine();
  const thresholds: THarmScores = { ...DEFAULT_THRESHOLDS, ...opts.thresholds };
  if (model && !opts.embed) await loadEncoder();
  const embed = opts.embed ?? ((texts: string[]) => embedTexts(texts, BATCH));
  const version = `stage2@${model ? model.version : "none"}+${model ? ENCODER_NAME : "no-encoder"}`;
  const stacked: THarm[] = model
    ? model.stackers.map((s) => s.harm).filter((h) => model.heads.some((x) => x.harm === h))
    : [];

  const viewOf = (input: TAnalyzerInput, stage1: TTriageResult): TStage1View =>
    stage1View(stage1) ?? stage1View(engine.score(input))!;

  async function scoreBatch(
    items: Array<{ input: TAnalyzerInput; stage1: TTriageResult }>,
  ): Promise<TTriageResult[]> {
    const texts = items.map((it) =>
      typeof it.input?.text === "string" ? it.input.text.slice(0, MAX_ANALYZED_CHARS) : "",
    );
    const views = items.map((it, i) => viewOf({ ...it.input, text: texts[i] }, it.stage1));
    const vectors = model && stacked.length ? await embed(texts) : [];
    const results: TTriageResult[] = items.map((it, i) => {
      const scores: THarmScores = { ...it.stage1.scores };
      const own: Partial<THarmScores> = {};
      if (model && texts[i].trim()) {
        for (const h of stacked) {
          const s = harmScore(model, h, vectors[i], views[i]);
          if (s !== null) scores[h] = own[h] = Math.round(s * 1e4) / 1e4;
        }
      }
      return {
        ...it.stage1,
        scores,
        flagged: flaggedHarms(scores, thresholds),
        priority: computePriority(scores),
        analyzers: [
          ...it.stage1.analyzers.filter((a) => a.name !== "stage2"),
          { name: "stage2", version, scores: own, spans: [] },
        ],
        stage: 2 as const,
      };
    });
    if (model && opts.occlusion !== false)
      await addOcclusionEvidence(model, stacked, texts, results, thresholds);
    if (opts.claimReranker) await rerankClaims(opts.claimReranker, texts, results, thresholds);
    return results;
  }

  /** Words whose removal lowers a stage-2-flagged harm most, every probe text embedded once for the whole call. */
  async function addOcclusionEvidence(
    m: TStage2Model,
    harms: THarm[],
    texts: string[],
    results: TTriageResult[],
    th: THarmScores,
  ) {
    const targets = results.flatMap((r, i) =>
      harms
        .filter((harm) => r.scores[harm] >= th[harm])
        .map((harm) => ({ item: i, harm, salient: r.spans.filter((s) => s.category === harm) })),
    );
    const { probes, jobs } = planOcclusion(texts, targets);
    if (!probes.length) return;
    const vectors = await embed(probes);
    const views = probes.map((p) => stage1View(engine.score({ text: p }))!);
    const score = (probe: number, harm: THarm) =>
      harmScore(m, harm, vectors[probe], views[probe]) ?? 0;
    for (const job of jobs) {
      const r = results[job.item];
      const spans: TSpan[] = occlusionSpans(
        job.harm,
        job.base.map((b) => (b === null ? r.scores[job.harm] : score(b, job.harm))),
        job.words,
        job.without.map((w) => score(w, job.harm)),
      );
      if (!spans.length) continue;
      r.spans = mergeSpans([...r.spans, ...spans]);
      const mine = r.analyzers.find((a) => a.name === "stage2");
      if (mine) mine.spans = mine.spans.concat(spans);
    }
  }
  return { version, scoreBatch };
}

async function rerankClaims(
  reranker: TClaimReranker,
  texts: string[],
  results: TTriageResult[],
  thresholds: THarmScores,
): Promise<void> {
  const idx = results.map((r, i) => (r.claims.length ? i : -1)).filter((i) => i >= 0);
  if (!idx.length) return;
  const ranked = await reranker.rerank(
    idx.map((i) => ({ text: texts[i], candidates: results[i].claims })),
  );
  idx.forEach((i, k) => {
    if (Array.isArray(ranked[k]))
      results[i] = applyRerankedClaims(results[i], ranked[k], thresholds);
  });
}

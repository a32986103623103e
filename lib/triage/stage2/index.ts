// Stage 2 of triage: the sentence encoder (USE lite) with per-harm heads, stacked with stage 1
// (n-gram model, terms analyzer and its context signals) by weights learned on dev data. Runs in
// batches in the background; refines scores, flags, spans (+ occlusion evidence), claims, priority.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { computePriority, DEFAULT_THRESHOLDS, flaggedHarms, mergeSpans } from "../combine";
import { loadDefaultEngine } from "../default-engine";
import {
  embedTexts,
  ENCODER_MAX_TOKENS,
  ENCODER_NAME,
  loadEncoder,
  loadTokenCounter,
} from "../encoder/sentence-encoder";
import { planWindows, poolWindowLogits, type TTextWindow } from "../encoder/windows";
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
import { attachNegationProbes, negationFlip, planNegationProbes } from "./negation";
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
  /** How a text over the encoder's 128 tokens is read (default DEFAULT_WINDOW_POOL). */
  windows?: TWindowPool;
  /** Token counter for windowing (default: the encoder's tokenizer). */
  countTokens?: (text: string) => number;
  /** Negation flip probe (negation.ts; default on; off to measure without it). */
  negation?: boolean;
};

/**
 * "truncate": the encoder's first 128 tokens only; otherwise the text is cut into windows of
 * ≤ 128 tokens at sentence boundaries (encoder/windows.ts) and the head's logit is the windows'
 * mean, the highest, or the mean of the two highest. A text that fits is one window, scored
 * exactly as before. "mean" ships: on long dev comments and SFU it ranked best, "max" worst (a
 * long comment's highest window is high by chance alone); see README.
 */
export type TWindowPool = "truncate" | "max" | "top2" | "mean";
export const DEFAULT_WINDOW_POOL: TWindowPool = "mean";

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

/** One harm's stage-2 score for one text, given its windows' vectors (pooled head logits) and stage-1 view; `top` is the window read most harmful. */
function harmScore(
  model: TStage2Model,
  harm: THarm,
  vectors: Float32Array[],
  view: TStage1View,
  pool: TWindowPool = "max",
): { score: number; top: number } | null {
  const head = model.heads.find((h) => h.harm === harm);
  const stacker = model.stackers.find((s) => s.harm === harm);
  if (!head || !stacker) return null;
  const logits = vectors.map((v) => embeddingHeadLogit(head, v));
  const top = logits.indexOf(Math.max(...logits));
  const pooled = poolWindowLogits(logits, pool === "truncate" ? "max" : pool);
  const x = stackFeatures(harm, pooled, view);
  const neg = view.negation ? embeddingHeadLogit(head, view.negation.vector) : null;
  const flip = negationFlip(harm, pooled, neg, view);
  const score = stackedScore(
    stacker.weights,
    stacker.bias,
    x,
    view.terms[harm] ?? 0,
    frameModifier(harm, view) * flip.frame,
    flip.shift,
  );
  return { score, top };
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

  const pool = opts.windows ?? DEFAULT_WINDOW_POOL;
  let countTokens = opts.countTokens;
  /** The windows each text is read in; below 128 characters a text cannot pass 128 tokens. */
  async function windowsOf(texts: string[]): Promise<TTextWindow[][]> {
    const whole = (t: string) => [{ start: 0, end: t.length }];
    if (pool === "truncate") return texts.map(whole);
    if (texts.some((t) => t.length >= ENCODER_MAX_TOKENS)) countTokens ??= await loadTokenCounter();
    return texts.map((t) =>
      t.length < ENCODER_MAX_TOKENS ? whole(t) : planWindows(t, countTokens!, ENCODER_MAX_TOKENS),
    );
  }
  /** Vectors per text and window, every window of the batch (and the `extra` probe texts) embedded in one call. */
  async function embedWindows(texts: string[], windows: TTextWindow[][], extra: string[] = []) {
    const flat = windows.flatMap((ws, i) =>
      ws.map((w) => (ws.length === 1 ? texts[i] : texts[i].slice(w.start, w.end))),
    );
    const vectors = flat.length + extra.length ? await embed([...flat, ...extra]) : [];
    let at = 0;
    return [windows.map((ws) => ws.map(() => vectors[at++])), vectors.slice(flat.length)] as const;
  }

  const viewOf = (input: TAnalyzerInput, stage1: TTriageResult): TStage1View =>
    stage1View(stage1) ?? stage1View(engine.score(input))!;

  async function scoreBatch(
    items: Array<{ input: TAnalyzerInput; stage1: TTriageResult }>,
  ): Promise<TTriageResult[]> {
    const texts = items.map((it) =>
      typeof it.input?.text === "string" ? it.input.text.slice(0, MAX_ANALYZED_CHARS) : "",
    );
    const views = items.map((it, i) => viewOf({ ...it.input, text: texts[i] }, it.stage1));
    const windows = model && stacked.length ? await windowsOf(texts) : [];
    const negation = model && stacked.length && opts.negation !== false;
    const plan = negation ? planNegationProbes(texts, views) : null;
    const [vectors, probeVectors] = await embedWindows(texts, windows, plan?.probes);
    if (plan)
      attachNegationProbes(plan, texts, views, probeVectors, (t) =>
        viewOf({ text: t }, engine.score({ text: t })),
      );
    /** Per text and harm, the window read most harmful (texts read in more than one window). */
    const tops: Array<Partial<Record<THarm, TTextWindow>>> = texts.map(() => ({}));
    const results: TTriageResult[] = items.map((it, i) => {
      const scores: THarmScores = { ...it.stage1.scores };
      const own: Partial<THarmScores> = {};
      if (model && texts[i].trim()) {
        for (const h of stacked) {
          const s = harmScore(model, h, vectors[i], views[i], pool);
          if (s === null) continue;
          scores[h] = own[h] = Math.round(s.score * 1e4) / 1e4;
          if (windows[i].length > 1) tops[i][h] = windows[i][s.top];
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
      await addOcclusionEvidence(model, stacked, texts, results, thresholds, tops);
    if (opts.claimReranker)
      await rerankClaims(
        opts.claimReranker,
        texts,
        items.map((it) => it.input?.context?.postedAt ?? null),
        results,
        thresholds,
      );
    return results;
  }

  /** Words whose removal lowers a stage-2-flagged harm most, every probe text embedded once for the whole call. */
  async function addOcclusionEvidence(
    m: TStage2Model,
    harms: THarm[],
    texts: string[],
    results: TTriageResult[],
    th: THarmScores,
    tops: Array<Partial<Record<THarm, TTextWindow>>>,
  ) {
    // A text read in windows is occluded within the window that scored highest.
    const targets = results.flatMap((r, i) =>
      harms
        .filter((harm) => r.scores[harm] >= th[harm])
        .map((harm) => ({
          item: i,
          harm,
          salient: r.spans.filter((s) => s.category === harm),
          scope: tops[i][harm],
        })),
    );
    const { probes, jobs } = planOcclusion(texts, targets);
    if (!probes.length) return;
    const vectors = await embed(probes);
    const views = probes.map((p) => stage1View(engine.score({ text: p }))!);
    const score = (probe: number, harm: THarm) =>
      harmScore(m, harm, [vectors[probe]], views[probe])?.score ?? 0;
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
  dates: Array<string | Date | null>,
  results: TTriageResult[],
  thresholds: THarmScores,
): Promise<void> {
  const idx = results.map((r, i) => (r.claims.length ? i : -1)).filter((i) => i >= 0);
  if (!idx.length) return;
  const ranked = await reranker.rerank(
    idx.map((i) => ({ text: texts[i], candidates: results[i].claims, date: dates[i] })),
  );
  idx.forEach((i, k) => {
    if (Array.isArray(ranked[k]))
      results[i] = applyRerankedClaims(results[i], ranked[k], thresholds);
  });
}

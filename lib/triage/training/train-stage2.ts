// `vigil train`, stage 2: per-harm heads over the sentence encoder's vectors (training rows of the
// table), then per-harm stackers learned on the dev rows over the head, the n-gram model, the terms
// analyzer and its context signals. The encoder stays frozen; vectors come from the on-disk cache.

import type { TTriageEngine } from "../engine";
import { ENCODER_DIM, ENCODER_NAME } from "../encoder/sentence-encoder";
import { rocAuc } from "../model/training/metrics";
import { embeddingHeadLogit, type TEmbeddingHead, type TStacker, type TStage2Model } from "../stage2/model-file";
import { STACK_FEATURES, stackFeatures, stage1View } from "../stage2/stack-features";
import type { THarm } from "../types";
import { embeddingPlan, embeddingText } from "./embed-plan";
import { EmbeddingCache } from "./embedding-cache";
import { fitLogistic, fitMlp, type TDenseData } from "./fit-dense";
import type { TTableRow } from "./table";

/** Harms stage 2 tries; a harm gets a head and a stacker only when the data supports one. */
export const STAGE2_HARMS: readonly THarm[] = ["hate", "harassment", "threat", "profanity"];
/** Positives and negatives a harm needs among the embedded training rows and among the dev rows. */
export const MIN_TRAIN_CLASS = 30;
export const MIN_DEV_CLASS = 30;

export type TStage2TrainOptions = {
  rows: TTableRow[];
  /** The stage-1 engine the stacker reads (with the freshly trained n-gram model). */
  engine: TTriageEngine;
  cache?: EmbeddingCache;
  /** "auto" (default) fits both a logistic and a small-MLP head and keeps the better on dev (mean per-source ROC-AUC). */
  headKind?: "logistic" | "mlp" | "auto";
  /** Shipped heads to start from and pull toward (fine-tuning on moderators' decisions alone). */
  prior?: TStage2Model | null;
  /** Use only rows whose vectors are already cached (experiments while another process embeds). */
  cachedOnly?: boolean;
  log?: (s: string) => void;
};

/** Each source weighs the same in total; within a source the classes are balanced (capped at 10×). */
function balancedWeights(rows: TTableRow[], harm: THarm): number[] {
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
    const share = r.labels[harm] === 1 ? t.pos : t.neg;
    const balance = Math.min(10, Math.max(0.1, total / (2 * share)));
    return (r.weight * balance) / Math.sqrt(total);
  });
}

/** Why a harm gets no head (too few positives or negatives), or null when the data supports one. */
function supportOf(train: TTableRow[], dev: TTableRow[], harm: THarm, minTrain = MIN_TRAIN_CLASS, minDev = MIN_DEV_CLASS): string | null {
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

/** Mean of the per-source dev ROC-AUCs (each source with both classes weighs the same). */
export function meanSourceAuc(rows: TTableRow[], harm: THarm, scores: number[]): number {
  const per = Object.values(perSourceAuc(rows, harm, scores));
  return per.length ? per.reduce((a, b) => a + b, 0) / per.length : 0;
}

type THeadChoice = { kind: "logistic" | "mlp"; devMeanAuc: Record<string, number> };

/** Fits the head(s) asked for; with "auto", both kinds, keeping the one with the higher mean per-source dev AUC. */
export function fitHead(harm: THarm, data: TDenseData, dev: TTableRow[], devX: Float32Array[], kind: "logistic" | "mlp" | "auto", prior: TStage2Model | null, log: (s: string) => void): { head: TEmbeddingHead; choice: THeadChoice } {
  const candidates: Array<{ kind: "logistic" | "mlp"; head: TEmbeddingHead }> = [];
  if (kind !== "mlp") {
    const p = prior?.heads.find((h) => h.harm === harm && !h.hidden);
    const m = fitLogistic(data, { l2: p ? 1e-2 : 1e-4, epochs: 400, lr: 0.02, ...(p ? { prior: p } : {}) });
    candidates.push({ kind: "logistic", head: { harm, bias: m.bias, weights: Float32Array.from(m.weights) } });
  }
  if (kind !== "logistic") {
    const m = fitMlp(data, { hidden: 32, epochs: 30 });
    candidates.push({ kind: "mlp", head: { harm, bias: m.b2, weights: m.w2, hidden: { w1: m.w1, b1: m.b1, units: m.units } } });
  }
  const devMeanAuc: Record<string, number> = {};
  let best = candidates[0];
  for (const c of candidates) {
    devMeanAuc[c.kind] = Number(meanSourceAuc(dev, harm, devX.map((x) => embeddingHeadLogit(c.head, x))).toFixed(4));
    if (devMeanAuc[c.kind] > devMeanAuc[best.kind]) best = c;
  }
  log(`    head kind: ${best.kind} (mean per-source dev ROC-AUC ${JSON.stringify(devMeanAuc)})`);
  return { head: best.head, choice: { kind: best.kind, devMeanAuc } };
}

function perSourceAuc(rows: TTableRow[], harm: THarm, scores: number[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const source of new Set(rows.map((r) => r.source))) {
    const idx = rows.map((r, i) => (r.source === source ? i : -1)).filter((i) => i >= 0);
    const labels = idx.map((i) => rows[i].labels[harm] as number);
    if (labels.some((y) => y === 1) && labels.some((y) => y === 0)) out[source] = Number(rocAuc(idx.map((i) => scores[i]), labels).toFixed(3));
  }
  return out;
}

export async function trainStage2(opts: TStage2TrainOptions): Promise<TStage2Model> {
  const log = opts.log ?? (() => {});
  const cache = opts.cache ?? new EmbeddingCache();
  const plan = embeddingPlan(opts.rows).filter((r) => !opts.cachedOnly || cache.get(embeddingText(r.text)) !== null);
  log(`stage 2: ${plan.length} rows get encoder vectors (${plan.filter((r) => r.split === "dev").length} dev)`);
  const vectors = await cache.embedAll(plan.map((r) => embeddingText(r.text)), log);
  const vec = new Map(plan.map((r, i) => [r, vectors[i]]));
  const heads: TEmbeddingHead[] = [];
  const stackers: TStacker[] = [];
  const meta: Record<string, unknown> = { rows: plan.length, devRows: plan.filter((r) => r.split === "dev").length };
  for (const harm of STAGE2_HARMS) {
    const train = plan.filter((r) => r.split === "train" && r.labels[harm] !== undefined);
    const dev = plan.filter((r) => r.split === "dev" && r.labels[harm] !== undefined);
    // Fine-tuning on decisions alone starts from the shipped head, so fewer examples do.
    const support = opts.prior ? supportOf(train, dev, harm, 10, 5) : supportOf(train, dev, harm);
    if (support) {
      log(`  ${harm}: no stage-2 head (${support})`);
      meta[harm] = { skipped: support };
      continue;
    }
    const data = { x: train.map((r) => vec.get(r)!), y: train.map((r) => r.labels[harm] as number), w: balancedWeights(train, harm) };
    log(`  head ${harm}: ${train.length} training rows, ${dev.length} dev rows`);
    const devX = dev.map((r) => vec.get(r)!);
    const { head, choice } = fitHead(harm, data, dev, devX, opts.headKind ?? (opts.prior ? "logistic" : "auto"), opts.prior ?? null, log);
    heads.push(head);
    const headLogits = devX.map((x) => embeddingHeadLogit(head, x));
    const views = dev.map((r) => stage1View(opts.engine.score({ text: r.text }))!);
    const x = dev.map((r, i) => stackFeatures(harm, headLogits[i], views[i]));
    const stack = fitLogistic({ x, y: dev.map((r) => r.labels[harm] as number), w: balancedWeights(dev, harm) }, { l2: 1e-3, epochs: 800, lr: 0.05 });
    stackers.push({ harm, features: [...STACK_FEATURES], weights: stack.weights.map((w) => Number(w.toFixed(4))), bias: Number(stack.bias.toFixed(4)) });
    const stacked = x.map((f) => f.reduce((z, v, k) => z + v * stack.weights[k], stack.bias));
    const ngram = views.map((v) => v.ngram[harm] ?? 0);
    meta[harm] = { head: choice, devHeadAuc: perSourceAuc(dev, harm, headLogits), devNgramAuc: perSourceAuc(dev, harm, ngram), devStackedAuc: perSourceAuc(dev, harm, stacked) };
    log(`    dev AUC per source — head ${JSON.stringify((meta[harm] as Record<string, unknown>).devHeadAuc)}`);
    log(`    n-gram ${JSON.stringify((meta[harm] as Record<string, unknown>).devNgramAuc)}`);
    log(`    stacked ${JSON.stringify((meta[harm] as Record<string, unknown>).devStackedAuc)}`);
    log(`    stacker weights ${STACK_FEATURES.map((f, k) => `${f} ${stack.weights[k].toFixed(2)}`).join(", ")}, bias ${stack.bias.toFixed(2)}`);
  }
  return {
    version: new Date().toISOString().slice(0, 10).replace(/-/g, ""),
    encoder: ENCODER_NAME,
    dim: ENCODER_DIM,
    heads,
    stackers,
    meta: { ...meta, trainedAt: new Date().toISOString() },
  };
}

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
import { fitLogistic, fitMlp } from "./fit-dense";
import type { TTableRow } from "./table";

export const STAGE2_HARMS: readonly THarm[] = ["hate", "harassment"];

export type TStage2TrainOptions = {
  rows: TTableRow[];
  /** The stage-1 engine the stacker reads (with the freshly trained n-gram model). */
  engine: TTriageEngine;
  cache?: EmbeddingCache;
  /** "mlp" adds a 32-unit hidden layer to each head. */
  headKind?: "logistic" | "mlp";
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
  const meta: Record<string, unknown> = { rows: plan.length, headKind: opts.headKind ?? "logistic" };
  for (const harm of STAGE2_HARMS) {
    const train = plan.filter((r) => r.split === "train" && r.labels[harm] !== undefined);
    const dev = plan.filter((r) => r.split === "dev" && r.labels[harm] !== undefined);
    if (train.filter((r) => r.labels[harm] === 1).length < 30 || dev.length < 50) continue;
    const data = { x: train.map((r) => vec.get(r)!), y: train.map((r) => r.labels[harm] as number), w: balancedWeights(train, harm) };
    log(`  head ${harm}: ${train.length} training rows`);
    let head: TEmbeddingHead;
    if (opts.headKind === "mlp") {
      const m = fitMlp(data, { hidden: 32, epochs: 40 });
      head = { harm, bias: m.b2, weights: m.w2, hidden: { w1: m.w1, b1: m.b1, units: m.units } };
    } else {
      const prior = opts.prior?.heads.find((h) => h.harm === harm && !h.hidden);
      const m = fitLogistic(data, { l2: prior ? 1e-2 : 1e-4, epochs: 400, lr: 0.02, ...(prior ? { prior } : {}) });
      head = { harm, bias: m.bias, weights: Float32Array.from(m.weights) };
    }
    heads.push(head);
    const headLogits = dev.map((r) => embeddingHeadLogit(head, vec.get(r)!));
    const views = dev.map((r) => stage1View(opts.engine.score({ text: r.text }))!);
    const x = dev.map((r, i) => stackFeatures(harm, headLogits[i], views[i]));
    const stack = fitLogistic({ x, y: dev.map((r) => r.labels[harm] as number), w: balancedWeights(dev, harm) }, { l2: 1e-3, epochs: 800, lr: 0.05 });
    stackers.push({ harm, features: [...STACK_FEATURES], weights: stack.weights.map((w) => Number(w.toFixed(4))), bias: Number(stack.bias.toFixed(4)) });
    const stacked = x.map((f) => f.reduce((z, v, k) => z + v * stack.weights[k], stack.bias));
    const ngram = views.map((v) => v.ngram[harm] ?? 0);
    meta[harm] = { devHeadAuc: perSourceAuc(dev, harm, headLogits), devNgramAuc: perSourceAuc(dev, harm, ngram), devStackedAuc: perSourceAuc(dev, harm, stacked) };
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

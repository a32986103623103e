// `vigil train`, stage 2: per-harm heads over the sentence encoder's vectors (training rows of the
// table), then per-harm stackers learned on the dev rows over the head, the n-gram model, the terms
// analyzer and its context signals. The encoder stays frozen; vectors come from the on-disk cache.

import type { TTriageEngine } from "../engine";
import { ENCODER_DIM, ENCODER_NAME } from "../encoder/sentence-encoder";
import { DEFAULT_THRESHOLDS } from "../thresholds";
import {
  averageHeads,
  embeddingHeadLogit,
  type TEmbeddingHead,
  type TStacker,
  type TStage2Model,
} from "../stage2/model-file";
import {
  frameModifier,
  STACK_FEATURES,
  stackedScore,
  stackFeatures,
  stage1View,
} from "../stage2/stack-features";
import type { THarm } from "../types";
import { embeddingPlan, embeddingText } from "./embed-plan";
import { EmbeddingCache } from "./embedding-cache";
import { fitLogistic, fitMlp, type TDenseData } from "./fit-dense";
import type { TTableRow } from "./table";
import {
  balancedWeights,
  bestShift,
  meanSourceAuc,
  meanSourceMacroF1,
  oneStandardErrorChoice,
  perSourceAuc,
  queueF1,
  supportOf,
} from "./stage2-dev-metrics";

export { meanSourceAuc } from "./stage2-dev-metrics";

/**
 * Harms stage 2 tries; a harm gets a head and a stacker only when the data supports one (threat:
 * 17 dev positives in the 2026-12-01 table, so none). Profanity stays with the terms analyzer: the
 * sets' labels for it (Gab "vulgarity", OLID untargeted offence) are not Vigil's profanity, and a
 * head on them (dev F1 0.567 → 0.583) raised the profanity score of ordinary posts (HateXplain
 * "normal" mean 0.18 → 0.47).
 */
export const STAGE2_HARMS: readonly THarm[] = ["hate", "harassment", "threat"];
/** Share of positives the stacker is fitted to within each dev source (0.5 = balanced); bestShift then calibrates it. */
export const STACKER_POSITIVE_SHARE = 0.5;

export type TStage2TrainOptions = {
  rows: TTableRow[];
  /** The stage-1 engine the stacker reads (with the freshly trained n-gram model). */
  engine: TTriageEngine;
  cache?: EmbeddingCache;
  /** "auto" (default) fits a logistic and a small-MLP head and tries their average too; a larger head is kept only when it beats the logistic head on dev by more than one standard error of its per-source ROC-AUC gains. */
  headKind?: "logistic" | "mlp" | "auto";
  /** Shipped heads to start from and pull toward (fine-tuning on moderators' decisions alone). */
  prior?: TStage2Model | null;
  /** Heads to keep instead of fitting new ones (relearning only the stackers on a new stage-1 model). */
  reuseHeads?: TStage2Model | null;
  /** Share of positives the stacker is calibrated to within each dev source (default STACKER_POSITIVE_SHARE). */
  stackerShare?: number;
  /** Use only rows whose vectors are already cached (experiments while another process embeds). */
  cachedOnly?: boolean;
  log?: (s: string) => void;
};

type THeadKind = "logistic" | "mlp" | "ensemble";
type THeadChoice = {
  kind: THeadKind;
  devMeanAuc: Record<string, number>;
  /** "auto": each larger head's mean per-source dev AUC gain over the logistic head, and its standard error. */
  gainOverLogistic?: Record<string, { gain: number; standardError: number }>;
};
/** Fits the head(s) asked for; with "auto", both kinds and their average, choosing by the one-standard-error rule on per-source dev AUC. */
export function fitHead(
  harm: THarm,
  data: TDenseData,
  dev: TTableRow[],
  devX: Float32Array[],
  kind: "logistic" | "mlp" | "auto",
  prior: TStage2Model | null,
  log: (s: string) => void,
): { head: TEmbeddingHead; choice: THeadChoice } {
  const candidates: Array<{ kind: THeadKind; head: TEmbeddingHead }> = [];
  if (kind !== "mlp") {
    const p = prior?.heads.find((h) => h.harm === harm && !h.hidden);
    const m = fitLogistic(data, {
      l2: p ? 1e-2 : 1e-4,
      epochs: 400,
      lr: 0.02,
      ...(p ? { prior: p } : {}),
    });
    candidates.push({
      kind: "logistic",
      head: { harm, bias: m.bias, weights: Float32Array.from(m.weights) },
    });
  }
  if (kind !== "logistic") {
    const m = fitMlp(data, { hidden: 32, epochs: 30 });
    candidates.push({
      kind: "mlp",
      head: { harm, bias: m.b2, weights: m.w2, hidden: { w1: m.w1, b1: m.b1, units: m.units } },
    });
  }
  // Both fitted: their average (one head: the MLP's hidden layer plus half the logistic weights).
  if (candidates.length === 2)
    candidates.push({
      kind: "ensemble",
      head: averageHeads(candidates[0].head, candidates[1].head),
    });
  const devMeanAuc: Record<string, number> = {};
  const perSource: Record<string, Record<string, number>> = {};
  for (const c of candidates) {
    const logits = devX.map((x) => embeddingHeadLogit(c.head, x));
    perSource[c.kind] = perSourceAuc(dev, harm, logits);
    devMeanAuc[c.kind] = Number(meanSourceAuc(dev, harm, logits).toFixed(4));
  }
  // A head more complex than the logistic one counts only when it beats it by more than one
  // standard error of the per-source gains; of those that do, the higher mean dev AUC wins.
  const gains: Record<string, { gain: number; standardError: number }> = {};
  let best = candidates[0];
  for (const c of candidates.slice(1)) {
    const rule = oneStandardErrorChoice(perSource.logistic ?? {}, perSource[c.kind]);
    gains[c.kind] = {
      gain: Number(rule.gain.toFixed(4)),
      standardError: Number(rule.se.toFixed(4)),
    };
    if (rule.pick === "complex" && devMeanAuc[c.kind] > devMeanAuc[best.kind]) best = c;
  }
  log(
    `    head kind: ${best.kind} (mean per-source dev ROC-AUC ${JSON.stringify(devMeanAuc)}; gain over logistic vs one standard error ${JSON.stringify(gains)})`,
  );
  return { head: best.head, choice: { kind: best.kind, devMeanAuc, gainOverLogistic: gains } };
}

export async function trainStage2(opts: TStage2TrainOptions): Promise<TStage2Model> {
  const log = opts.log ?? (() => {});
  const cache = opts.cache ?? new EmbeddingCache();
  // Kept heads need no training vectors: only the dev rows the stackers learn on are embedded.
  const plan = embeddingPlan(opts.rows).filter(
    (r) =>
      (!opts.reuseHeads || r.split === "dev") &&
      (!opts.cachedOnly || cache.get(embeddingText(r.text)) !== null),
  );
  log(
    `stage 2: ${plan.length} rows get encoder vectors (${plan.filter((r) => r.split === "dev").length} dev)`,
  );
  const vectors = await cache.embedAll(
    plan.map((r) => embeddingText(r.text)),
    log,
  );
  const vec = new Map(plan.map((r, i) => [r, vectors[i]]));
  const heads: TEmbeddingHead[] = [];
  const stackers: TStacker[] = [];
  const meta: Record<string, unknown> = {
    rows: plan.length,
    devRows: plan.filter((r) => r.split === "dev").length,
  };
  for (const harm of STAGE2_HARMS) {
    const train = plan.filter((r) => r.split === "train" && r.labels[harm] !== undefined);
    const dev = plan.filter((r) => r.split === "dev" && r.labels[harm] !== undefined);
    // Fine-tuning on decisions alone starts from the shipped head, so fewer examples do.
    const reused = opts.reuseHeads?.heads.find((h) => h.harm === harm);
    const support = opts.prior
      ? supportOf(train, dev, harm, 10, 5)
      : reused
        ? supportOf(dev, dev, harm, 0)
        : supportOf(train, dev, harm);
    if (support) {
      log(`  ${harm}: no stage-2 head (${support})`);
      meta[harm] = { skipped: support };
      continue;
    }
    const data = {
      x: train.map((r) => vec.get(r)!),
      y: train.map((r) => r.labels[harm] as number),
      w: balancedWeights(train, harm),
    };
    log(`  head ${harm}: ${train.length} training rows, ${dev.length} dev rows`);
    const devX = dev.map((r) => vec.get(r)!);
    // Fine-tuning on decisions alone keeps a shipped MLP head frozen (only its stacker is relearned).
    const kept =
      opts.reuseHeads?.heads.find((h) => h.harm === harm) ??
      opts.prior?.heads.find((h) => h.harm === harm && h.hidden);
    const { head, choice } = kept
      ? {
          head: kept,
          choice: ((
            (opts.reuseHeads ?? opts.prior)?.meta[harm] as { head?: THeadChoice } | undefined
          )?.head ?? {
            kind: kept.linear ? "ensemble" : kept.hidden ? "mlp" : "logistic",
            devMeanAuc: {},
          }) as THeadChoice,
        }
      : fitHead(
          harm,
          data,
          dev,
          devX,
          opts.prior ? "logistic" : (opts.headKind ?? "auto"),
          opts.prior ?? null,
          log,
        );
    heads.push(head);
    const headLogits = devX.map((x) => embeddingHeadLogit(head, x));
    const views = dev.map((r) => stage1View(opts.engine.score({ text: r.text }))!);
    const x = dev.map((r, i) => stackFeatures(harm, headLogits[i], views[i]));
    const stack = fitLogistic(
      {
        x,
        y: dev.map((r) => r.labels[harm] as number),
        w: balancedWeights(dev, harm, opts.stackerShare ?? STACKER_POSITIVE_SHARE),
      },
      { l2: 1e-3, epochs: 800, lr: 0.05 },
    );
    // Calibration: shift the stacker so the default threshold is its best cut-off on dev.
    const frames = views.map((v) => frameModifier(harm, v));
    const scoreAt = (shift: number) =>
      x.map((f, i) =>
        stackedScore(stack.weights, stack.bias + shift, f, views[i].terms[harm] ?? 0, frames[i]),
      );
    const { shift, f1 } = bestShift(dev, harm, DEFAULT_THRESHOLDS[harm], scoreAt);
    const unshifted = queueF1(dev, harm, DEFAULT_THRESHOLDS[harm], scoreAt(0));
    const macro = meanSourceMacroF1(dev, harm, DEFAULT_THRESHOLDS[harm], scoreAt(shift));
    log(
      `    stacker shift ${shift.toFixed(2)}: dev F1 at threshold ${DEFAULT_THRESHOLDS[harm]} (10 % harmful) ${unshifted.toFixed(3)} → ${f1.toFixed(3)}; mean per-source macro-F1 ${macro.toFixed(3)}`,
    );
    stackers.push({
      harm,
      features: [...STACK_FEATURES],
      weights: stack.weights.map((w) => Number(w.toFixed(4))),
      bias: Number((stack.bias + shift).toFixed(4)),
    });
    const stacked = x.map((f) => f.reduce((z, v, k) => z + v * stack.weights[k], stack.bias));
    const ngram = views.map((v) => v.ngram[harm] ?? 0);
    meta[harm] = {
      head: choice,
      shift,
      devQueueF1: Number(f1.toFixed(3)),
      devMacroF1: Number(macro.toFixed(3)),
      devHeadAuc: perSourceAuc(dev, harm, headLogits),
      devNgramAuc: perSourceAuc(dev, harm, ngram),
      devStackedAuc: perSourceAuc(dev, harm, stacked),
    };
    log(
      `    dev AUC per source — head ${JSON.stringify((meta[harm] as Record<string, unknown>).devHeadAuc)}`,
    );
    log(`    n-gram ${JSON.stringify((meta[harm] as Record<string, unknown>).devNgramAuc)}`);
    log(`    stacked ${JSON.stringify((meta[harm] as Record<string, unknown>).devStackedAuc)}`);
    log(
      `    stacker weights ${STACK_FEATURES.map((f, k) => `${f} ${stack.weights[k].toFixed(2)}`).join(", ")}, bias ${stack.bias.toFixed(2)}`,
    );
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

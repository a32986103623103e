// `vigil train`: reads the data sets (and moderators' decisions), fits one head per harm the data
// supports plus the token head, calibrates on held-out splits and reports held-out figures only.

import { HARMS, type THarm } from "../../types";
import { BUCKETS } from "../features";
import type { THead, TLinearModel } from "../linear-model";
import { buildTrainingTable } from "../../training/table";
import { heldOutTexts } from "../../training/measure-sets";
import { dataPath, hasFile, loadToxicSpans } from "./datasets";
import {
  decisionExamples,
  docExample,
  templateTokenExamples,
  toxicSpansExamples,
  type TDecision,
  type TDocExample,
  type TTokenExample,
} from "./examples";
import {
  calibrationShift,
  describeHead,
  fineTuneHead,
  fitHead,
  fitTokenHead,
  headDevScores,
  tokenHeadOf,
  tuneTokenThreshold,
  type TLog,
} from "./train-heads";

export type TTrainOptions = {
  dataDir: string | null;
  decisions?: TDecision[];
  /** The current model, fine-tuned when there is no data folder but there are decisions. */
  base?: TLinearModel | null;
  epochs?: number;
  log?: TLog;
  /** Harms to train n-gram heads for (default: hate and harassment; threat and profanity stay with the terms analyzer). */
  harms?: readonly THarm[];
  /** The training table, when the caller already built it (it is shared with stage 2). */
  table?: ReturnType<typeof buildTrainingTable>;
};

export const NGRAM_HARMS: readonly THarm[] = ["hate", "harassment"];

/** A head is trained only for harms with this many positive and negative training examples. */
const MIN_SUPPORT = 30;

function support(examples: TDocExample[], harm: THarm): { pos: number; neg: number } {
  let pos = 0;
  let neg = 0;
  for (const e of examples) {
    if (e.split !== "train") continue;
    if (e.labels[harm] === 1) pos++;
    else if (e.labels[harm] === 0) neg++;
  }
  return { pos, neg };
}

/** Document examples come from the training table (lib/triage/training); tokens from the toxic-spans posts. */
export function loadTrainingTable(
  dataDir: string,
  log: TLog,
): ReturnType<typeof buildTrainingTable> {
  log("building the training table");
  const table = buildTrainingTable(dataDir, { heldOut: heldOutTexts(dataDir), log });
  log(
    `training table: ${table.rows.length} rows (${table.report.heldOutRemoved} equal to evaluation texts removed, ${table.report.conflicts} label conflicts dropped)`,
  );
  return table;
}

function loadExamples(
  dataDir: string,
  log: TLog,
  table?: ReturnType<typeof buildTrainingTable>,
): { docs: TDocExample[]; tokens: TTokenExample[]; sources: string[] } {
  const tokens: TTokenExample[] = [];
  const { rows, report } = table ?? loadTrainingTable(dataDir, log);
  const docs = rows.map((r) => docExample(r.text, r.labels, r.weight, r.source, r.split));
  const sources = Object.entries(report.bySource)
    .filter(([, v]) => v.rows > 0)
    .map(([k, v]) => `${k} (${v.rows} rows)`);
  if (hasFile(dataDir, "toxicSpansTrain")) {
    tokens.push(...toxicSpansExamples(loadToxicSpans(dataPath(dataDir, "toxicSpansTrain"))).tokens);
    tokens.push(...templateTokenExamples());
    log(`token head: ${tokens.length} posts`);
  }
  return { docs, tokens, sources };
}

export async function trainModel(opts: TTrainOptions): Promise<TLinearModel> {
  const log = opts.log ?? (() => {});
  const epochs = opts.epochs ?? 6;
  const decisions = opts.decisions ?? [];
  const loaded = opts.dataDir
    ? loadExamples(opts.dataDir, log, opts.table)
    : { docs: [], tokens: [], sources: [] };
  const decisionDocs = decisionExamples(decisions);
  if (decisions.length) log(`read ${decisions.length} moderator decisions`);
  if (loaded.docs.length === 0) {
    if (opts.base && decisionDocs.length) return fineTune(opts.base, decisionDocs, log);
    throw new Error(
      "no training data: pass --data with the data sets, or --from-decisions with a model to fine-tune",
    );
  }
  const docs = [...loaded.docs, ...decisionDocs];
  const metrics: Record<string, unknown> = {};
  const heads: THead[] = [];
  for (const harm of HARMS) {
    if (!(opts.harms ?? NGRAM_HARMS).includes(harm)) continue;
    const s = support(docs, harm);
    if (s.pos < MIN_SUPPORT || s.neg < MIN_SUPPORT) continue;
    log(`training head "${harm}" (${s.pos} positive, ${s.neg} negative)`);
    const fitted = fitHead(harm, docs, BUCKETS, epochs, log);
    const dev = docs.filter((e) => e.split === "dev" || e.split === "test");
    const { rows, logits, labels } = headDevScores(fitted, harm, dev);
    const cal = calibrationShift(
      logits,
      labels,
      rows.map((r) => r.source),
    );
    log(`  held-out cut-off ${cal.threshold} (data-set-balanced F1 ${cal.f1.toFixed(3)})`);
    const perSource: Record<string, string> = {};
    for (const source of new Set(rows.map((r) => r.source))) {
      const idx = rows.map((r, i) => (r.source === source ? i : -1)).filter((i) => i >= 0);
      const line = describeHead(
        source,
        idx.map((i) => logits[i]),
        idx.map((i) => labels[i]),
        cal.shift,
      );
      perSource[source] = line;
      log(`  held-out ${line}`);
    }
    metrics[harm] = { threshold: cal.threshold, heldOut: perSource };
    heads.push({
      name: harm,
      harm,
      bias: fitted.bias,
      shift: cal.shift,
      weights: fitted.weights(),
    });
  }
  let token = null;
  if (loaded.tokens.length) {
    log(`training token head on ${loaded.tokens.filter((t) => t.split === "train").length} posts`);
    const fitted = fitTokenHead(loaded.tokens, BUCKETS, Math.max(2, epochs - 1), log);
    const tuned = tuneTokenThreshold(fitted, loaded.tokens);
    log(
      `  token threshold ${tuned.threshold}: held-out toxic_spans dev character F1 ${tuned.f1.toFixed(3)} (model alone)`,
    );
    metrics.tokenHead = { threshold: tuned.threshold, devSpanF1: Number(tuned.f1.toFixed(4)) };
    token = tokenHeadOf(fitted, tuned.threshold);
  }
  return {
    buckets: BUCKETS,
    heads,
    token,
    meta: {
      version:
        new Date().toISOString().slice(0, 10).replace(/-/g, "") +
        "-" +
        heads.map((h) => h.harm).join("+"),
      trainedAt: new Date().toISOString(),
      sources: [
        ...loaded.sources,
        ...(decisions.length ? [`${decisions.length} moderator decisions`] : []),
      ],
      epochs,
      metrics,
    },
  };
}

function fineTune(base: TLinearModel, decisions: TDocExample[], log: TLog): TLinearModel {
  log("no data folder: fine-tuning the current model on the decisions");
  const heads = base.heads.map((head) => {
    const s = support(decisions, head.harm);
    if (s.pos + s.neg === 0) return head;
    const tuned = fineTuneHead(head, decisions, 5);
    const test = decisions.filter((e) => e.split === "test");
    const before = headDevScores(head, head.harm, test);
    const after = headDevScores(tuned, head.harm, test);
    if (before.labels.length) {
      log(`  ${describeHead(`${head.harm} before`, before.logits, before.labels, head.shift)}`);
      log(`  ${describeHead(`${head.harm} after`, after.logits, after.labels, head.shift)}`);
    }
    return tuned;
  });
  const meta = {
    ...base.meta,
    fineTunedAt: new Date().toISOString(),
    fineTunedOn: `${decisions.length} moderator decisions`,
    version: `${String(base.meta.version ?? "1")}+ft`,
  };
  return { ...base, heads, meta };
}

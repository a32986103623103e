// Trains the span tagger from the toxic-spans train file (CC0) and writes span-model.json:
//   npx tsx lib/triage/spans/train-spans.ts [DATA_DIR=../shared/data] [--out FILE] [--dry-run]
// One post in ten of the train file is the dev set (threshold and gate); the trial file is only
// measured, never trained or tuned on.

import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { defaultTermEntries, loadDefaultModel } from "../default-engine";
import { createTriageEngine } from "../engine";
import { dataPath, hasFile, loadToxicSpans } from "../model/training/datasets";
import { toxicSpansSplit } from "../model/training/splits";
import {
  chooseCutoffs,
  choosePrefilter,
  DEFAULT_FIT,
  fitWeights,
  meanSpanF1,
  postLogits,
  quantizeWeights,
} from "./fit-tagger";
import { buildSpanPost } from "./span-examples";
import { encodeSpanModel, SPAN_MODEL_RELATIVE } from "./span-model-file";

const GATES = [0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5];
const GATE_COST = 0.005;
const PREFILTER_COST = 0.001;

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: "string", default: SPAN_MODEL_RELATIVE },
      "dry-run": { type: "boolean", default: false },
      epochs: { type: "string" },
      l1: { type: "string" },
      alpha: { type: "string" },
      "positive-weight": { type: "string" },
    },
  });
  const dataDir = path.resolve(positionals[0] ?? "../shared/data");
  if (!existsSync(dataDir) || !hasFile(dataDir, "toxicSpansTrain")) {
    console.error(
      `toxic_spans/tsd_train.csv not found under ${dataDir}: pass the data folder (see ../shared/data/README.md).`,
    );
    process.exit(2);
  }
  const opts = {
    ...DEFAULT_FIT,
    ...(values.epochs ? { epochs: Number(values.epochs) } : {}),
    ...(values.l1 ? { l1: Number(values.l1) } : {}),
    ...(values.alpha ? { alpha: Number(values.alpha) } : {}),
    ...(values["positive-weight"] ? { positiveWeight: Number(values["positive-weight"]) } : {}),
  };
  // The stage-1 engine without a tagger: its scores and spans are the tagger's inputs.
  const engine = createTriageEngine({ terms: defaultTermEntries(), model: loadDefaultModel() });
  const rows = loadToxicSpans(dataPath(dataDir, "toxicSpansTrain"));
  const train = rows
    .filter((_, i) => toxicSpansSplit(i) === "train")
    .map((p) => buildSpanPost(engine, p));
  const dev = rows
    .filter((_, i) => toxicSpansSplit(i) === "dev")
    .map((p) => buildSpanPost(engine, p));
  console.log(`toxic spans train: ${train.length} posts train, ${dev.length} dev`);
  // Cut-offs are chosen on the weights as shipped (8 bits).
  const raw = fitWeights(train, opts);
  const fitted = { bias: raw.bias, ...quantizeWeights(raw.weights) };
  const devLogits = dev.map((p) => postLogits(p, fitted));
  // The highest gate that costs under half a point of dev F1: spans stay off harmless comments.
  const byGate = GATES.map((gate) => chooseCutoffs(dev, devLogits, gate));
  const top = Math.max(...byGate.map((c) => c.f1));
  const cut = byGate.filter((c) => c.f1 >= top - GATE_COST).at(-1)!;
  for (const c of byGate) console.log(`  gate ${c.gate}: dev char-F1 ${c.f1.toFixed(4)}`);
  // Stage 1 must stay fast: skip words that cannot matter, at no more than a tenth of a point.
  const { prefilter, f1 } = choosePrefilter(dev, fitted, cut, PREFILTER_COST);
  const nonZero = fitted.weights.reduce((n, w) => n + (w !== 0 ? 1 : 0), 0);
  console.log(
    `dev char-F1 ${f1.toFixed(4)} at threshold ${cut.threshold} margin ${cut.margin} floor ${cut.floor} gate ${cut.gate} prefilter ${prefilter}; ${nonZero} non-zero weights`,
  );
  if (hasFile(dataDir, "toxicSpansTrial")) {
    const trial = loadToxicSpans(dataPath(dataDir, "toxicSpansTrial")).map((p) =>
      buildSpanPost(engine, p),
    );
    const f1 = meanSpanF1(
      trial,
      trial.map((p) => postLogits(p, fitted, prefilter)),
      cut,
    );
    console.log(`trial char-F1 (measured only) ${f1.toFixed(4)}`);
  }
  if (values["dry-run"]) return;
  const file = encodeSpanModel({
    version: new Date().toISOString().slice(0, 10),
    bias: fitted.bias,
    weights: fitted.weights,
    scale: fitted.scale,
    threshold: cut.threshold,
    margin: cut.margin,
    floor: cut.floor,
    prefilter,
    gate: cut.gate,
  });
  writeFileSync(path.resolve(values.out!), JSON.stringify(file) + "\n");
  console.log(`wrote ${values.out}`);
}

main();

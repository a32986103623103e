// `vigil train` end to end: the training table, the stage-1 n-gram heads, then the stage-2 heads
// and stackers (the encoder stays frozen). Moderators' decisions join the table when the data
// folder is there; without it they fine-tune the shipped heads of both stages.

import { createTriageEngine } from "../engine";
import { defaultTermEntries } from "../default-engine";
import type { TLinearModel } from "../model/linear-model";
import type { TDecision } from "../model/training/examples";
import { decisionSplit } from "../model/training/splits";
import { loadTrainingTable, trainModel } from "../model/training/train-model";
import type { TStage2Model } from "../stage2/model-file";
import { HARMS } from "../types";
import type { TTableRow } from "./table";
import { SOURCE_WEIGHT } from "./table";
import { trainStage2 } from "./train-stage2";

export type TTrainBothOptions = {
  dataDir: string | null;
  decisions: TDecision[];
  baseModel: TLinearModel | null;
  baseStage2: TStage2Model | null;
  epochs?: number;
  stage2?: boolean;
  headKind?: "auto" | "logistic" | "mlp";
  /** Stage-2 heads to keep: only the stackers are relearned (on the new stage-1 model). */
  keepHeads?: TStage2Model | null;
  log: (s: string) => void;
};

function decisionRows(decisions: TDecision[]): TTableRow[] {
  return decisions.map((d, i) => {
    const labels: TTableRow["labels"] = {};
    for (const h of HARMS)
      if (d.labels[h] === 0 || d.labels[h] === 1) labels[h] = d.labels[h] as 0 | 1;
    return {
      text: d.text,
      labels,
      source: "decisions",
      weight: SOURCE_WEIGHT.decisions,
      split: decisionSplit(i, d.text) === "test" ? "dev" : "train",
    };
  });
}

export async function trainBothStages(
  opts: TTrainBothOptions,
): Promise<{ model: TLinearModel; stage2: TStage2Model | null }> {
  const { log } = opts;
  const table = opts.dataDir ? loadTrainingTable(opts.dataDir, log) : null;
  const model = await trainModel({
    dataDir: opts.dataDir,
    decisions: opts.decisions,
    base: opts.baseModel,
    epochs: opts.epochs,
    log,
    ...(table ? { table } : {}),
  });
  if (opts.stage2 === false) return { model, stage2: null };
  const rows = [...(table?.rows ?? []), ...decisionRows(opts.decisions)];
  if (!rows.length) return { model, stage2: null };
  log(
    table
      ? "stage 2: training heads and stackers"
      : "stage 2: fine-tuning the shipped heads on the decisions (encoder frozen)",
  );
  const engine = createTriageEngine({ terms: defaultTermEntries(), model });
  const stage2 = await trainStage2({
    rows,
    engine,
    headKind: opts.headKind,
    prior: table ? null : opts.baseStage2,
    reuseHeads: opts.keepHeads ?? null,
    log,
  });
  if (!table && opts.baseStage2) {
    // Too few decisions to relearn a stacker: keep the shipped ones for harms without a new one.
    for (const s of opts.baseStage2.stackers)
      if (!stage2.stackers.some((x) => x.harm === s.harm)) stage2.stackers.push(s);
    for (const h of opts.baseStage2.heads)
      if (!stage2.heads.some((x) => x.harm === h.harm)) stage2.heads.push(h);
  }
  return { model, stage2 };
}

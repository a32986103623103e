// Trains and measures claim matching on CLEF 2020 (train: weights; dev) and CheckThat! 2022 2A
// (dev_test, test2022; 14,231 claims): MAP@5 of plain BM25, stage 1 and stage 2 measured in the
// same run, and suggestion precision / recall at the shipped cut-off. Reads files; not for the app.

import { existsSync } from "node:fs";
import path from "node:path";
import {
  outOfFoldProjections,
  PROJECTION,
  PROJECTION_OPTIONS,
  type TProjection,
  type TProjectionList,
} from "./embedding-projection";
import { openEmbeddingCache } from "./embedding-cache";
import { CANDIDATE_DEPTH } from "./claim-matcher";
import { libraries, prepare, type TPrepared } from "./eval-prepare";
import { readCheckThat2022, readClef2020 } from "./eval-data";
import {
  RANKER_WEIGHTS,
  STAGE1_FEATURES,
  STAGE2_FEATURES,
  SUGGEST_AT,
  type TRankerModel,
  type TRankerWeights,
} from "./ranker";
import {
  chooseThresholdAcross,
  fitCalibration,
  meanAveragePrecisionAt5,
  shiftFor,
  suggestionStats,
  trainListwise,
  type TListExample,
  type TRankedQuery,
} from "./ranker-training";
import { DENSE_DEPTH, rerankCandidates, rerankFeatures, STAGE2_DEPTH } from "./rerank";

export type TFactCheckEvalRow = { measure: string; data: string; value: number };

function stage1Ranked(p: TPrepared): TRankedQuery[] {
  return p.queries.map((q) => ({
    ranked: q.candidates.map((c) => ({ id: c.id, score: c.score })),
    relevant: q.relevant,
  }));
}

function stage2Ranked(p: TPrepared): TRankedQuery[] {
  return p.queries.map((q) => ({
    ranked: rerankCandidates(q.pool, q, p.set.claims, p.claimVectors).map((c) => ({
      id: c.id,
      score: c.score,
    })),
    relevant: q.relevant,
  }));
}

function projectionLists(p: TPrepared): TProjectionList[] {
  return p.queries.map((q) => ({
    text: q.vector,
    claims: q.candidates.map((c) => p.claimVectors[c.doc]!.claim),
    ys: q.candidates.map((c) => (q.relevant.has(c.id) ? 1 : 0) as 0 | 1),
  }));
}

/**
 * Each tweet's candidates as feature vectors with their labels: stage 1's list, or stage 2's pool
 * (with, per tweet, the projection to use: one fitted without it while training).
 */
function lists(
  p: TPrepared,
  stage: 1 | 2,
  projections?: (i: number) => TProjection,
): TListExample[] {
  return p.queries.map((q, i) => {
    const list = stage === 1 ? q.candidates : q.pool;
    const xs =
      stage === 1
        ? list.map((c) => c.features)
        : rerankFeatures(list, q, p.set.claims, p.claimVectors, projections?.(i) ?? PROJECTION);
    return { xs, ys: list.map((c) => (q.relevant.has(c.id) ? 1 : 0) as 0 | 1) };
  });
}

function dataPaths(dataDir: string) {
  return {
    clef: path.join(dataDir, "clef2020"),
    checkthat: path.join(dataDir, "checkthat2022-task2a-en"),
  };
}

const DEV_DATA = "CLEF 2020 dev and CheckThat 2022 dev_test (precision ≥ 0.85 on each)";

/**
 * Fits both stages on CLEF 2020 train and picks each stage's suggestion cut-off on the dev data
 * (CLEF 2020 dev and CheckThat 2022 dev_test) for precision ≥ 0.85 on each with the highest recall.
 */
export async function trainClaimRanker(
  dataDir: string,
  log: (line: string) => void = () => {},
): Promise<{ weights: TRankerWeights; projection: TProjection }> {
  const { clef, checkthat } = dataPaths(dataDir);
  const cache = openEmbeddingCache();
  const train = await prepare(await readClef2020(clef, "train"), cache, log);
  const devSets = await Promise.all([
    readClef2020(clef, "dev"),
    readCheckThat2022(checkthat, "dev_test"),
  ]).then(async ([a, b]) => [await prepare(a, cache, log), await prepare(b, cache, log)]);
  // The encoder projection first; stage 2 then trains on out-of-fold projected cosines of train.
  log("fitting the embedding projection (5 folds and all of train)");
  const { folds, full: projection } = outOfFoldProjections(
    projectionLists(train),
    PROJECTION_OPTIONS,
  );
  Object.assign(PROJECTION, projection);
  const fitStage = (stage: 1 | 2): TRankerModel => {
    // Listwise for the order (a softmax over each tweet's candidates), then a calibration of its
    // logit and lead for the suggestion probability: cross-validated on train, the listwise order
    // beat a pointwise logistic, whose calibrated scores had been the reason to keep it.
    const trainLists = lists(train, stage, (i) => folds[i % folds.length]);
    const fitted = trainListwise(trainLists, stage === 1 ? STAGE1_FEATURES : STAGE2_FEATURES);
    const model: TRankerModel = {
      ...fitted,
      calibration: fitCalibration(fitted, trainLists),
      shift: 0,
    };
    const chosen = chooseThresholdAcross(
      devSets.map((p) => (stage === 1 ? rankWith1(p, model) : rankWith2(p, model))),
      0.85,
    );
    log(
      `stage ${stage}: cut-off ${chosen.threshold.toFixed(3)} → precision ${chosen.precision.toFixed(3)}, recall ${chosen.recall.toFixed(3)} on dev`,
    );
    return {
      ...model,
      shift: shiftFor(chosen.threshold),
      chosenOn: {
        data: DEV_DATA,
        precision: chosen.precision,
        recall: chosen.recall,
        threshold: chosen.threshold,
      },
    };
  };
  const date = new Date().toISOString().slice(0, 16).replace(/[-:]/g, "");
  return {
    weights: {
      version: date,
      trainedOn: "CLEF 2020 train (800 tweets, 10,375 claims)",
      stage1: fitStage(1),
      stage2: fitStage(2),
    },
    projection,
  };
}

/** Ranks with a model not yet installed in RANKER_WEIGHTS (during training). */
function withModel<T>(stage: 1 | 2, model: TRankerModel, run: () => T): T {
  const key = stage === 1 ? "stage1" : "stage2";
  const saved = RANKER_WEIGHTS[key];
  RANKER_WEIGHTS[key] = model;
  try {
    return run();
  } finally {
    RANKER_WEIGHTS[key] = saved;
  }
}

function rankWith1(p: TPrepared, model: TRankerModel): TRankedQuery[] {
  return withModel(1, model, () => {
    const matcher = libraries.get(p.set.claims)!;
    return p.queries.map((q) => ({
      ranked: matcher.candidates(q.text).map((c) => ({ id: c.id, score: c.score })),
      relevant: q.relevant,
    }));
  });
}

function rankWith2(p: TPrepared, model: TRankerModel): TRankedQuery[] {
  return withModel(2, model, () => stage2Ranked(p));
}

/**
 * The rows `vigil eval` prints: per data set MAP@5 of plain BM25, stage 1 and stage 2, and the
 * suggestions' precision / recall at the shipped cut-off (score ≥ 0.5).
 */
export async function evalFactChecks(
  dataDir: string,
  log: (line: string) => void = () => {},
): Promise<TFactCheckEvalRow[]> {
  const { clef, checkthat } = dataPaths(dataDir);
  const cache = openEmbeddingCache();
  const sets = [];
  if (existsSync(clef)) sets.push(await readClef2020(clef, "dev"));
  if (existsSync(checkthat))
    sets.push(
      await readCheckThat2022(checkthat, "dev_test"),
      await readCheckThat2022(checkthat, "test2022"),
    );
  const rows: TFactCheckEvalRow[] = [];
  for (const set of sets) {
    const p = await prepare(set, cache, log);
    const data = `${set.name}, ${p.queries.length} tweets vs ${set.claims.length} claims`;
    const s1 = stage1Ranked(p);
    const s2 = stage2Ranked(p);
    const plain = p.queries.map((q) => ({
      ranked: q.bm25.map((id) => ({ id, score: 0 })),
      relevant: q.relevant,
    }));
    rows.push({ measure: "claims MAP@5, plain BM25", data, value: meanAveragePrecisionAt5(plain) });
    rows.push({
      measure: "claims MAP@5, stage 1 (BM25 + n-grams, learned)",
      data,
      value: meanAveragePrecisionAt5(s1),
    });
    rows.push({
      measure: "claims MAP@5, stage 2 (+ sentence encoder)",
      data,
      value: meanAveragePrecisionAt5(s2),
    });
    // The ceiling of any re-ranking: tweets whose claim BM25 never brings up as a candidate.
    for (const [depth, pick] of [
      [`${CANDIDATE_DEPTH}`, (q: TPrepared["queries"][number]) => q.candidates],
      [
        `stage-2 (${STAGE2_DEPTH} BM25 + ${DENSE_DEPTH} nearest)`,
        (q: TPrepared["queries"][number]) => q.pool,
      ],
    ] as const) {
      const missed = p.queries.filter((q) => !pick(q).some((c) => q.relevant.has(c.id))).length;
      rows.push({
        measure: `claims: share of tweets whose claim is not among the ${depth} candidates`,
        data,
        value: missed / p.queries.length,
      });
    }
    const notFirst =
      s2.filter((q) => q.ranked.length > 0 && !q.relevant.has(q.ranked[0].id)).length / s2.length;
    rows.push({
      measure: "claims: share of tweets whose first stage-2 claim is wrong",
      data,
      value: notFirst,
    });
    for (const [stage, ranked] of [
      ["stage 1", s1],
      ["stage 2", s2],
    ] as const) {
      const stats = suggestionStats(ranked, SUGGEST_AT);
      rows.push({ measure: `claims suggestion precision, ${stage}`, data, value: stats.precision });
      rows.push({ measure: `claims suggestion recall, ${stage}`, data, value: stats.recall });
    }
  }
  return rows;
}

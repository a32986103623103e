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
import { DATE_FEATURES } from "./claim-dates";
import { CANDIDATE_DEPTH, type TClaimCandidate } from "./claim-matcher";
import { libraries, prepare, type TPrepared } from "./eval-prepare";
import { readCheckThat2022, readClef2020 } from "./eval-data";
import {
  RANKER_WEIGHTS,
  scoreCandidates,
  STAGE1_FEATURES,
  STAGE2_FEATURES,
  SUGGEST_AT,
  undatedCandidate,
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
  type TSuggestionStats,
} from "./ranker-training";
import { DENSE_DEPTH, rerankCandidates, rerankFeatures, STAGE2_DEPTH } from "./rerank";

export type TFactCheckEvalRow = { measure: string; data: string; value: number };

const DATE_AT = DATE_FEATURES.map((f) => STAGE1_FEATURES.indexOf(f));

/** A feature vector as if neither date were known (the date features are NaN). */
function undated(x: readonly number[]): number[] {
  const y = [...x];
  for (const j of DATE_AT) y[j] = NaN;
  return y;
}

/** Candidates whose stage-1 features forget the dates (measuring how the ranker does without them). */
function withoutDates(list: readonly TClaimCandidate[]): TClaimCandidate[] {
  return list.map((c) => ({ ...c, features: undated(c.features) }));
}

function stage1Ranked(p: TPrepared, dates = true): TRankedQuery[] {
  return p.queries.map((q) => {
    const list = dates ? q.candidates : withoutDates(q.candidates);
    const scores = dates
      ? list.map((c) => c.score)
      : scoreCandidates(
          RANKER_WEIGHTS.stage1,
          list.map((c) => c.features),
        );
    return {
      ranked: list
        .map((c, i) => ({ id: c.id, score: scores[i] }))
        .sort((a, b) => b.score - a.score),
      relevant: q.relevant,
    };
  });
}

function stage2Ranked(p: TPrepared, dates = true): TRankedQuery[] {
  return p.queries.map((q) => ({
    ranked: rerankCandidates(
      dates ? q.pool : withoutDates(q.pool),
      q,
      p.set.claims,
      p.claimVectors,
    ).map((c) => ({
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
 * The lowest probability cut-off (among `probabilities`, at most 200 of them tried) whose
 * suggestions reach `minPrecision` on every group when ranked by `rankAt(cut-off)`; its pooled
 * figures. Used where the cut-off changes the scores themselves (two shifts), not only the line.
 */
function chooseCutOff(
  rankAt: (threshold: number) => TRankedQuery[][],
  probabilities: readonly number[],
  minPrecision: number,
): TSuggestionStats {
  const sorted = [...new Set(probabilities)].sort((a, b) => a - b);
  const step = Math.max(1, Math.ceil(sorted.length / 200));
  for (let i = 0; i < sorted.length; i += step) {
    const groups = rankAt(sorted[i]);
    if (groups.every((g) => suggestionStats(g, SUGGEST_AT).precision >= minPrecision))
      return { ...suggestionStats(groups.flat(), SUGGEST_AT), threshold: sorted[i] };
  }
  return { ...suggestionStats(rankAt(1 - 1e-9).flat(), SUGGEST_AT), threshold: 1 - 1e-9 };
}

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
    // Each tweet twice, with and without the dates: comments and libraries often carry none, and
    // the order must then be as good as a ranker that never read dates.
    const dated = lists(train, stage, (i) => folds[i % folds.length]);
    const withheld = dated.map((l) => ({ ...l, xs: l.xs.map(undated) }));
    const trainLists = [...dated, ...withheld];
    const fitted = trainListwise(trainLists, stage === 1 ? STAGE1_FEATURES : STAGE2_FEATURES);
    // Each calibration on its own lists: without dates the same logit is less sure.
    const model: TRankerModel = {
      ...fitted,
      calibration: fitCalibration(fitted, dated, (x) => !undatedCandidate(x)),
      undatedCalibration: fitCalibration(fitted, trainLists, undatedCandidate),
      shift: 0,
    };
    const rank = (m: TRankerModel, dates: boolean) =>
      devSets.map((p) => (stage === 1 ? rankWith1(p, m, dates) : rankWith2(p, m, dates)));
    // Two cut-offs, each for precision ≥ 0.85 on each dev set: one for candidates without a
    // known date gap (chosen with the dates withheld), then one for those with it (chosen with
    // the dates, the undated candidates among them already at their own cut-off).
    const undatedCut = chooseThresholdAcross(rank(model, false), 0.85);
    const undatedShift = shiftFor(undatedCut.threshold);
    const byShift = (t: number) => rank({ ...model, shift: shiftFor(t), undatedShift }, true);
    const probabilities = rank({ ...model, undatedShift: 0 }, true)
      .flat()
      .flatMap((q) => q.ranked.slice(0, 5).map((r) => r.score));
    const datedCut = chooseCutOff(byShift, probabilities, 0.85);
    for (const [what, c] of [
      ["dated", datedCut],
      ["undated", undatedCut],
    ] as const)
      log(
        `stage ${stage}, ${what}: cut-off ${c.threshold.toFixed(3)} → precision ${c.precision.toFixed(3)}, recall ${c.recall.toFixed(3)} on dev`,
      );
    const chosenOn = (c: TSuggestionStats, data: string) => ({
      data,
      precision: c.precision,
      recall: c.recall,
      threshold: c.threshold,
    });
    return {
      ...model,
      shift: shiftFor(datedCut.threshold),
      undatedShift,
      chosenOn: chosenOn(datedCut, DEV_DATA),
      undatedChosenOn: chosenOn(undatedCut, `${DEV_DATA}, dates withheld`),
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

function rankWith1(p: TPrepared, model: TRankerModel, dates = true): TRankedQuery[] {
  return withModel(1, model, () => {
    if (!dates) return stage1Ranked(p, false);
    const matcher = libraries.get(p.set.claims)!;
    return p.queries.map((q) => ({
      ranked: matcher.candidates(q.text).map((c) => ({ id: c.id, score: c.score })),
      relevant: q.relevant,
    }));
  });
}

function rankWith2(p: TPrepared, model: TRankerModel, dates = true): TRankedQuery[] {
  return withModel(2, model, () => stage2Ranked(p, dates));
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
    const s2Withheld = stage2Ranked(p, false);
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
    // The same without dates (a library or comments that carry none): the ranker must not need them.
    rows.push({
      measure: "claims MAP@5, stage 1, dates withheld",
      data,
      value: meanAveragePrecisionAt5(stage1Ranked(p, false)),
    });
    rows.push({
      measure: "claims MAP@5, stage 2, dates withheld",
      data,
      value: meanAveragePrecisionAt5(s2Withheld),
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
      ["stage 2, dates withheld", s2Withheld],
    ] as const) {
      const stats = suggestionStats(ranked, SUGGEST_AT);
      rows.push({ measure: `claims suggestion precision, ${stage}`, data, value: stats.precision });
      rows.push({ measure: `claims suggestion recall, ${stage}`, data, value: stats.recall });
    }
  }
  return rows;
}

// Measures the learned embedding projection: encoder-alone and stage-2 MAP@5 with raw vs projected
// cosines (5-fold CV on CLEF 2020 train; CLEF dev, CheckThat 2022 dev_test), and with `write` saves it.
//   npx tsx lib/triage/factcheck/scripts/projection-experiment.ts [rank] [epochs] [rate] [negatives] [write]
import { writeFileSync } from "node:fs";
import path from "node:path";
import { cosine } from "../../encoder/sentence-encoder";
import { readCheckThat2022, readClef2020 } from "../eval-data";
import { prepareSet, type TPrepared } from "../eval-prepare";
import {
  projectUnit,
  trainProjection,
  type TProjection,
  type TProjectionList,
} from "../embedding-projection";
import { rawLogit, STAGE2_FEATURES, stage2Features } from "../ranker";
import { meanAveragePrecisionAt5, trainListwise, type TListExample } from "../ranker-training";

const [rankArg = "8", epochsArg = "12", rateArg = "0.03", negArg = "10", write] =
  process.argv.slice(2);
const opts = {
  rank: Number(rankArg),
  epochs: Number(epochsArg),
  rate: Number(rateArg),
  negatives: Number(negArg),
};
const dataDir = path.resolve(process.cwd(), "..", "shared", "data");
const log = (s: string) => process.stderr.write(s + "\n");
const t0 = Date.now();
const train = await prepareSet(await readClef2020(path.join(dataDir, "clef2020"), "train"), log);
const dev = await prepareSet(await readClef2020(path.join(dataDir, "clef2020"), "dev"), log);
const devTest = await prepareSet(
  await readCheckThat2022(path.join(dataDir, "checkthat2022-task2a-en"), "dev_test"),
  log,
);
log(`prepared in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

const projLists = (p: TPrepared): TProjectionList[] =>
  p.queries.map((q) => ({
    text: q.vector,
    claims: q.candidates.map((c) => p.claimVectors[c.doc]!.claim),
    ys: q.candidates.map((c) => (q.relevant.has(c.id) ? 1 : 0) as 0 | 1),
  }));

/** Cosines per query, with the projection (or raw). */
function cosines(p: TPrepared, proj: TProjection | null, only?: number[]): number[][] {
  return (only ?? p.queries.map((_, i) => i)).map((i) => {
    const q = p.queries[i];
    if (!proj) return q.candidates.map((c) => cosine(q.vector, p.claimVectors[c.doc]!.claim));
    const t = projectUnit(proj, q.vector);
    return q.candidates.map((c) => {
      const u = projectUnit(proj, p.claimVectors[c.doc]!.claim);
      let s = 0;
      for (let k = 0; k < t.length; k++) s += t[k] * u[k];
      return s;
    });
  });
}

function mapOf(p: TPrepared, scores: number[][], only?: number[]): number {
  const idx = only ?? p.queries.map((_, i) => i);
  return meanAveragePrecisionAt5(
    idx.map((qi, n) => {
      const q = p.queries[qi];
      return {
        ranked: q.candidates
          .map((c, i) => ({ id: c.id, score: scores[n][i] }))
          .sort((a, b) => b.score - a.score),
        relevant: q.relevant,
      };
    }),
  );
}

const listsFor = (p: TPrepared, cos: number[][]): TListExample[] =>
  p.queries.map((q, i) => ({
    // The claim cosine alone is compared here: the title cosine repeats it, the numbers are left out.
    xs: stage2Features(
      q.candidates.map((c) => c.features),
      { cosines: cos[i], titleCosines: cos[i], numbers: q.candidates.map(() => [0, 0]) },
    ),
    ys: q.candidates.map((c) => (q.relevant.has(c.id) ? 1 : 0) as 0 | 1),
  }));

// Out-of-fold projected cosines on train (the ranker must not see cosines the projection was fitted on).
const folds = 5;
const trainLists = projLists(train);
const oof: number[][] = new Array(train.queries.length);
let oofEnc = 0;
for (let f = 0; f < folds; f++) {
  const held = train.queries.map((_, i) => i).filter((i) => i % folds === f);
  const fitOn = trainLists.filter((_, i) => i % folds !== f);
  const t = Date.now();
  const proj = trainProjection(fitOn, opts);
  const cos = cosines(train, proj, held);
  held.forEach((qi, n) => (oof[qi] = cos[n]));
  const m = mapOf(train, cos, held);
  oofEnc += m / folds;
  log(
    `fold ${f}: encoder-alone MAP@5 ${m.toFixed(3)} (raw ${mapOf(train, cosines(train, null, held), held).toFixed(3)}), ${((Date.now() - t) / 1000).toFixed(0)} s`,
  );
}
const full = trainProjection(trainLists, opts);
const rawTrain = cosines(train, null);
const report: string[] = [
  JSON.stringify(opts),
  `train CV encoder-alone MAP@5: raw ${mapOf(train, rawTrain).toFixed(3)} → projected ${oofEnc.toFixed(3)}`,
];
// Stage-2 ranker trained on raw cosines vs on out-of-fold projected cosines; CV on train too.
for (const [name, trainCos, proj] of [
  ["raw", rawTrain, null],
  ["projected", oof, full],
] as const) {
  const lists = listsFor(train, trainCos as number[][]);
  let cv = 0;
  for (let f = 0; f < folds; f++) {
    const m = trainListwise(
      lists.filter((_, i) => i % folds !== f),
      STAGE2_FEATURES,
    );
    const held = train.queries.map((_, i) => i).filter((i) => i % folds === f);
    cv +=
      mapOf(
        train,
        held.map((i) => lists[i].xs.map((x) => rawLogit({ ...m, shift: 0 }, x))),
        held,
      ) / folds;
  }
  const model = { ...trainListwise(lists, STAGE2_FEATURES), shift: 0 };
  const parts = [`${name}: stage-2 train CV ${cv.toFixed(3)}`];
  for (const [label, set] of [
    ["CLEF dev", dev],
    ["CT2022 dev_test", devTest],
  ] as const) {
    const cos = cosines(set, proj as TProjection | null);
    const xs = listsFor(set, cos);
    parts.push(
      `${label} encoder ${mapOf(set, cos).toFixed(3)} stage-2 ${mapOf(
        set,
        xs.map((l) => l.xs.map((x) => rawLogit(model, x))),
      ).toFixed(3)}`,
    );
  }
  report.push(parts.join("; "));
}
for (const line of report) process.stdout.write(line + "\n");
if (write) {
  const round = (xs: number[]) => xs.map((x) => Math.round(x * 1e5) / 1e5);
  const file = path.join(process.cwd(), "lib/triage/factcheck/projection-weights.json");
  writeFileSync(
    file,
    JSON.stringify({
      trainedOn: "CLEF 2020 train (800 tweets)",
      rank: full.rank,
      diag: round(full.diag),
      a: round(full.a),
      b: round(full.b),
    }) + "\n",
  );
  log(`wrote ${file}`);
}

// Stage-2 experiments on what stage2-prep.ts wrote and cached vectors only (nothing is embedded):
// dense candidates, extra features; trained on CLEF 2020 train (out-of-fold projection), MAP@5 on
// train CV, CLEF dev and CheckThat 2022 dev_test (test2022 only with `test`).
//   npx tsx lib/triage/factcheck/scripts/stage2-experiment.ts variant=raw dense=K extra=a,b [test]
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cosine } from "../../encoder/sentence-encoder";
import {
  claimEmbeddingText,
  commentEmbeddingText,
  rerankFeatures,
  titleEmbeddingText,
} from "../rerank";
import type { TClaimCandidate } from "../claim-matcher";
import { embeddingKey, readCache } from "../embedding-cache";
import {
  outOfFoldProjections,
  PROJECTION_OPTIONS,
  type TProjection,
} from "../embedding-projection";
import { readCheckThat2022, readClef2020 } from "../eval-data";
import { averagePrecisionAt5 } from "../ranker-training";

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v = "1"] = a.split("=");
    return [k, v] as const;
  }),
);
const VARIANT = args.get("variant") ?? "raw";
const DENSE = Number(args.get("dense") ?? 0);
const EXTRA = new Set((args.get("extra") ?? "").split(",").filter(Boolean));
const L2 = Number(args.get("l2") ?? 1e-3);
const ITER = Number(args.get("iter") ?? 400);
const log = (s: string) => process.stderr.write(s + "\n");
const dataDir = path.resolve(process.cwd(), "..", "shared", "data");
const cache = readCache();
const vec = (t: string) => {
  const v = cache.get(embeddingKey(t));
  if (!v) throw new Error(`not cached: ${t.slice(0, 60)}`);
  return v;
};

type TPoolItem = { doc: number; id: string; f: number[]; bm25: 0 | 1; dense: number; s1: 0 | 1 };
type TQ = { text: string; relevant: string[]; pool: TPoolItem[] };
const clef = path.join(dataDir, "clef2020");
const ct = path.join(dataDir, "checkthat2022-task2a-en");
const clefClaims = (await readClef2020(clef, "dev")).claims;
const ctClaims = (await readCheckThat2022(ct, "dev_test")).claims;

function load(tag: string, claims: typeof clefClaims) {
  const { name, queries } = JSON.parse(readFileSync(`/tmp/fc/${VARIANT}-${tag}.json`, "utf8")) as {
    name: string;
    queries: TQ[];
  };
  const vectors = claims.map((c) => ({
    claim: vec(claimEmbeddingText(c)),
    title: titleEmbeddingText(c) ? vec(titleEmbeddingText(c)) : null,
  }));
  const qs = queries.map((q) => ({
    ...q,
    relevantSet: new Set(q.relevant),
    vector: vec(commentEmbeddingText(q.text)),
    pool: q.pool.filter((c) => c.bm25 || (c.dense >= 0 && c.dense < DENSE)),
  }));
  const out = qs.filter((q) => !q.pool.some((c) => q.relevantSet.has(c.id))).length;
  log(`${name}: claim not among candidates ${((100 * out) / qs.length).toFixed(1)} %`);
  return { name, claims, vectors, qs };
}
type TSet = ReturnType<typeof load>;

function features(
  s: TSet,
  proj: (i: number) => TProjection,
): Array<{ xs: Float64Array[]; ys: number[] }> {
  return s.qs.map((q, i) => {
    const cands: TClaimCandidate[] = q.pool.map((c) => ({
      id: c.id,
      doc: c.doc,
      score: 0,
      suggested: false,
      features: c.f,
    }));
    const base = rerankFeatures(cands, q, s.claims, s.vectors, proj(i));
    const xs = base.map((x, j) => {
      const c = q.pool[j];
      const more: number[] = [];
      if (EXTRA.has("dense")) more.push(c.dense >= 0 ? 1 / (1 + c.dense) : 0);
      if (EXTRA.has("bm25")) more.push(c.bm25);
      if (EXTRA.has("rawcos")) more.push(cosine(q.vector, s.vectors[c.doc].claim));
      if (EXTRA.has("cxs")) more.push(x[6] * x[3]);
      return Float64Array.from([...x, ...more]);
    });
    return { xs, ys: q.pool.map((c) => (q.relevantSet.has(c.id) ? 1 : 0)) };
  });
}

type TLists = ReturnType<typeof features>;
function fitRankerWeights(lists: TLists): {
  w: Float64Array;
  mean: Float64Array;
  scale: Float64Array;
} {
  const usable = lists.filter((l) => l.ys.some((y) => y));
  const d = usable[0].xs[0].length;
  const mean = new Float64Array(d);
  const scale = new Float64Array(d);
  let n = 0;
  for (const l of usable)
    for (const x of l.xs) {
      n++;
      x.forEach((v, j) => (mean[j] += v));
    }
  mean.forEach((_, j) => (mean[j] /= n));
  for (const l of usable)
    for (const x of l.xs) x.forEach((v, j) => (scale[j] += (v - mean[j]) ** 2));
  scale.forEach((v, j) => (scale[j] = Math.sqrt(v / n) || 1));
  const qs = usable.map((l) => ({
    xs: l.xs.map((x) => x.map((v, j) => (v - mean[j]) / scale[j])),
    ys: l.ys,
    rel: l.ys.reduce((a, b) => a + b, 0),
  }));
  const w = new Float64Array(d);
  const m = new Float64Array(d);
  const v = new Float64Array(d);
  const g = new Float64Array(d);
  for (let it = 1; it <= ITER; it++) {
    g.fill(0);
    for (const q of qs) {
      const z = q.xs.map((x) => {
        let s = 0;
        for (let j = 0; j < d; j++) s += x[j] * w[j];
        return s;
      });
      let top = -Infinity;
      for (const zz of z) top = Math.max(top, zz);
      let sum = 0;
      const e = z.map((zz) => ((zz = Math.exp(zz - top)), (sum += zz), zz));
      for (let i = 0; i < z.length; i++) {
        const gi = (e[i] / sum - q.ys[i] / q.rel) / qs.length;
        if (gi === 0) continue;
        const x = q.xs[i];
        for (let j = 0; j < d; j++) g[j] += gi * x[j];
      }
    }
    for (let j = 0; j < d; j++) {
      const gj = g[j] + L2 * w[j];
      m[j] = 0.9 * m[j] + 0.1 * gj;
      v[j] = 0.999 * v[j] + 0.001 * gj * gj;
      w[j] -= (0.05 * (m[j] / (1 - 0.9 ** it))) / (Math.sqrt(v[j] / (1 - 0.999 ** it)) + 1e-8);
    }
  }
  return { w, mean, scale };
}

function map5(
  s: TSet,
  lists: TLists,
  model: ReturnType<typeof fitRankerWeights>,
  only?: number[],
): number {
  const idx = only ?? s.qs.map((_, i) => i);
  let total = 0;
  for (const i of idx) {
    const q = s.qs[i];
    const scored = lists[i].xs.map((x, j) => {
      let z = 0;
      x.forEach((v, k) => (z += model.w[k] * ((v - model.mean[k]) / model.scale[k])));
      return [z, q.pool[j].id] as const;
    });
    scored.sort((a, b) => b[0] - a[0]);
    total += averagePrecisionAt5(
      scored.map(([, id]) => id),
      q.relevantSet,
    );
  }
  return total / idx.length;
}

const train = load("train", clefClaims);
const projFile = `/tmp/fc/proj-${VARIANT}.json`;
let proj: { folds: TProjection[]; full: TProjection };
if (existsSync(projFile)) proj = JSON.parse(readFileSync(projFile, "utf8"));
else {
  proj = outOfFoldProjections(
    train.qs.map((q) => {
      const s1 = q.pool.filter((c) => c.s1);
      return {
        text: q.vector,
        claims: s1.map((c) => train.vectors[c.doc].claim),
        ys: s1.map((c) => (q.relevantSet.has(c.id) ? 1 : 0) as 0 | 1),
      };
    }),
    PROJECTION_OPTIONS,
  );
  writeFileSync(projFile, JSON.stringify(proj));
}
const evalSets = [load("dev", clefClaims), load("devtest", ctClaims)];
if (args.has("test")) evalSets.push(load("test", ctClaims));

const trainLists = features(train, (i) => proj.folds[i % proj.folds.length]);
let cv = 0;
for (let f = 0; f < 5; f++) {
  const held = train.qs.map((_, i) => i).filter((i) => i % 5 === f);
  cv +=
    map5(train, trainLists, fitRankerWeights(trainLists.filter((_, i) => i % 5 !== f)), held) / 5;
}
const model = fitRankerWeights(trainLists);
const parts = [
  `${VARIANT} dense=${DENSE} extra=${[...EXTRA].join(",")} l2=${L2}`,
  `train CV ${cv.toFixed(4)}`,
];
for (const s of evalSets)
  parts.push(
    `${s.name} ${map5(
      s,
      features(s, () => proj.full),
      model,
    ).toFixed(4)}`,
  );
process.stdout.write(parts.join(" | ") + "\n");

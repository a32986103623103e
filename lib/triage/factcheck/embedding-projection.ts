// A learned linear map of the frozen sentence-encoder vectors (metric learning): p(x) = d ⊙ x + A·(Bᵀx),
// fitted so that the cosine of a tweet and the claim it repeats beats its BM25 candidates' (softmax loss).
// Shipped in projection-weights.json (diagonal only: cross-validated on CLEF 2020 train, a low-rank
// part raised CLEF dev but lowered CheckThat 2022 dev_test); applied to the stage-2 cosine feature.

import projectionFile from "./projection-weights.json";

export type TProjection = {
  /** Per-dimension scale (length = encoder dimension). */
  diag: number[];
  /** Low-rank part: `rank` columns of A and B, each of the encoder dimension, stored row by row (dim × rank). */
  a: number[];
  b: number[];
  rank: number;
};

/** The shipped projection (replaced in place while the ranker trains). */
export const PROJECTION: TProjection = { ...(projectionFile as TProjection) };

/** Training settings of the shipped projection (chosen by 5-fold CV on CLEF 2020 train). */
export const PROJECTION_OPTIONS = { rank: 0, epochs: 30, rate: 0.02, negatives: 30 } as const;

/**
 * Projected claim vectors, kept per projection and vector object: a library's claims are projected
 * once, not once per comment that brings them up. Keyed on the weight arrays too, since training
 * replaces them in place (Object.assign on PROJECTION).
 */
const projectedClaims = new WeakMap<
  TProjection,
  { diag: number[]; a: number[]; b: number[]; units: WeakMap<object, Float32Array> }
>();

function projectClaim(p: TProjection, x: ArrayLike<number>): Float32Array {
  let entry = projectedClaims.get(p);
  if (!entry || entry.diag !== p.diag || entry.a !== p.a || entry.b !== p.b) {
    entry = { diag: p.diag, a: p.a, b: p.b, units: new WeakMap() };
    projectedClaims.set(p, entry);
  }
  let unit = entry.units.get(x as object);
  if (!unit) entry.units.set(x as object, (unit = projectUnit(p, x)));
  return unit;
}

/** Cosines of a text and its candidate claims after the projection. */
export function projectedCosines(
  p: TProjection,
  text: ArrayLike<number>,
  claims: readonly ArrayLike<number>[],
): number[] {
  const t = projectUnit(p, text);
  return claims.map((c) => {
    const u = projectClaim(p, c);
    let s = 0;
    for (let i = 0; i < t.length; i++) s += t[i] * u[i];
    return s;
  });
}

/**
 * Projections fitted without each fold of texts (fold = position mod `folds`), for training a
 * ranker on cosines the projection was not fitted on; and the projection fitted on all.
 */
export function outOfFoldProjections(
  lists: readonly TProjectionList[],
  opts: TProjectionOptions,
  folds = 5,
): { folds: TProjection[]; full: TProjection } {
  const fitted: TProjection[] = [];
  for (let f = 0; f < folds; f++)
    fitted.push(
      trainProjection(
        lists.filter((_, i) => i % folds !== f),
        opts,
      ),
    );
  return { folds: fitted, full: trainProjection(lists, opts) };
}

/** One training text: its vector, its candidates' vectors and which of them are right. */
export type TProjectionList = { text: Float32Array; claims: Float32Array[]; ys: Array<0 | 1> };

export type TProjectionOptions = {
  rank?: number;
  epochs?: number;
  rate?: number;
  l2?: number;
  temperature?: number;
  seed?: number;
  negatives?: number;
};

export function identityProjection(dim: number, rank = 0): TProjection {
  return {
    diag: new Array<number>(dim).fill(1),
    a: new Array<number>(dim * rank).fill(0),
    b: new Array<number>(dim * rank).fill(0),
    rank,
  };
}

/** p(x) into `out` (Float64Array of the dimension); `hidden` receives Bᵀx when given. */
function project(
  p: TProjection,
  x: ArrayLike<number>,
  out: Float64Array,
  hidden: Float64Array,
): void {
  const dim = p.diag.length;
  const r = p.rank;
  hidden.fill(0);
  for (let i = 0; i < dim; i++) {
    const xi = x[i];
    out[i] = p.diag[i] * xi;
    for (let k = 0; k < r; k++) hidden[k] += p.b[i * r + k] * xi;
  }
  for (let i = 0; i < dim; i++) {
    let s = 0;
    for (let k = 0; k < r; k++) s += p.a[i * r + k] * hidden[k];
    out[i] += s;
  }
}

/** The projected vector, unit length (so a dot product of two is their cosine). */
export function projectUnit(p: TProjection, x: ArrayLike<number>): Float32Array {
  const out = new Float64Array(p.diag.length);
  project(p, x, out, new Float64Array(p.rank));
  let norm = 0;
  for (const v of out) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  return Float32Array.from(out, (v) => v / norm);
}

function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return ((s >>> 0) / 4294967296) * 2 - 1;
  };
}

/**
 * Full-batch Adam on the softmax (temperature τ) over each text's candidates of the projected
 * cosines, cross-entropy against its right claims; L2 pulls d to 1 and A, B to 0 (the raw encoder).
 */
export function trainProjection(
  lists: readonly TProjectionList[],
  opts: TProjectionOptions = {},
): TProjection {
  const {
    rank = 8,
    epochs = 12,
    rate = 0.03,
    l2 = 1e-3,
    temperature = 0.05,
    seed = 7,
    negatives = 10,
  } = opts;
  const dim = lists[0].text.length;
  const rnd = random(seed);
  const p = identityProjection(dim, rank);
  for (let i = 0; i < p.b.length; i++) p.b[i] = rnd() * 0.05;
  const params = [p.diag, p.a, p.b];
  const grads = params.map((w) => new Float64Array(w.length));
  const m = params.map((w) => new Float64Array(w.length));
  const v = params.map((w) => new Float64Array(w.length));
  // The first `negatives` candidates (the hardest) and every right claim: the cost grows with each vector.
  const usable = lists
    .map((l) => {
      const keep = l.claims.map((_, i) => i).filter((i) => i < negatives || l.ys[i] === 1);
      return { text: l.text, claims: keep.map((i) => l.claims[i]), ys: keep.map((i) => l.ys[i]) };
    })
    .filter((l) => l.ys.some((y) => y === 1) && l.claims.length > 1);
  const out = new Float64Array(dim);
  const hid = new Float64Array(rank);
  const gh = new Float64Array(rank);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    grads.forEach((g) => g.fill(0));
    for (const l of usable) {
      const vecs = [l.text, ...l.claims];
      const proj = vecs.map((x) => {
        project(p, x, out, hid);
        let sq = 0;
        for (let i = 0; i < dim; i++) sq += out[i] * out[i];
        const norm = Math.sqrt(sq) || 1;
        return {
          unit: Float64Array.from(out, (t) => t / norm),
          norm,
          hidden: Float64Array.from(hid),
        };
      });
      const t = proj[0];
      const cos = proj.slice(1).map((c) => {
        let s = 0;
        for (let i = 0; i < dim; i++) s += c.unit[i] * t.unit[i];
        return s;
      });
      const z = cos.map((c) => c / temperature);
      const top = Math.max(...z);
      const e = z.map((zz) => Math.exp(zz - top));
      const sum = e.reduce((s, x) => s + x, 0);
      const right = l.ys.reduce<number>((s, y) => s + y, 0);
      // dL/d(projected vector) for the text (index 0) and each claim.
      const gOut = vecs.map(() => new Float64Array(dim));
      cos.forEach((c, j) => {
        const ds = (e[j] / sum - l.ys[j] / right) / temperature / usable.length;
        if (ds === 0) return;
        const cj = proj[j + 1];
        for (let i = 0; i < dim; i++) {
          gOut[0][i] += (ds * (cj.unit[i] - c * t.unit[i])) / t.norm;
          gOut[j + 1][i] += (ds * (t.unit[i] - c * cj.unit[i])) / cj.norm;
        }
      });
      vecs.forEach((x, n) => {
        const g = gOut[n];
        const h = proj[n].hidden;
        gh.fill(0);
        for (let i = 0; i < dim; i++) {
          const gi = g[i];
          grads[0][i] += gi * x[i];
          for (let k = 0; k < rank; k++) {
            grads[1][i * rank + k] += gi * h[k];
            gh[k] += p.a[i * rank + k] * gi;
          }
        }
        for (let i = 0; i < dim; i++)
          for (let k = 0; k < rank; k++) grads[2][i * rank + k] += x[i] * gh[k];
      });
    }
    params.forEach((w, n) => {
      const g = grads[n];
      for (let i = 0; i < w.length; i++) {
        const gi = g[i] + l2 * (n === 0 ? w[i] - 1 : w[i]);
        m[n][i] = 0.9 * m[n][i] + 0.1 * gi;
        v[n][i] = 0.999 * v[n][i] + 0.001 * gi * gi;
        w[i] -=
          (rate * (m[n][i] / (1 - 0.9 ** epoch))) /
          (Math.sqrt(v[n][i] / (1 - 0.999 ** epoch)) + 1e-8);
      }
    });
  }
  return p;
}

// Dense classifiers for stage 2, in plain TypeScript: weighted logistic regression (the heads over
// encoder vectors and the stacker) and a one-hidden-layer MLP head, trained full-batch with Adam.

export type TDenseData = { x: Float32Array[] | number[][]; y: number[]; w: number[] };

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

class Adam {
  private m: Float64Array;
  private v: Float64Array;
  private t = 0;
  constructor(
    size: number,
    private readonly lr: number,
  ) {
    this.m = new Float64Array(size);
    this.v = new Float64Array(size);
  }
  step(params: Float64Array, grad: Float64Array): void {
    this.t++;
    const b1 = 0.9;
    const b2 = 0.999;
    const c1 = 1 - b1 ** this.t;
    const c2 = 1 - b2 ** this.t;
    for (let i = 0; i < params.length; i++) {
      this.m[i] = b1 * this.m[i] + (1 - b1) * grad[i];
      this.v[i] = b2 * this.v[i] + (1 - b2) * grad[i] * grad[i];
      params[i] -= (this.lr * (this.m[i] / c1)) / (Math.sqrt(this.v[i] / c2) + 1e-8);
    }
  }
}

/** Logistic regression: params = [w..., bias]; L2 on w only; sample weights normalised to mean 1. */
export function fitLogistic(
  data: TDenseData,
  opts: {
    l2?: number;
    epochs?: number;
    lr?: number;
    prior?: { weights: ArrayLike<number>; bias: number };
  } = {},
): { weights: number[]; bias: number } {
  const n = data.y.length;
  const d = opts.prior ? opts.prior.weights.length : n ? data.x[0].length : 0;
  const l2 = opts.l2 ?? 1e-3;
  const params = new Float64Array(d + 1);
  // With a prior (fine-tuning on moderators' decisions), start there and pull back toward it.
  const prior = new Float64Array(d);
  if (opts.prior) {
    prior.set(Array.from(opts.prior.weights));
    params.set(prior);
    params[d] = opts.prior.bias;
  }
  const grad = new Float64Array(d + 1);
  const adam = new Adam(d + 1, opts.lr ?? 0.05);
  const wsum = data.w.reduce((a, b) => a + b, 0) || 1;
  for (let epoch = 0; epoch < (opts.epochs ?? 300); epoch++) {
    grad.fill(0);
    for (let i = 0; i < n; i++) {
      const x = data.x[i];
      let z = params[d];
      for (let k = 0; k < d; k++) z += params[k] * x[k];
      const g = ((sigmoid(z) - data.y[i]) * data.w[i]) / wsum;
      for (let k = 0; k < d; k++) grad[k] += g * x[k];
      grad[d] += g;
    }
    for (let k = 0; k < d; k++) grad[k] += l2 * (params[k] - prior[k]);
    adam.step(params, grad);
  }
  return { weights: Array.from(params.subarray(0, d)), bias: params[d] };
}

/** A one-hidden-layer ReLU network with a logistic output (mini-batches, Adam, L2 on weights). */
export function fitMlp(
  data: TDenseData,
  opts: { hidden?: number; l2?: number; epochs?: number; lr?: number; seed?: number } = {},
): { w1: Float32Array; b1: Float32Array; w2: Float32Array; b2: number; units: number } {
  const n = data.y.length;
  const d = data.x[0].length;
  const h = opts.hidden ?? 32;
  const l2 = opts.l2 ?? 1e-4;
  let s = (opts.seed ?? 7) >>> 0;
  const rand = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296 - 0.5;
  };
  // params: W1 (h×d), b1 (h), w2 (h), b2
  const size = h * d + h + h + 1;
  const p = new Float64Array(size);
  for (let i = 0; i < h * d; i++) p[i] = rand() * 2 * Math.sqrt(6 / (d + h));
  for (let j = 0; j < h; j++) p[h * d + h + j] = rand() * 2 * Math.sqrt(6 / (h + 1));
  const grad = new Float64Array(size);
  const adam = new Adam(size, opts.lr ?? 0.003);
  const act = new Float64Array(h);
  const order = Array.from({ length: n }, (_, i) => i);
  const batch = 256;
  const oB1 = h * d;
  const oW2 = oB1 + h;
  const oB2 = oW2 + h;
  for (let epoch = 0; epoch < (opts.epochs ?? 30); epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor((rand() + 0.5) * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (let b = 0; b < n; b += batch) {
      grad.fill(0);
      const idx = order.slice(b, b + batch);
      let wsum = 0;
      for (const i of idx) wsum += data.w[i];
      for (const i of idx) {
        const x = data.x[i];
        let z = p[oB2];
        for (let j = 0; j < h; j++) {
          let a = p[oB1 + j];
          const row = j * d;
          for (let k = 0; k < d; k++) a += p[row + k] * x[k];
          act[j] = a > 0 ? a : 0;
          z += p[oW2 + j] * act[j];
        }
        const g = ((sigmoid(z) - data.y[i]) * data.w[i]) / (wsum || 1);
        grad[oB2] += g;
        for (let j = 0; j < h; j++) {
          grad[oW2 + j] += g * act[j];
          if (act[j] <= 0) continue;
          const gj = g * p[oW2 + j];
          grad[oB1 + j] += gj;
          const row = j * d;
          for (let k = 0; k < d; k++) grad[row + k] += gj * x[k];
        }
      }
      for (let k = 0; k < oB1; k++) grad[k] += l2 * p[k];
      for (let j = 0; j < h; j++) grad[oW2 + j] += l2 * p[oW2 + j];
      adam.step(p, grad);
    }
  }
  return {
    w1: Float32Array.from(p.subarray(0, oB1)),
    b1: Float32Array.from(p.subarray(oB1, oW2)),
    w2: Float32Array.from(p.subarray(oW2, oB2)),
    b2: p[oB2],
    units: h,
  };
}

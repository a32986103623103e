// Online logistic regression over hashed features: FTRL-Proximal (McMahan et al., 2013) with L1
// and L2, which keeps most buckets exactly zero (a small model file); and a plain L2-to-prior
// SGD for fine-tuning a shipped model on moderators' decisions.

import { sigmoid } from "../linear-model";

export type TFtrlOptions = { alpha: number; beta: number; l1: number; l2: number };

export const DEFAULT_FTRL: TFtrlOptions = { alpha: 0.5, beta: 1, l1: 0.05, l2: 1 };

/** A sparse example: bucket indices, each with value `scale`, plus extra (index, value) pairs. */
export type TSparse = { feats: Int32Array; scale: number };

export class FtrlLogistic {
  private readonly z: Float64Array;
  private readonly n: Float64Array;
  bias = 0;
  private biasN = 0;

  constructor(
    readonly buckets: number,
    private readonly opts: TFtrlOptions = DEFAULT_FTRL,
  ) {
    this.z = new Float64Array(buckets);
    this.n = new Float64Array(buckets);
  }

  weight(i: number): number {
    const z = this.z[i];
    const { l1, l2, alpha, beta } = this.opts;
    if (Math.abs(z) <= l1) return 0;
    return -(z - Math.sign(z) * l1) / ((beta + Math.sqrt(this.n[i])) / alpha + l2);
  }

  predictLogit(x: TSparse): number {
    let sum = 0;
    for (let k = 0; k < x.feats.length; k++) sum += this.weight(x.feats[k]);
    return this.bias + sum * x.scale;
  }

  /** One step on one example; `sampleWeight` balances classes and data sets. */
  update(x: TSparse, label: number, sampleWeight: number): void {
    const p = sigmoid(this.predictLogit(x));
    const g = (p - label) * sampleWeight;
    const { alpha } = this.opts;
    for (let k = 0; k < x.feats.length; k++) {
      const i = x.feats[k];
      const gi = g * x.scale;
      const w = this.weight(i);
      const sigma = (Math.sqrt(this.n[i] + gi * gi) - Math.sqrt(this.n[i])) / alpha;
      this.z[i] += gi - sigma * w;
      this.n[i] += gi * gi;
    }
    this.biasN += g * g;
    this.bias -= (0.1 * g) / Math.sqrt(this.biasN + 1);
  }

  weights(): Float32Array {
    const w = new Float32Array(this.buckets);
    for (let i = 0; i < this.buckets; i++) w[i] = this.weight(i);
    return w;
  }
}

/** Fine-tuning: Adagrad steps with an L2 pull back toward the shipped weights (no forgetting spree). */
export class PriorSgdLogistic {
  private readonly g2: Float64Array;
  readonly w: Float32Array;

  constructor(
    private readonly prior: Float32Array,
    public bias: number,
    private readonly rate = 0.05,
    private readonly pull = 0.01,
  ) {
    this.w = Float32Array.from(prior);
    this.g2 = new Float64Array(prior.length);
  }

  predictLogit(x: TSparse): number {
    let sum = 0;
    for (let k = 0; k < x.feats.length; k++) sum += this.w[x.feats[k]];
    return this.bias + sum * x.scale;
  }

  update(x: TSparse, label: number, sampleWeight: number): void {
    const g = (sigmoid(this.predictLogit(x)) - label) * sampleWeight;
    for (let k = 0; k < x.feats.length; k++) {
      const i = x.feats[k];
      const gi = g * x.scale + this.pull * (this.w[i] - this.prior[i]);
      this.g2[i] += gi * gi;
      this.w[i] -= (this.rate * gi) / Math.sqrt(this.g2[i] + 1e-8);
    }
    this.bias -= this.rate * 0.1 * g;
  }

  weights(): Float32Array {
    return this.w;
  }
}

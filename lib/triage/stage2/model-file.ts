// The stage-2 model file: per-harm heads over the sentence encoder's vectors and the stacker that
// combines them with stage 1 (n-gram model, terms analyzer and its context signals). Small JSON.

import { HARMS, type THarm } from "../types";

/** A logistic head over the encoder's vector (optionally after a small hidden layer). */
export type TEmbeddingHead = {
  harm: THarm;
  bias: number;
  weights: Float32Array;
  /** Optional hidden layer: hidden[j] = relu(b1[j] + W1[j]·x), then weights·hidden. */
  hidden?: { w1: Float32Array; b1: Float32Array; units: number };
  /** Optional linear term on the vector itself, added to the hidden layer's (an MLP and a logistic head averaged). */
  linear?: Float32Array;
};

/** Learned on dev data: logistic regression over STACK_FEATURES (see stack-features.ts). */
export type TStacker = { harm: THarm; features: string[]; weights: number[]; bias: number };

export type TStage2Model = {
  version: string;
  encoder: string;
  dim: number;
  heads: TEmbeddingHead[];
  stackers: TStacker[];
  meta: Record<string, unknown>;
};

type TEncodedHead = {
  harm: THarm;
  bias: number;
  weights: string;
  hidden?: { w1: string; b1: string; units: number };
  linear?: string;
};
export type TEncodedStage2Model = Omit<TStage2Model, "heads"> & {
  format: "vigil-stage2@1";
  heads: TEncodedHead[];
};

const toB64 = (a: Float32Array) =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("base64");
function fromB64(s: string): Float32Array {
  const buf = Buffer.from(s, "base64");
  const out = new Float32Array(buf.byteLength / 4);
  new Uint8Array(out.buffer).set(buf);
  return out;
}

export function encodeStage2Model(model: TStage2Model): TEncodedStage2Model {
  return {
    ...model,
    format: "vigil-stage2@1",
    heads: model.heads.map((h) => ({
      harm: h.harm,
      bias: h.bias,
      weights: toB64(h.weights),
      ...(h.hidden
        ? { hidden: { w1: toB64(h.hidden.w1), b1: toB64(h.hidden.b1), units: h.hidden.units } }
        : {}),
      ...(h.linear ? { linear: toB64(h.linear) } : {}),
    })),
  };
}

export function decodeStage2Model(json: unknown): TStage2Model {
  const m = json as TEncodedStage2Model;
  if (
    !m ||
    m.format !== "vigil-stage2@1" ||
    !Array.isArray(m.heads) ||
    !Array.isArray(m.stackers)
  ) {
    throw new Error("not a stage-2 model file (expected format vigil-stage2@1)");
  }
  const heads = m.heads.map((h) => {
    if (!HARMS.includes(h.harm)) throw new Error(`stage-2 model: unknown harm ${String(h.harm)}`);
    const weights = fromB64(h.weights);
    const hidden = h.hidden
      ? { w1: fromB64(h.hidden.w1), b1: fromB64(h.hidden.b1), units: h.hidden.units }
      : undefined;
    const inputs = hidden ? hidden.units : m.dim;
    if (weights.length !== inputs)
      throw new Error(
        `stage-2 model: head ${h.harm} has ${weights.length} weights, expected ${inputs}`,
      );
    const linear = h.linear ? fromB64(h.linear) : undefined;
    if (linear && (!hidden || linear.length !== m.dim))
      throw new Error(
        `stage-2 model: head ${h.harm} has a linear term without a hidden layer or of the wrong size`,
      );
    return {
      harm: h.harm,
      bias: h.bias,
      weights,
      ...(hidden ? { hidden } : {}),
      ...(linear ? { linear } : {}),
    };
  });
  const { format: _format, ...rest } = m;
  return { ...rest, heads };
}

/** One head whose logit is the mean of a logistic head's and an MLP head's (same harm, same vectors). */
export function averageHeads(logistic: TEmbeddingHead, mlp: TEmbeddingHead): TEmbeddingHead {
  if (logistic.hidden || !mlp.hidden)
    throw new Error("averageHeads: expects a logistic and an MLP head");
  return {
    harm: mlp.harm,
    bias: (logistic.bias + mlp.bias) / 2,
    weights: mlp.weights.map((w) => w / 2),
    hidden: mlp.hidden,
    linear: logistic.weights.map((w) => w / 2),
  };
}

/** The head's logit for one vector. */
export function embeddingHeadLogit(head: TEmbeddingHead, x: Float32Array): number {
  if (!head.hidden) {
    let z = head.bias;
    for (let i = 0; i < x.length; i++) z += head.weights[i] * x[i];
    return z;
  }
  const { w1, b1, units } = head.hidden;
  const dim = x.length;
  let z = head.bias;
  if (head.linear) for (let i = 0; i < dim; i++) z += head.linear[i] * x[i];
  for (let j = 0; j < units; j++) {
    let a = b1[j];
    const row = j * dim;
    for (let i = 0; i < dim; i++) a += w1[row + i] * x[i];
    if (a > 0) z += head.weights[j] * a;
  }
  return z;
}

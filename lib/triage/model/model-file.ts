// The shipped model file: JSON with each head's non-zero weights quantised to 8 bits, bucket
// indices delta-encoded as varints, gzipped and base64'd. Small (< 3 MB) and fast to load.

import { gunzipSync, gzipSync } from "node:zlib";
import { z } from "zod";
import { HARMS } from "../types";
import { BUCKETS } from "./features";
import type { TLinearModel } from "./linear-model";

export const MODEL_FORMAT = "vigil-linear-model";

const ZPacked = z.object({
  scale: z.number().positive(),
  count: z.number().int().nonnegative(),
  data: z.string(),
});

const ZModelFile = z.object({
  format: z.literal(MODEL_FORMAT),
  version: z.literal(1),
  buckets: z.literal(BUCKETS),
  heads: z.array(
    z.object({
      name: z.string(),
      harm: z.enum(HARMS),
      bias: z.number(),
      shift: z.number(),
      weights: ZPacked,
    }),
  ),
  token: z.object({ bias: z.number(), threshold: z.number(), weights: ZPacked }).nullable(),
  meta: z.record(z.string(), z.unknown()),
});

export type TModelFile = z.infer<typeof ZModelFile>;

function pack(weights: Float32Array): z.infer<typeof ZPacked> {
  let max = 0;
  for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i]));
  const scale = max > 0 ? max / 127 : 1;
  const bytes: number[] = [];
  let previous = -1;
  let count = 0;
  for (let i = 0; i < weights.length; i++) {
    const q = Math.round(weights[i] / scale);
    if (q === 0) continue;
    let delta = i - previous;
    previous = i;
    while (delta >= 0x80) {
      bytes.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    bytes.push(delta);
    bytes.push(q & 0xff);
    count++;
  }
  return { scale, count, data: gzipSync(Buffer.from(bytes), { level: 9 }).toString("base64") };
}

function unpack(packed: z.infer<typeof ZPacked>, buckets: number): Float32Array {
  const weights = new Float32Array(buckets);
  const bytes = gunzipSync(Buffer.from(packed.data, "base64"));
  let index = -1;
  let p = 0;
  for (let n = 0; n < packed.count; n++) {
    let delta = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[p++];
      delta |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    index += delta;
    const q = bytes[p++];
    if (index >= buckets) throw new Error("model file is corrupt: bucket out of range");
    weights[index] = (q > 127 ? q - 256 : q) * packed.scale;
  }
  return weights;
}

export function encodeModel(model: TLinearModel): TModelFile {
  return {
    format: MODEL_FORMAT,
    version: 1,
    buckets: BUCKETS,
    heads: model.heads.map((h) => ({
      name: h.name,
      harm: h.harm,
      bias: h.bias,
      shift: h.shift,
      weights: pack(h.weights),
    })),
    token: model.token
      ? {
          bias: model.token.bias,
          threshold: model.token.threshold,
          weights: pack(model.token.weights),
        }
      : null,
    meta: model.meta,
  };
}

/** Parses and expands a model file; throws with a clear message when it is not one. */
export function decodeModel(json: unknown): TLinearModel {
  const parsed = ZModelFile.safeParse(json);
  if (!parsed.success)
    throw new Error(
      `not a ${MODEL_FORMAT} file (version 1): ${parsed.error.issues[0]?.message ?? "invalid"}`,
    );
  const file = parsed.data;
  return {
    buckets: file.buckets,
    heads: file.heads.map((h) => ({
      name: h.name,
      harm: h.harm,
      bias: h.bias,
      shift: h.shift,
      weights: unpack(h.weights, file.buckets),
    })),
    token: file.token
      ? {
          bias: file.token.bias,
          threshold: file.token.threshold,
          weights: unpack(file.token.weights, file.buckets),
        }
      : null,
    meta: file.meta,
  };
}

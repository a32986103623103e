// The shipped model file: JSON with each head's non-zero weights quantised to 8 bits, bucket
// indices delta-encoded as varints, gzipped and base64'd. Small (< 3 MB) and fast to load.

import { z } from "zod";
import { HARMS } from "../types";
import { BUCKETS } from "./features";
import type { TLinearModel } from "./linear-model";
import { decodeSparseInt8, encodeSparseInt8 } from "./sparse-int8";

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
  const q = Int8Array.from(weights, (w) => Math.round(w / scale));
  return { scale, ...encodeSparseInt8(q) };
}

function unpack(packed: z.infer<typeof ZPacked>, buckets: number): Float32Array {
  const q = decodeSparseInt8(packed, buckets, "model file");
  return Float32Array.from(q, (v) => v * packed.scale);
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

// The span tagger's file: its non-zero 8-bit weights (and their scale), bucket indices delta-encoded
// as varints, gzipped and base64'd, plus the cut-offs chosen on the dev posts. Loading the shipped
// file is one small read.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { decodeSparseInt8, encodeSparseInt8 } from "../model/sparse-int8";
import { SPAN_BUCKETS } from "./token-features";
import type { TSpanTaggerModel } from "./tagger";

export const SPAN_MODEL_FORMAT = "vigil-span-tagger";
export const SPAN_MODEL_RELATIVE = "lib/triage/spans/span-model.json";

const ZSpanModelFile = z.object({
  format: z.literal(SPAN_MODEL_FORMAT),
  buckets: z.literal(SPAN_BUCKETS),
  version: z.string(),
  bias: z.number(),
  threshold: z.number(),
  margin: z.number().nonnegative(),
  floor: z.number(),
  prefilter: z.number(),
  gate: z.number().min(0).max(1),
  scale: z.number().positive(),
  count: z.number().int().nonnegative(),
  data: z.string(),
});

export type TSpanModelFile = z.infer<typeof ZSpanModelFile>;

export function encodeSpanModel(model: TSpanTaggerModel): TSpanModelFile {
  const { count, data } = encodeSparseInt8(model.weights);
  return {
    format: SPAN_MODEL_FORMAT,
    buckets: SPAN_BUCKETS,
    version: model.version,
    bias: model.bias,
    threshold: model.threshold,
    margin: model.margin,
    floor: model.floor,
    prefilter: model.prefilter,
    gate: model.gate,
    scale: model.scale,
    count,
    data,
  };
}

/** Parses and expands a span model file; throws with a clear message when it is not one. */
export function decodeSpanModel(json: unknown): TSpanTaggerModel {
  const parsed = ZSpanModelFile.safeParse(json);
  if (!parsed.success)
    throw new Error(
      `not a ${SPAN_MODEL_FORMAT} file: ${parsed.error.issues[0]?.message ?? "invalid"}`,
    );
  const file = parsed.data;
  const weights = decodeSparseInt8(file, SPAN_BUCKETS, `${SPAN_MODEL_FORMAT} file`);
  return {
    version: file.version,
    bias: file.bias,
    weights,
    scale: file.scale,
    threshold: file.threshold,
    margin: file.margin,
    floor: file.floor,
    prefilter: file.prefilter,
    gate: file.gate,
  };
}

/** Where the shipped span model is: next to this module, or under the working directory. */
export function resolveSpanModelPath(): string | null {
  const candidates: string[] = [];
  try {
    candidates.push(fileURLToPath(new URL("./span-model.json", import.meta.url)));
  } catch {
    // Bundled: import.meta.url is not a file URL.
  }
  candidates.push(path.join(process.cwd(), SPAN_MODEL_RELATIVE));
  return candidates.find((p) => existsSync(p)) ?? null;
}

export function loadSpanModelFile(file: string): TSpanTaggerModel {
  return decodeSpanModel(JSON.parse(readFileSync(file, "utf8")));
}

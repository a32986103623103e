// Stable, hash-based splits of the training table: a record's split depends only on its source
// and its group key (DynaHate contrast pairs share one), so every run agrees.

import { hashString, mix } from "../text/hash";

export const bucketOf = (key: string, n: number) => (mix(hashString(key)) >>> 0) % n;

/** One record in ten per source is dev (stacker, calibration of heads); the rest trains. */
export function tableSplit(source: string, groupKey: string): "train" | "dev" {
  return bucketOf(`${source}:${groupKey}`, 10) === 0 ? "dev" : "train";
}

/** Implicit hate: one post in five is held out for `vigil eval` (never trained or tuned on). */
export function implicitHateHeldOut(text: string): boolean {
  return bucketOf(`ih:${text}`, 5) === 0;
}

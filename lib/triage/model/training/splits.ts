// Deterministic train / held-out splits by hashing a record's id, so `vigil train` and `vigil eval`
// agree on which records the shipped model never saw.

import { hashString, mix } from "../../text/hash";

const bucketOf = (key: string, n: number) => (mix(hashString(key)) >>> 0) % n;

/**
 * HateXplain (validation file only): half is kept for `vigil eval` (never trained on, never used to
 * pick a threshold the model ships with), a tenth is the training run's dev set, the rest trains.
 */
export function hateXplainSplit(postId: string): "eval" | "dev" | "train" {
  const b = bucketOf(`hx:${postId}`, 20);
  return b < 10 ? "eval" : b < 12 ? "dev" : "train";
}

/** Davidson: one tweet in ten is held out. */
export function davidsonSplit(index: number): "test" | "train" {
  return bucketOf(`dv:${index}`, 10) === 0 ? "test" : "train";
}

/** Toxic spans train file: one post in ten is the dev set (token threshold, calibration). The trial file is for eval only. */
export function toxicSpansSplit(index: number): "dev" | "train" {
  return bucketOf(`ts:${index}`, 10) === 0 ? "dev" : "train";
}

/** Moderator decisions: one in ten is held out to report how the retrained model does on them. */
export function decisionSplit(index: number, text: string): "test" | "train" {
  return bucketOf(`md:${index}:${text.length}`, 10) === 0 ? "test" : "train";
}

/** Neutral weak negatives: one in ten is held out (calibration sees the clean class too). */
export function neutralSplit(index: number): "dev" | "train" {
  return bucketOf(`nt:${index}`, 10) === 0 ? "dev" : "train";
}

// Token examples for the span tagger from toxic-spans posts: each post scored once by the stage-1
// engine without the tagger (its harm level and the other analyzers' spans are features), each
// token labelled toxic when most of its characters are in the gold offsets.

import type { TTriageEngine } from "../engine";
import { prepareDoc, tokenSpan, type TDoc } from "../text/doc";
import type { TSpan } from "../types";
import { gateBucket, MAX_TOKEN_FEATURES, tokenFeatures } from "./token-features";
import { harmLevel, tokenMarks, type TTaggerInput } from "./tagger";

export type TSpanPost = {
  doc: TDoc;
  gold: Set<number>;
  input: TTaggerInput;
  level: number;
  /** Features of token i: feats[from[i], from[i + 1]). */
  feats: Int32Array;
  from: Int32Array;
  labels: Uint8Array;
};

const spansOf = (r: ReturnType<TTriageEngine["score"]>, name: string): TSpan[] =>
  r.analyzers.find((a) => a.name === name)?.spans ?? [];

export function buildSpanPost(
  engine: TTriageEngine,
  post: { text: string; spans: number[] },
): TSpanPost {
  const r = engine.score({ text: post.text });
  const input: TTaggerInput = {
    text: post.text,
    scores: r.scores,
    termSpans: spansOf(r, "terms"),
    modelSpans: spansOf(r, "model"),
  };
  const level = harmLevel(r.scores);
  const doc = prepareDoc(post.text);
  const marks = tokenMarks(doc, input.termSpans, input.modelSpans);
  const gate = gateBucket(level);
  const gold = new Set(post.spans);
  const feats = new Int32Array(doc.count * MAX_TOKEN_FEATURES);
  const from = new Int32Array(doc.count + 1);
  const labels = new Uint8Array(doc.count);
  const scratch = new Int32Array(MAX_TOKEN_FEATURES);
  let at = 0;
  for (let i = 0; i < doc.count; i++) {
    from[i] = at;
    const n = tokenFeatures(doc, i, marks[i], gate, scratch);
    feats.set(scratch.subarray(0, n), at);
    at += n;
    const { start, end } = tokenSpan(doc, i, i + 1);
    let inside = 0;
    for (let c = start; c < end; c++) if (gold.has(c)) inside++;
    labels[i] = inside * 2 >= end - start && end > start ? 1 : 0;
  }
  from[doc.count] = at;
  return { doc, gold, input, level, feats: feats.slice(0, at), from, labels };
}

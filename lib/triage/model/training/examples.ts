// Turns the data sets into labelled feature vectors, one label per harm where the data says
// something about it (see lib/triage/README.md, "Label → harm mapping"), with their split.

import { HARMS, type THarm } from "../../types";
import { prepareDoc } from "../../text/doc";
import { classifyTokens } from "../../terms/classify";
import { C } from "../../terms/lexicon";
import { extractFeatures, FEATURE_MASK, REPEAT, type TFeatures } from "../features";
import { featureScale } from "../linear-model";
import type { TDavidsonTweet, THateXplainPost, TToxicSpansPost } from "./datasets";
import { identityTemplateSentences } from "./identity-templates";
import {
  davidsonSplit,
  decisionSplit,
  hateXplainSplit,
  neutralSplit,
  toxicSpansSplit,
} from "./splits";

export type TSplit = "train" | "dev" | "test" | "eval";

export type TDocExample = {
  feats: Int32Array;
  scale: number;
  labels: Partial<Record<THarm, 0 | 1>>;
  /** Relative weight of the example's data set. */
  weight: number;
  source: string;
  split: TSplit;
};

export type TTokenExample = {
  feats: Int32Array;
  tokFrom: Int32Array;
  tokTo: Int32Array;
  context: Int32Array;
  labels: Uint8Array;
  weight: number;
  source: string;
  split: TSplit;
  /** For span F1 on dev: the text, each token's original range, and the gold characters. */
  text?: string;
  ranges?: Array<{ start: number; end: number }>;
  gold?: number[];
};

/** Per-data-set weights: the big, narrow Davidson tweets count less than the varied sets. */
export const SOURCE_WEIGHTS = {
  davidson: 0.5,
  hatexplain: 4,
  toxicSpans: 1,
  decisions: 3,
  neutral: 0.3,
  templates: 3,
};

export function docExample(
  text: string,
  labels: TDocExample["labels"],
  weight: number,
  source: string,
  split: TSplit,
): TDocExample {
  const f = extractFeatures(prepareDoc(text));
  return {
    feats: distinctFeatures(f),
    scale: featureScale(f.distinct),
    labels,
    weight,
    source,
    split,
  };
}

/** The document heads' features: each distinct bucket once, as scoring reads them. */
export function distinctFeatures(f: TFeatures): Int32Array {
  const out = new Int32Array(f.distinct);
  let n = 0;
  for (let k = 0; k < f.count; k++) if (f.feats[k] < REPEAT) out[n++] = f.feats[k];
  return out;
}

function tokenExample(
  text: string,
  toxic: (start: number, end: number) => boolean,
  weight: number,
  source: string,
  split: TSplit,
  keepText: boolean,
  gold?: number[],
): TTokenExample {
  const doc = prepareDoc(text);
  const f = extractFeatures(doc);
  const { cls } = classifyTokens(doc);
  const labels = new Uint8Array(f.tokens);
  const ranges: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < f.tokens; i++) {
    const start = doc.origStart[doc.tokStart[i]];
    const end = doc.origEnd[doc.tokEnd[i] - 1];
    // Annotators often marked the targeted group's name ("gay", "Muslims") as toxic. Highlighting
    // identity words would mislead moderators, so those tokens are taught as not toxic.
    labels[i] = toxic(start, end) && !(cls[i] & (C.IDENT | C.PROXY)) ? 1 : 0;
    if (keepText) ranges.push({ start, end });
  }
  return {
    feats: f.feats.map((v) => v & FEATURE_MASK),
    tokFrom: f.tokFrom.slice(),
    tokTo: f.tokTo.slice(),
    context: f.context.slice(),
    labels,
    weight,
    source,
    split,
    ...(keepText ? { text, ranges, gold } : {}),
  };
}

/** A token is toxic when at least half of its non-space characters are in the gold set. */
function overlapTest(gold: ReadonlySet<number>, text: string) {
  return (start: number, end: number) => {
    let inside = 0;
    let chars = 0;
    for (let c = start; c < end; c++) {
      if (text.charCodeAt(c) <= 32) continue;
      chars++;
      if (gold.has(c)) inside++;
    }
    return chars > 0 && inside * 2 >= chars;
  };
}

export function toxicSpansExamples(posts: TToxicSpansPost[]): {
  docs: TDocExample[];
  tokens: TTokenExample[];
} {
  const docs: TDocExample[] = [];
  const tokens: TTokenExample[] = [];
  const w = SOURCE_WEIGHTS.toxicSpans;
  posts.forEach((post, i) => {
    const split = toxicSpansSplit(i);
    const gold = new Set(post.spans);
    tokens.push(
      tokenExample(
        post.text,
        overlapTest(gold, post.text),
        w,
        "toxic_spans",
        split,
        split === "dev",
        post.spans,
      ),
    );
    if (gold.size === 0) return;
    // The post is offensive; the same post without its toxic spans is a matched, in-domain negative.
    let stripped = "";
    for (let c = 0; c < post.text.length; c++) if (!gold.has(c)) stripped += post.text[c];
    docs.push(docExample(post.text, { harassment: 1 }, w, "toxic_spans", split));
    docs.push(
      docExample(
        stripped.replace(/\s+/g, " "),
        { harassment: 0, hate: 0 },
        w,
        "toxic_spans",
        split,
      ),
    );
  });
  return { docs, tokens };
}

export function davidsonExamples(tweets: TDavidsonTweet[]): TDocExample[] {
  return tweets.map((t) =>
    docExample(
      t.text,
      { hate: t.cls === 0 ? 1 : 0, harassment: t.cls <= 1 ? 1 : 0 },
      SOURCE_WEIGHTS.davidson,
      "davidson",
      davidsonSplit(t.index),
    ),
  );
}

/** HateXplain's eval half is left out entirely: `vigil eval` reports on it. */
export function hateXplainExamples(posts: THateXplainPost[]): { docs: TDocExample[] } {
  const docs: TDocExample[] = [];
  const w = SOURCE_WEIGHTS.hatexplain;
  for (const post of posts) {
    const split = hateXplainSplit(post.id);
    if (split === "eval") continue;
    docs.push(
      docExample(
        post.text,
        { hate: post.label === "hatespeech" ? 1 : 0, harassment: post.label === "normal" ? 0 : 1 },
        w,
        "hatexplain",
        split,
      ),
    );
    // Rationales are not used for the token head: they often mark the targeted group's name
    // ("muslims"), which would teach the model to highlight identity words themselves.
  }
  return { docs };
}

/** Neutral editorial sentences: assumed neither hateful nor abusive. */
export function neutralExamples(texts: string[]): TDocExample[] {
  return texts.map((t, i) =>
    docExample(t, { hate: 0, harassment: 0 }, SOURCE_WEIGHTS.neutral, "neutral", neutralSplit(i)),
  );
}

/** Generated neutral sentences naming identity groups (see identity-templates.ts). */
export function templateExamples(): TDocExample[] {
  return identityTemplateSentences().map((t, i) =>
    docExample(
      t,
      { hate: 0, harassment: 0 },
      SOURCE_WEIGHTS.templates,
      "templates",
      neutralSplit(i + 1_000_000),
    ),
  );
}

/** The same sentences for the token head: no word in them should be highlighted. */
export function templateTokenExamples(): TTokenExample[] {
  return identityTemplateSentences().map((t) =>
    tokenExample(t, () => false, SOURCE_WEIGHTS.templates, "templates", "train", false),
  );
}

export type TDecision = { text: string; labels: Partial<Record<THarm, number>> };

export function decisionExamples(decisions: TDecision[]): TDocExample[] {
  return decisions.map((d, i) => {
    const labels: TDocExample["labels"] = {};
    for (const h of HARMS) {
      const v = d.labels[h];
      if (v === 0 || v === 1) labels[h] = v;
    }
    return docExample(
      d.text,
      labels,
      SOURCE_WEIGHTS.decisions,
      "decisions",
      decisionSplit(i, d.text) === "test" ? "test" : "train",
    );
  });
}

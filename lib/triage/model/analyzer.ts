// The learned-model analyzer: per-harm scores from the logistic heads, and spans from the words
// whose token-level probability passes the model's threshold, named after the head they push most.

import type { TAnalyzer, TAnalyzerInput, TAnalyzerResult, THarmScores, TSpan } from "../types";
import { getDoc, tokenSpan } from "../text/doc";
import { extractFeatures, type TFeatures } from "./features";
import {
  headScore,
  sigmoid,
  tokenContribution,
  tokenLogit,
  type TLinearModel,
} from "./linear-model";
import {
  createWordCache,
  lastTokenContribution,
  packModel,
  PACKED_MAX_HEADS,
  scoreDocPacked,
} from "./packed-scorer";

export const MODEL_ANALYZER_NAME = "model";

/** Spans are shown only when the comment itself looks harmful (or the word is very clearly so). */
const SPAN_MIN_DOC_SCORE = 0.05;
const SPAN_SURE_TOKEN = 0.85;

export type TModelAnalyzer = TAnalyzer & {
  /** Token-level probabilities (for evaluation): one per token of the prepared text. */
  tokenProbabilities: (text: string) => {
    probs: Float32Array;
    spans: Array<{ start: number; end: number }>;
  };
};

export function createModelAnalyzer(model: TLinearModel): TModelAnalyzer {
  const version = String(model.meta.version ?? "1");

  function tokenProbs(f: TFeatures): Float32Array {
    const probs = new Float32Array(f.tokens);
    if (!model.token) return probs;
    for (let i = 0; i < f.tokens; i++) probs[i] = sigmoid(tokenLogit(model.token, f, i));
    return probs;
  }

  /** Token logits only: spans compare them with the threshold's logit, no exp() per word. */
  function tokenLogits(f: TFeatures): Float32Array {
    const logits = new Float32Array(f.tokens);
    if (model.token) for (let i = 0; i < f.tokens; i++) logits[i] = tokenLogit(model.token, f, i);
    return logits;
  }
  const logit = (p: number) => Math.log(p / (1 - p));
  const thresholdLogit = model.token ? logit(model.token.threshold) : Infinity;
  const sureLogit = logit(SPAN_SURE_TOKEN);

  const packed = packModel(model);
  const wordCache = createWordCache();
  const docLogits = new Float64Array(PACKED_MAX_HEADS);

  function analyze(input: TAnalyzerInput): TAnalyzerResult {
    const doc = getDoc(input.text ?? "");
    // The features themselves only when a head cannot be packed or a word is highlighted.
    let f: TFeatures | null = null;
    const features = () => (f ??= extractFeatures(doc));
    const scores: Partial<THarmScores> = {};
    let top = 0;
    const packedLogits =
      packed && doc.count > 0 ? scoreDocPacked(packed, wordCache, doc, docLogits) : null;
    model.heads.forEach((head, h) => {
      const s =
        doc.count === 0 ? 0 : packedLogits ? sigmoid(docLogits[h]) : headScore(head, features());
      scores[head.harm] = Math.max(scores[head.harm] ?? 0, s);
      top = Math.max(top, s);
    });
    const spans: TSpan[] = [];
    if (model.token && doc.count > 0) {
      const logits = packedLogits ?? tokenLogits(features());
      let open: TSpan | null = null;
      for (let i = 0; i < doc.count; i++) {
        const z = logits[i];
        const show = z >= thresholdLogit && (top >= SPAN_MIN_DOC_SCORE || z >= sureLogit);
        if (!show) {
          open = null;
          continue;
        }
        const harm = strongestHead(
          model,
          packedLogits
            ? lastTokenContribution
            : (h, t) => tokenContribution(model.heads[h], features(), t),
          i,
          scores,
        );
        const { start, end } = tokenSpan(doc, i, i + 1);
        if (
          open &&
          open.category === harm &&
          i > 0 &&
          doc.sentence[i - 1] === doc.sentence[i] &&
          logits[i - 1] >= thresholdLogit
        ) {
          open.end = end;
        } else {
          open = { start, end, category: harm, reason: `model: strongly associated with ${harm}` };
          spans.push(open);
        }
      }
    }
    return { scores, spans };
  }

  return {
    name: MODEL_ANALYZER_NAME,
    version,
    analyze,
    tokenProbabilities(text) {
      const doc = getDoc(text);
      const f = extractFeatures(doc);
      const probs = tokenProbs(f);
      const spans = Array.from({ length: f.tokens }, (_, i) => tokenSpan(doc, i, i + 1));
      return { probs, spans };
    },
  };
}

/** The harm a highlighted word is evidence for: the head it pushes hardest among likely harms. */
function strongestHead(
  model: TLinearModel,
  contribution: (h: number, i: number) => number,
  i: number,
  scores: Partial<THarmScores>,
) {
  let best = model.heads[0]?.harm ?? "harassment";
  let bestValue = -Infinity;
  for (let h = 0; h < model.heads.length; h++) {
    const head = model.heads[h];
    const value = contribution(h, i) + Math.log((scores[head.harm] ?? 0) + 1e-3);
    if (value > bestValue) {
      bestValue = value;
      best = head.harm;
    }
  }
  return best;
}

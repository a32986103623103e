// The span tagger: which words of a harmful comment carry the harm. A per-token logistic model
// (span-model.json, trained on the SemEval-2021 toxic-spans train file) reads each word, its
// neighbours, what the terms and n-gram analyzers marked and the comment's stage-1 harm level;
// marked words become whole-word spans, neighbours with only spaces between joined as annotators
// mark them.

import { getDoc, type TDoc } from "../text/doc";
import { HARMS, type THarm, type THarmScores, type TSpan } from "../types";
import {
  contextWeight,
  gateBucket,
  MARK_MODEL,
  MARK_TERMS,
  marksBucket,
  wordBucketOf,
  wordHashes,
} from "./token-features";

export const SPAN_TAGGER_NAME = "spans";

export type TSpanTaggerModel = {
  version: string;
  bias: number;
  /** Dense table over SPAN_BUCKETS, 8 bits a weight (a quarter of a float table's cache): q × scale. */
  weights: Int8Array;
  scale: number;
  /** Token logit at or above which a word is marked... */
  threshold: number;
  /** ...unless the comment's best word is this far above it: then only words within `margin` of the best. */
  margin: number;
  /** A comment with no word over `threshold` still gets its best word marked when that word's logit reaches `floor`. */
  floor: number;
  /** A word whose own logit (word and marks features alone) is under this is never marked (speed). */
  prefilter: number;
  /** Comments whose stage-1 harm level (max of the gated harms) is below this get no spans. */
  gate: number;
};

/**
 * Harms whose evidence in the merged spans is the tagger's alone: what toxic-spans annotators mark
 * is abuse and profanity; hate, threat and other frames keep the terms analyzer's spans.
 */
export const TAGGED_HARMS: ReadonlySet<THarm> = new Set(["harassment", "profanity"]);

/**
 * Whether a terms span stays in the merged spans beside the tagger's: always for the harms the
 * tagger does not stand in for; for abuse and profanity only when that harm is flagged and the
 * tagger marked none of its words (a flag always shows its evidence).
 */
export function keepsTermSpan(
  s: TSpan,
  flagged: ReadonlyArray<THarm>,
  tagged: ReadonlyArray<TSpan>,
): boolean {
  if (!TAGGED_HARMS.has(s.category)) return true;
  return flagged.includes(s.category) && !tagged.some((t) => t.start < s.end && t.end > s.start);
}

export type TTaggerInput = {
  text: string;
  scores: Partial<THarmScores>;
  /** Spans of the other analyzers, by analyzer name ("terms", "model"). */
  termSpans: ReadonlyArray<TSpan>;
  modelSpans: ReadonlyArray<TSpan>;
};

/**
 * The highest score among the harms that let the tagger run (the toxic-spans notion of toxicity:
 * hate, harassment, threat, profanity). Named reads, not a loop over harm names: a keyed read of
 * varying names is a slow lookup, and this runs for every comment.
 */
export function harmLevel(scores: Partial<THarmScores>): number {
  return Math.max(
    0,
    scores.hate ?? 0,
    scores.harassment ?? 0,
    scores.threat ?? 0,
    scores.profanity ?? 0,
  );
}

/**
 * A reused buffer and its views by length: subarray() allocates a typed-array object each call,
 * which costs as much as tagging a short comment's words; comments repeat lengths, so views are kept.
 */
class Scratch<T extends Uint8Array | Float32Array> {
  private views: T[] = [];
  private buffer: T;
  constructor(private readonly make: (n: number) => T) {
    this.buffer = make(256);
  }
  /** The first n elements (old contents; callers overwrite them). */
  view(n: number): T {
    if (this.buffer.length < n) {
      this.buffer = this.make(n * 2);
      this.views = [];
    }
    return (this.views[n] ??= this.buffer.subarray(0, n) as T);
  }
}

const marksScratch = new Scratch((n) => new Uint8Array(n));
const logitScratch = new Scratch((n) => new Float32Array(n));
let hashScratch = new Int32Array(258);
/** The marks feature's weight per MARK_* combination, for the comment being tagged. */
const MARK_WEIGHTS = new Int32Array((MARK_TERMS | MARK_MODEL) + 1);

/** MARK_* bits per token: which tokens the other analyzers' spans cover. */
export function tokenMarks(
  doc: TDoc,
  termSpans: ReadonlyArray<TSpan>,
  modelSpans: ReadonlyArray<TSpan>,
): Uint8Array {
  const marks = marksScratch.view(doc.count);
  marks.fill(0);
  for (const s of termSpans) markCovered(doc, s, MARK_TERMS, marks);
  for (const s of modelSpans) markCovered(doc, s, MARK_MODEL, marks);
  return marks;
}

/** Sets `bit` on the tokens overlapping span s (tokens are in text order: a binary search). */
function markCovered(doc: TDoc, s: TSpan, bit: number, marks: Uint8Array): void {
  let lo = 0;
  let hi = doc.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.origEnd[doc.tokEnd[mid] - 1] <= s.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < doc.count && doc.origStart[doc.tokStart[i]] < s.end; i++) marks[i] |= bit;
}

/**
 * Token logits of the tagger for one prepared comment (a reused buffer). A word whose own weight
 * (with the other analyzers' marks) is under `prefilter` is not looked at further (-∞): most
 * words cost two lookups instead of six.
 */
export function tokenLogits(
  model: TSpanTaggerModel,
  doc: TDoc,
  marks: Uint8Array,
  level: number,
): Float32Array {
  if (hashScratch.length < doc.count + 2) hashScratch = new Int32Array(doc.count * 2 + 2);
  const out = logitScratch.view(doc.count);
  const hashes = wordHashes(doc, hashScratch);
  const gate = gateBucket(level);
  const w = model.weights;
  const skipBelow = (model.prefilter - model.bias) / model.scale;
  for (let m = 0; m < MARK_WEIGHTS.length; m++) MARK_WEIGHTS[m] = w[marksBucket(m, gate)];
  for (let i = 0; i < doc.count; i++) {
    const q = w[wordBucketOf(hashes[i + 1])] + MARK_WEIGHTS[marks[i]];
    out[i] =
      q < skipBelow ? -Infinity : model.bias + (q + contextWeight(doc, i, hashes, w)) * model.scale;
  }
  return out;
}

/** The harm a marked word stands for: an overlapping terms or model span's, else harassment. */
function harmOf(start: number, end: number, input: TTaggerInput): THarm {
  return (
    firstHarmOver(start, end, input.termSpans) ??
    firstHarmOver(start, end, input.modelSpans) ??
    "harassment"
  );
}

/** Of the spans overlapping [start, end), the harm first in HARMS; null when none overlaps. */
function firstHarmOver(start: number, end: number, spans: ReadonlyArray<TSpan>): THarm | null {
  let best: THarm | null = null;
  for (const s of spans) {
    if (s.start < end && s.end > start && (!best || HARM_RANK[s.category] < HARM_RANK[best]))
      best = s.category;
  }
  return best;
}

const HARM_RANK = Object.fromEntries(HARMS.map((h, k) => [h, k])) as Record<THarm, number>;

const REASON = "words readers mark as toxic";
/** One reason string per harm, built once. */
const REASONS = Object.fromEntries(HARMS.map((h) => [h, `${REASON} (${h})`])) as Record<
  THarm,
  string
>;

/** Spans for one comment; none when its stage-1 harm level is below the model's gate. */
export function tagSpans(model: TSpanTaggerModel, input: TTaggerInput): TSpan[] {
  const level = harmLevel(input.scores);
  if (level < model.gate || !input.text) return [];
  const doc = getDoc(input.text);
  if (doc.count === 0) return [];
  const marks = tokenMarks(doc, input.termSpans, input.modelSpans);
  const logits = tokenLogits(model, doc, marks, level);
  return spansFromLogits(doc, logits, cutoffFor(model, logits), input);
}

/** The comment's own cut-off: words near its best one, at least `threshold`, or its best word alone. */
export function cutoffFor(
  model: Pick<TSpanTaggerModel, "threshold" | "margin" | "floor">,
  logits: Float32Array,
): number {
  let top = -Infinity;
  for (let i = 0; i < logits.length; i++) if (logits[i] > top) top = logits[i];
  if (top < model.threshold) return top >= model.floor ? top : Infinity;
  return Math.max(model.threshold, top - model.margin);
}

/** Between two marked words only spaces (or a hyphen, an apostrophe...): annotators mark them as one. */
function joins(text: string, from: number, to: number): boolean {
  if (to - from > JOIN_MAX_GAP) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 45 && c !== 39 && c !== 0x2019) return false;
  }
  return true;
}

const JOIN_MAX_GAP = 3;

/** A masked word's asterisks belong to it: "f***" is one word though the tokens end at the "f". */
function maskedEnd(text: string, tokenEnd: number): number {
  let end = tokenEnd;
  while (end < text.length && end - tokenEnd < 6 && text.charCodeAt(end) === ASTERISK) end++;
  return end;
}

function maskedStart(text: string, tokenStart: number): number {
  let start = tokenStart;
  while (start > 0 && tokenStart - start < 6 && text.charCodeAt(start - 1) === ASTERISK) start--;
  return start;
}

const ASTERISK = 42;

/** Marked tokens as whole words; marked neighbours with only spaces between become one span. */
export function spansFromLogits(
  doc: TDoc,
  logits: Float32Array,
  threshold: number,
  input: TTaggerInput,
): TSpan[] {
  const spans: TSpan[] = [];
  let open: TSpan | null = null;
  for (let i = 0; i < doc.count; i++) {
    if (logits[i] < threshold) {
      open = null;
      continue;
    }
    const start = maskedStart(doc.text, doc.origStart[doc.tokStart[i]]);
    const end = maskedEnd(doc.text, doc.origEnd[doc.tokEnd[i] - 1]);
    const category = harmOf(start, end, input);
    if (open && open.category === category && joins(doc.text, open.end, start)) {
      open.end = end;
      continue;
    }
    open = { start, end, category, reason: REASONS[category] };
    spans.push(open);
  }
  return spans;
}

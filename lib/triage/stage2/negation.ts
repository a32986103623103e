// Negation flip probe for stage 2. The sentence encoder (USE lite) is close to negation-blind:
// "X are not vermin" embeds near "X are vermin". For a comment that mentions an identity group and
// carries a negation cue, stage 2 also embeds the de-negated variant (cues removed). When the head
// reads both about the same, the encoder ignored the negation and the polarity is read from the
// variant: a hateful variant means the comment negates hate (learned part lowered); a benign variant
// means it negates a positive ("X are never good", "X are not human") (learned part raised, capped).

import type { THarm } from "../types";
import type { TStage1View } from "./stack-features";

/** Contractions whose negation is dropped by replacing the whole token. */
const CONTRACTIONS: Record<string, string> = {
  "won't": "will",
  "can't": "can",
  cannot: "can",
  "shan't": "shall",
  "ain't": "are",
};
/** Cue words removed outright (with "not"-like function). */
const DROP = new Set(["not", "never", "no", "hardly", "barely", "scarcely", "neither", "nor"]);
/** Negative quantifiers / pronouns turned into their positive counterpart. */
const SWAP: Record<string, string> = {
  none: "all",
  nobody: "everybody",
  "no one": "everyone",
  nothing: "something",
  nowhere: "somewhere",
};

const TOKEN = /no one|[A-Za-z]+(?:['’][A-Za-z]+)?/g;

/**
 * The text with its negation cues removed ("are not" → "are", "don't" → "do", "nobody" →
 * "everybody"), or null when it has none. Case of the first letter is kept.
 */
export function denegate(text: string): string | null {
  let changed = false;
  const out = text.replace(TOKEN, (tok) => {
    const low = tok.toLowerCase().replace(/’/g, "'");
    let rep: string | undefined;
    if (low in CONTRACTIONS) rep = CONTRACTIONS[low];
    else if (low.endsWith("n't")) rep = tok.slice(0, -3);
    else if (DROP.has(low)) rep = "";
    else if (low in SWAP) rep = SWAP[low];
    if (rep === undefined) return tok;
    changed = true;
    if (rep && /^[A-Z]/.test(tok)) rep = rep[0].toUpperCase() + rep.slice(1);
    return rep;
  });
  if (!changed) return null;
  const clean = out
    .replace(/[ \t]{2,}/g, " ")
    .replace(/ ([,.!?;:])/g, "$1")
    .replace(/[,;:]+([.!?])/g, "$1")
    .trim();
  return clean && clean !== text.trim() ? clean.replace(/^[a-z]/, (c) => c.toUpperCase()) : null;
}

/** Longest text probed (a long comment's negation is one sentence among many; the window mean dilutes it). */
export const NEGATION_MAX_CHARS = 400;

/** Whether a comment gets the probe: it names an identity group, carries a cue and is short enough. */
export function negationProbeText(text: string, view: TStage1View): string | null {
  if (!text || text.length > NEGATION_MAX_CHARS) return null;
  if (!(view.signals.identity ?? 0)) return null;
  return denegate(text);
}

/** What stage 2 keeps of a probed comment's de-negated variant. */
export type TNegationProbe = {
  /** The variant's sentence vector. */
  vector: Float32Array;
  /** Stage 1's reading of the variant: hate (terms or n-gram, the higher) and friendly-identity signal. */
  hate: number;
  positive: number;
  /** The comment is one short sentence, so its cue governs the sentence that names the group. */
  oneSentence: boolean;
};

/** Longest comment the raise applies to (one sentence; past it a cue often governs another clause). */
export const NEGATED_POSITIVE_MAX_CHARS = 200;

/** One sentence of at most NEGATED_POSITIVE_MAX_CHARS characters. */
export function isOneShortSentence(text: string): boolean {
  if (text.length > NEGATED_POSITIVE_MAX_CHARS) return false;
  return text.split(/[.!?;]+\s+|\n+/).filter((x) => /\w/.test(x)).length <= 1;
}

/** The comments of a batch that get the probe (their indices) and their de-negated variants. */
export type TNegationPlan = { idx: number[]; probes: string[] };

export function planNegationProbes(texts: string[], views: TStage1View[]): TNegationPlan {
  const plan: TNegationPlan = { idx: [], probes: [] };
  texts.forEach((t, i) => {
    const p = negationProbeText(t, views[i]);
    if (p) {
      plan.idx.push(i);
      plan.probes.push(p);
    }
  });
  return plan;
}

/**
 * Attaches each probed comment's variant vector (embedded with the batch's windows, in one call)
 * and stage 1's reading of the variant (`read`) to its view.
 */
export function attachNegationProbes(
  plan: TNegationPlan,
  texts: string[],
  views: TStage1View[],
  vectors: readonly Float32Array[],
  read: (text: string) => TStage1View,
): void {
  plan.idx.forEach((i, k) => {
    const v = read(plan.probes[k]);
    const probe = {
      vector: vectors[k],
      hate: Math.max(v.terms.hate ?? 0, v.ngram.hate ?? 0),
      positive: v.signals.identityPositive ?? 0,
      oneSentence: isOneShortSentence(texts[i]),
    };
    views[i] = { ...views[i], negation: probe };
  });
}

/** Head logits closer than this: the encoder read the negated and de-negated text alike. */
export const NEGATION_SAME = 1.2;
/** The variant's terms hate score from which the variant reads as hateful wording. */
const VARIANT_HATEFUL = 0.5;
/** How much more hateful stage 1 must read the variant than the original. */
const VARIANT_MARGIN = 0.25;
/** Lowering: the learned part is scaled by this (as the terms analyzer's negated-hate frame). */
export const NEGATED_HATE_FRAME = 0.35;
/** Raising: logit shift of the learned part, capped. */
export const NEGATED_POSITIVE_SHIFT = 1.5;

export type TNegationFlip = { frame: number; shift: number };

/**
 * The adjustment for one harm, given the original's pooled head logit and the variant's; none when
 * there is no probe, the harm is not hate, the terms analyzer already framed the comment, or the
 * encoder did tell the two apart. The polarity comes from stage 1's reading of the variant: hateful
 * wording once the cue is gone ⇒ the comment negates hate; a friendly identity sentence ⇒ it
 * negates a positive.
 */
export function negationFlip(
  harm: THarm,
  headLogit: number,
  variantLogit: number | null,
  view: TStage1View,
): TNegationFlip {
  const none = { frame: 1, shift: 0 };
  const probe = view.negation;
  if (harm !== "hate" || variantLogit === null || !probe) return none;
  const s = view.signals;
  if (s.suppressedHate || s.identityMeta) return none;
  const own = Math.max(view.terms.hate ?? 0, view.ngram.hate ?? 0);
  const same = Math.abs(headLogit - variantLogit) <= NEGATION_SAME;
  if (same && probe.hate >= VARIANT_HATEFUL && probe.hate > own + VARIANT_MARGIN)
    return { frame: NEGATED_HATE_FRAME, shift: 0 };
  // A negated friendly sentence ("X are never good"): stage 1 reads it as friendly too, so its
  // friendly frame is undone, when the comment is that one sentence and the encoder read it at
  // least as hateful as the variant. (Measured: with slack, or on longer comments, the raise
  // flagged ordinary news comments and tweets; see the report of the negation change.)
  if (
    probe.oneSentence &&
    probe.positive &&
    probe.hate < VARIANT_HATEFUL &&
    headLogit >= variantLogit
  )
    return { frame: s.identityPositive ? 1 / 0.6 : 1, shift: NEGATED_POSITIVE_SHIFT };
  return none;
}

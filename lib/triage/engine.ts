// The triage engine: runs the pure analyzers on a comment and combines them into scores, flags,
// evidence spans, fact-check suggestions and a priority. No database, no network.

import {
  combineScores,
  computePriority,
  DEFAULT_THRESHOLDS,
  flaggedHarms,
  mergeSpans,
  type TAnalyzerOpinion,
} from "./combine";
import { createModelAnalyzer, MODEL_ANALYZER_NAME } from "./model/analyzer";
import type { TLinearModel } from "./model/linear-model";
import { keepsTermSpan, SPAN_TAGGER_NAME, tagSpans, type TSpanTaggerModel } from "./spans/tagger";
import { createTermsAnalyzer, TERMS_ANALYZER_NAME } from "./terms/analyzer";
import type { TTermEntry, TTermEntryInput } from "./terms/schema";
import { MAX_ANALYZED_CHARS } from "./text/doc";
import {
  HARMS,
  type TAnalyzer,
  type TAnalyzerInput,
  type TAnalyzerResult,
  type TClaimMatch,
  type THarmScores,
  type TSpan,
  type TTriageResult,
} from "./types";

/** What the engine needs from a fact-check matcher (see lib/triage/factcheck). */
export type TClaimMatcherLike = {
  match: (text: string, limit?: number) => Array<{ id: string; score: number }>;
  /** The ranked contract: best candidates first, each marked `suggested` (factcheck/claim-matcher.ts). */
  candidates?: (
    text: string,
    depth?: number,
    extra?: readonly number[],
    date?: string | Date | null,
  ) => Array<{ id: string; score: number; suggested: boolean }>;
};

export type TTriageEngineOptions = {
  /** The term list (data), or an already built terms analyzer. */
  terms: ReadonlyArray<TTermEntry | TTermEntryInput> | TAnalyzer;
  /** The learned model, an analyzer wrapping one, or null to run on terms alone. */
  model?: TLinearModel | TAnalyzer | null;
  claimMatcher?: TClaimMatcherLike | null;
  thresholds?: Partial<THarmScores>;
  /** More analyzers (e.g. external services' cached results), combined like the others. */
  extraAnalyzers?: TAnalyzer[];
  /**
   * The span tagger (spans/): when given, its spans stand in for the n-gram model's, and in the
   * merged spans for the terms analyzer's harassment and profanity spans (see keepsTermSpan).
   */
  spanTagger?: TSpanTaggerModel | null;
};

export type TTriageEngine = {
  score: (input: TAnalyzerInput) => TTriageResult;
  analyzers: ReadonlyArray<{ name: string; version: string }>;
  thresholds: Readonly<THarmScores>;
};

/** Claim matches below this score are not suggested; a suggested match counts as misinformation at CLAIM_WEIGHT × score. */
export const CLAIM_MIN_SCORE = 0.5;
export const CLAIM_WEIGHT = 0.9;
const MAX_CLAIMS = 5;

const isAnalyzer = (x: unknown): x is TAnalyzer =>
  typeof x === "object" && x !== null && "analyze" in x;

function claimsAnalyzer(matcher: TClaimMatcherLike): TAnalyzer {
  return {
    name: "claims",
    version: "1",
    analyze(input) {
      const text = (input.text ?? "").slice(0, MAX_ANALYZED_CHARS);
      if (!text.trim()) return { scores: {}, spans: [] };
      // Up to five candidates, best first; only suggested ones count as misinformation.
      const claims: TClaimMatch[] = matcher.candidates
        ? matcher
            .candidates(text, undefined, undefined, input.context?.postedAt)
            .slice(0, MAX_CLAIMS)
            .map((c) => ({
              id: String(c.id),
              score: Math.round(c.score * 1000) / 1000,
              suggested: c.suggested,
            }))
        : matcher
            .match(text, MAX_CLAIMS)
            .filter((c) => c.score >= CLAIM_MIN_SCORE)
            .map((c) => ({ id: String(c.id), score: c.score, suggested: true }));
      const best = claims.reduce((m, c) => (c.suggested ? Math.max(m, c.score) : m), 0);
      return { scores: best > 0 ? { misinformation: best * CLAIM_WEIGHT } : {}, spans: [], claims };
    },
  };
}

export function createTriageEngine(options: TTriageEngineOptions): TTriageEngine {
  const analyzers: TAnalyzer[] = [
    isAnalyzer(options.terms) ? options.terms : createTermsAnalyzer(options.terms),
  ];
  if (options.model)
    analyzers.push(isAnalyzer(options.model) ? options.model : createModelAnalyzer(options.model));
  if (options.claimMatcher) analyzers.push(claimsAnalyzer(options.claimMatcher));
  analyzers.push(...(options.extraAnalyzers ?? []));
  const thresholds: THarmScores = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  const tagger = options.spanTagger ?? null;

  function score(input: TAnalyzerInput): TTriageResult {
    const text = typeof input?.text === "string" ? input.text : "";
    const safeInput: TAnalyzerInput = { text, context: input?.context };
    const results: Array<{ analyzer: TAnalyzer; result: TAnalyzerResult }> = analyzers.map(
      (analyzer) => ({
        analyzer,
        result: runSafely(analyzer, safeInput),
      }),
    );
    const opinions: TAnalyzerOpinion[] = results.map((r) => r.result);
    const scores = combineScores(opinions);
    const entries: TTriageResult["analyzers"] = results.map((r) => ({
      name: r.analyzer.name,
      version: r.analyzer.version,
      scores: r.result.scores,
      spans: r.result.spans,
      ...(r.result.modifiers ? { modifiers: r.result.modifiers } : {}),
      ...(r.result.signals ? { signals: r.result.signals } : {}),
    }));
    const flagged = flaggedHarms(scores, thresholds);
    const tagged = tagger ? tagEntry(tagger, text, scores, entries) : null;
    if (tagged) entries.push(tagged);
    const allSpans: TSpan[] = [];
    let claims: TClaimMatch[] = [];
    for (const e of entries) {
      // With a tagger, abusive words come from it; the terms' frames for other harms stay.
      const fromTerms = tagged && e.name === TERMS_ANALYZER_NAME;
      for (const s of e.spans) {
        if (s.end <= text.length && (!fromTerms || keepsTermSpan(s, flagged, tagged.spans)))
          allSpans.push(s);
      }
    }
    for (const r of results) if (r.result.claims?.length) claims = claims.concat(r.result.claims);
    const spans = allSpans.length ? mergeSpans(allSpans) : allSpans;
    if (claims.length > 1) claims.sort((a, b) => b.score - a.score);
    const result: TTriageResult = {
      scores,
      flagged,
      spans,
      claims,
      priority: computePriority(scores),
      analyzers: entries,
      stage: 1,
    };
    if (text.length > MAX_ANALYZED_CHARS) result.truncated = { analyzedChars: MAX_ANALYZED_CHARS };
    return result;
  }

  const names = analyzers.map((a) => ({ name: a.name, version: a.version }));
  if (tagger) names.push({ name: SPAN_TAGGER_NAME, version: tagger.version });
  return { score, analyzers: names, thresholds };
}

/**
 * The tagger's entry: spans from the words it marks, read with the combined scores and the terms
 * and model spans; the model's own spans are then dropped (the tagger already weighed them).
 */
function tagEntry(
  tagger: TSpanTaggerModel,
  text: string,
  scores: THarmScores,
  entries: TTriageResult["analyzers"],
): TTriageResult["analyzers"][number] {
  const terms = entries.find((e) => e.name === TERMS_ANALYZER_NAME);
  const model = entries.find((e) => e.name === MODEL_ANALYZER_NAME);
  let spans: TSpan[] = [];
  try {
    spans = tagSpans(tagger, {
      text,
      scores,
      termSpans: terms?.spans ?? [],
      modelSpans: model?.spans ?? [],
    });
  } catch (error) {
    if (process.env.VIGIL_DEBUG) console.error("span tagger failed", error);
    return { name: SPAN_TAGGER_NAME, version: tagger.version, scores: {}, spans: [] };
  }
  if (model) model.spans = [];
  return { name: SPAN_TAGGER_NAME, version: tagger.version, scores: {}, spans };
}

/** One failing analyzer (e.g. a bad admin regex at runtime) must not sink the whole score. */
function runSafely(analyzer: TAnalyzer, input: TAnalyzerInput): TAnalyzerResult {
  try {
    const r = analyzer.analyze(input);
    for (const h of HARMS) {
      const v = r.scores[h];
      if (v !== undefined && !(typeof v === "number" && Number.isFinite(v))) delete r.scores[h];
    }
    if (!Array.isArray(r.spans)) r.spans = [];
    return r;
  } catch (error) {
    if (process.env.VIGIL_DEBUG) console.error(`analyzer ${analyzer.name} failed`, error);
    return { scores: {}, spans: [] };
  }
}

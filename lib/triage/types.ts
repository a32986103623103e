// Shared types of the triage engine: harms, scores, evidence spans and the analyzer interface.

export const HARMS = ["hate", "harassment", "threat", "profanity", "extremism", "misinformation"] as const;
export type THarm = (typeof HARMS)[number];

export type THarmScores = Record<THarm, number>;

/** Evidence for a score: UTF-16 offsets into the comment text, [start, end). */
export type TSpan = { start: number; end: number; category: THarm; reason: string };

export type TClaimMatch = { id: string; score: number };

export type TAnalyzerInput = {
  text: string;
  context?: { title?: string | null; parent?: string | null };
};

export type TAnalyzerResult = {
  scores: Partial<THarmScores>;
  spans: TSpan[];
  claims?: TClaimMatch[];
};

/** A pure, versioned scorer. Analyzers must not touch the database or the network. */
export type TAnalyzer = {
  name: string;
  version: string;
  analyze: (input: TAnalyzerInput) => TAnalyzerResult;
};

export type TTriageResult = {
  scores: THarmScores;
  flagged: THarm[];
  spans: TSpan[];
  claims: TClaimMatch[];
  /** 0..100, orders the queue (higher first). */
  priority: number;
  analyzers: Array<{ name: string; version: string; scores: Partial<THarmScores>; spans: TSpan[] }>;
};

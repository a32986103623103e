// Shared types of the triage engine: harms, scores, evidence spans and the analyzer interface.

export const HARMS = [
  "hate",
  "harassment",
  "threat",
  "profanity",
  "extremism",
  "misinformation",
] as const;
export type THarm = (typeof HARMS)[number];

export type THarmScores = Record<THarm, number>;

/** Evidence for a score: UTF-16 offsets into the comment text, [start, end). */
export type TSpan = { start: number; end: number; category: THarm; reason: string };

/** A fact-check candidate: score in [0, 1]; `suggested` = over the suggestion cut-off (shown to moderators). */
export type TClaimMatch = { id: string; score: number; suggested: boolean };

export type TAnalyzerInput = {
  text: string;
  context?: {
    title?: string | null;
    parent?: string | null;
    /** When the comment was posted: dates its claims for fact-check matching. */
    postedAt?: string | Date | null;
  };
};

export type TAnalyzerResult = {
  scores: Partial<THarmScores>;
  spans: TSpan[];
  claims?: TClaimMatch[];
  /**
   * Multipliers in [0, 1] this analyzer asks the engine to apply to the OTHER analyzers' score for
   * a harm: e.g. the terms analyzer saw "calling Jews rats is disgusting" (counter-speech), which a
   * bag-of-words model cannot tell from the insult itself.
   */
  modifiers?: Partial<THarmScores>;
  /**
   * Context signals in [0, 1] for the stage-2 stacker (the terms analyzer's frames: hateful wording
   * negated / condemned / quoted, identity words only in friendly or counter-speech sentences).
   */
  signals?: Partial<Record<TContextSignal, number>>;
};

export const CONTEXT_SIGNALS = [
  "suppressedHate",
  "suppressedHarassment",
  "identity",
  "identityMeta",
  "identityPositive",
  "armedTarget",
  "identityNeutral",
] as const;
export type TContextSignal = (typeof CONTEXT_SIGNALS)[number];

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
  analyzers: Array<{
    name: string;
    version: string;
    scores: Partial<THarmScores>;
    spans: TSpan[];
    modifiers?: Partial<THarmScores>;
    signals?: TAnalyzerResult["signals"];
  }>;
  /** Set when the text was longer than the engine analyses: only its first `analyzedChars` were scored. */
  truncated?: { analyzedChars: number };
  /** Which stage produced the scores: 1 = terms + n-gram model (synchronous), 2 = + sentence encoder and stacker (background). */
  stage: 1 | 2;
};

/** Re-ranks fact-check candidates found by stage 1 (implemented in lib/triage/factcheck). */
export type TClaimReranker = {
  version: string;
  /** Re-ranks each item's stage-1 candidates (best first, ≤ 5, `suggested` set by the suggestion threshold). */
  rerank(
    items: Array<{ text: string; candidates: TClaimMatch[]; date?: string | Date | null }>,
  ): Promise<TClaimMatch[][]>;
};

/** How each harm is named to people (labels beside highlights, charts, filters). */
export const HARM_LABEL: Readonly<Record<THarm, string>> = {
  hate: "Hate",
  harassment: "Harassment",
  threat: "Threat",
  profanity: "Profanity",
  extremism: "Extremism",
  misinformation: "Misinformation",
};

// The shape every external scorer has. Unlike analyzers these are asynchronous and may fail:
// they run in background jobs, never inline in a request.

import type { THarmScores } from "../types";

export type TExternalScorer = {
  name: string;
  version: string;
  /** Harm scores in [0, 1] for the harms this service measures; rejects with ExternalServiceError. */
  score(text: string): Promise<Partial<THarmScores>>;
};

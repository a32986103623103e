// Public API of fact-check matching: load a library, match comments against it. Pure: no
// database, no network. The CLEF evaluation (clef-eval.ts) reads files and is imported directly.

export { ZFactCheck, UNRATED, type TFactCheck, type TLoadError, type TLoadResult } from "./schemas";
export {
  loadLibrary,
  detectLibraryFormat,
  summarizeLoadErrors,
  LIBRARY_FORMATS,
  type TLibraryFormat,
} from "./load-library";
export {
  createClaimReranker,
  MAX_LISTED_CLAIMS,
  type TClaimLibrary,
  type TClaimRerankerFull,
} from "./rerank";
export { loadFactChecksJsonl, loadFactChecksCsv } from "./load-factchecks";
export { loadClaimReviewJson } from "./load-claim-review";
export { loadDemoLibrary, DEMO_LIBRARY_NOTE } from "./demo-library";
export { normalizeVerdict, VERDICTS, type TVerdict } from "./verdict";
export {
  createClaimMatcher,
  DEFAULT_MATCH_THRESHOLD,
  type TClaimMatcher,
  type TClaimMatcherOptions,
  type TClaimDocument,
  type TRankedClaim,
  type TClaimCandidate,
} from "./claim-matcher";
export { tokenize } from "./tokenize";

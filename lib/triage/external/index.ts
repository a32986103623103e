// Public API of the optional external scorers (Perspective, OpenAI moderation): off unless
// configured by environment, resilient to slow, failing and rate-limiting services.

export { createExternalScorers } from "./create-external-scorers";
export { type TExternalScorer } from "./types";
export { ExternalServiceError, type TExternalErrorKind } from "./resilient-fetch";
export { mapPerspectiveResponse } from "./perspective";
export { mapOpenAiModerationResponse } from "./openai-moderation";

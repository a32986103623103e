// The one home of the flag thresholds: their defaults and the settings key admins override them
// under. The engine, stage 2, reports, re-flagging and the settings pages all import from here.

import type { THarmScores } from "./types";

/** The admin-editable override, stored in the "Setting" table as { harm: threshold }. */
export const THRESHOLDS_KEY = "triage.thresholds";

/**
 * Default flag thresholds. 0.5 everywhere is the calibrated point of the learned heads (their
 * F1-best cut-off on held-out data) and the level of one clear piece of term evidence
 * ("Jews are rats" 0.9, "typical Jew" 0.55, one bare mild insult 0.35–0.5). Harassment and
 * profanity sit a little higher: a single bare insult or swear word should not flag a comment.
 */
export const DEFAULT_THRESHOLDS: Readonly<THarmScores> = {
  hate: 0.5,
  harassment: 0.55,
  threat: 0.5,
  profanity: 0.55,
  extremism: 0.5,
  misinformation: 0.5,
};

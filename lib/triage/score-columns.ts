// Where each harm's score is stored on "Comment": the one mapping the queue, reports, exports and
// re-flagging share.
import type { THarm } from "./types";

export const SCORE_COLUMN: Readonly<Record<THarm, string>> = {
  hate: "hateScore",
  harassment: "harassmentScore",
  threat: "threatScore",
  profanity: "profanityScore",
  extremism: "extremismScore",
  misinformation: "misinfoScore",
};

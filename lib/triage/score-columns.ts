// Where each harm's score is stored on "Comment": the one mapping the queue, reports, exports and
// re-flagging share.
import { HARMS, type THarm } from "./types";

export const SCORE_COLUMN: Readonly<Record<THarm, string>> = {
  hate: "hateScore",
  harassment: "harassmentScore",
  threat: "threatScore",
  profanity: "profanityScore",
  extremism: "extremismScore",
  misinformation: "misinfoScore",
};

/** The per-harm scores of a raw "Comment" row (as read with SQL). */
export function scoresFromRow(row: Record<string, unknown>): Record<THarm, number> {
  return Object.fromEntries(HARMS.map((h) => [h, Number(row[SCORE_COLUMN[h]] ?? 0)])) as Record<
    THarm,
    number
  >;
}

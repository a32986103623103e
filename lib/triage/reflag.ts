// Recomputes which harms are over their thresholds for stored comments after an admin changes the
// thresholds: one set-based UPDATE over the stored per-harm scores, no re-scoring needed.
import type { TSql } from "@/lib/db/connect";
import { DEFAULT_THRESHOLDS } from "./combine";
import type { THarmScores } from "./types";

const COLUMN: Record<keyof THarmScores, string> = {
  hate: "hateScore",
  harassment: "harassmentScore",
  threat: "threatScore",
  profanity: "profanityScore",
  extremism: "extremismScore",
  misinformation: "misinfoScore",
};

export async function reflagStoredComments(sql: TSql, thresholds: Partial<THarmScores>): Promise<number> {
  const harms = Object.keys(COLUMN) as Array<keyof THarmScores>;
  const flags = harms.map((h, i) => `CASE WHEN "${COLUMN[h]}" >= $${i + 1} THEN '${h}' END`).join(", ");
  const { rows } = await sql.query<{ n: string }>(
    `WITH changed AS (
       UPDATE "Comment" SET "flaggedHarms" = f.harms
       FROM (SELECT "id", array_remove(ARRAY[${flags}]::text[], NULL) AS harms FROM "Comment" WHERE "scoredAt" IS NOT NULL) f
       WHERE "Comment"."id" = f."id" AND "Comment"."flaggedHarms" IS DISTINCT FROM f.harms
       RETURNING 1)
     SELECT count(*)::text AS n FROM changed`,
    harms.map((h) => thresholds[h] ?? DEFAULT_THRESHOLDS[h]),
  );
  return Number(rows[0]?.n ?? 0);
}

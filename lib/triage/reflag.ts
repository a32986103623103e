// Recomputes which harms are over their thresholds for stored comments after an admin changes the
// thresholds: one set-based UPDATE over the stored per-harm scores, no re-scoring needed.
import type { TSql } from "@/lib/db/connect";
import { DEFAULT_THRESHOLDS } from "./combine";
import { HARMS, type THarmScores } from "./types";
import { SCORE_COLUMN } from "./score-columns";

export async function reflagStoredComments(
  sql: TSql,
  thresholds: Partial<THarmScores>,
): Promise<number> {
  const harms = HARMS;
  const flags = harms
    .map((h, i) => `CASE WHEN "${SCORE_COLUMN[h]}" >= $${i + 1} THEN '${h}' END`)
    .join(", ");
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

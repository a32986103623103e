// Loads the decided comments for the triage-quality report: each comment's latest human decision in
// the period with its scores, then hands them to the pure computation.
import "server-only";
import type { TSql } from "@/lib/db/connect";
import type { TReportFilters } from "../filters";
import { HARMS, type THarm } from "@/lib/triage/types";
import { SCORE_COLUMN } from "@/lib/triage/score-columns";
import { SqlParams } from "../sql";
import {
  computeTriageQuality,
  type THarmQuality,
  type TQualitySample,
  type TDecisionStatus,
} from "../triage-quality";
import { latestDecisionsSql } from "./activity";

export async function loadQualitySamples(
  sql: TSql,
  filters: TReportFilters,
): Promise<TQualitySample[]> {
  const p = new SqlParams();
  // Decisions by the system (actor unknown, e.g. auto-moderation rules) would grade the engine against itself.
  const latest = latestDecisionsSql(p, filters, { humansOnly: true });
  const scores = HARMS.map((h) => `c."${SCORE_COLUMN[h]}" AS "${h}"`).join(", ");
  const { rows } = await sql.query<
    Record<THarm, number> & {
      status: TDecisionStatus;
      category: string | null;
      flaggedHarms: string[];
    }
  >(
    `SELECT l."status", l."category", c."flaggedHarms", ${scores} FROM (${latest}) l JOIN "Comment" c ON c."id" = l."commentId"`,
    p.values,
  );
  return rows.map((r) => ({
    status: r.status,
    category: r.category,
    flagged: r.flaggedHarms ?? [],
    scores: Object.fromEntries(HARMS.map((h) => [h, Number(r[h] ?? 0)])) as Record<THarm, number>,
  }));
}

export async function loadTriageQuality(
  sql: TSql,
  filters: TReportFilters,
  thresholds: Record<THarm, number>,
): Promise<{ decided: number; rows: THarmQuality[] }> {
  const samples = await loadQualitySamples(sql, filters);
  return { decided: samples.length, rows: computeTriageQuality(samples, thresholds) };
}

// Whether a text search is rare enough for the full-text index to find its page at once, so a page
// does not first walk its sort order computing each row's text vector (selectQueuePage). Asks the
// planner's estimate (the index's word statistics, no scan); only a low estimate is checked by
// counting up to a page of matches, because estimates of words that occur together run low.
import type { TSql } from "@/lib/db/connect";

const TEXT_MATCH = `to_tsvector('english', c."body") @@ websearch_to_tsquery('english', $1)`;

/** The planner's estimate of the comments matching `q`, or null when it gives none. */
async function estimatedMatches(sql: TSql, q: string): Promise<number | null> {
  const { rows } = await sql.query<{ "QUERY PLAN": unknown }>(
    `EXPLAIN (FORMAT JSON) SELECT 1 FROM "Comment" c WHERE ${TEXT_MATCH}`,
    [q],
  );
  const raw = rows[0]?.["QUERY PLAN"];
  const plan = (typeof raw === "string" ? JSON.parse(raw) : raw) as
    Array<{ Plan?: { "Plan Rows"?: number } }> | undefined;
  const n = Number(plan?.[0]?.Plan?.["Plan Rows"]);
  return Number.isFinite(n) ? n : null;
}

/**
 * True when fewer than `fewerThan` comments in all match `q`: then walking `walkRows` rows of the
 * sort order cannot fill a page, and the full-text index alone should answer. False when the
 * planner expects more than `walkRows` matches (the walk is likely to fill the page) or cannot say.
 */
export async function textMatchesFewerThan(
  sql: TSql,
  q: string,
  fewerThan: number,
  walkRows: number,
): Promise<boolean> {
  const estimate = await estimatedMatches(sql, q);
  if (estimate === null || estimate > walkRows) return false;
  const { rows } = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM "Comment" c WHERE ${TEXT_MATCH} LIMIT $2) t`,
    [q, fewerThan],
  );
  return Number(rows[0]?.n ?? fewerThan) < fewerThan;
}

// The queue's WHERE clauses: every filter of the URL as SQL over "Comment" c, with its values as
// numbered parameters, and the residual filters a page checks while walking its sort's index.
import { SCORE_COLUMN } from "@/lib/triage/score-columns";
import type { TQueueParams, TQueueSort } from "./queue-params";
import { type TCommentStatus } from "./types";
import { HARMS, type THarm } from "@/lib/triage/types";

export type TArgs = { values: unknown[]; add: (value: unknown) => string };
export function newArgs(): TArgs {
  const values: unknown[] = [];
  return { values, add: (value) => `$${values.push(value)}` };
}

/**
 * Filters a page can check row by row while it walks the sort's index (see selectQueuePage): the
 * text search, and a harm or minimum score that the sort's own index does not order by. `on` is
 * the alias of the walked rows, which carry "walkBody", "walkHarms" and "walkScore".
 */
export function residualClauses(p: TQueueParams, args: TArgs, on: string): string[] {
  const out: string[] = [];
  const sortHarm = sortedHarm(p.sort);
  if (p.q)
    out.push(
      `to_tsvector('english', ${on}."walkBody") @@ websearch_to_tsquery('english', ${args.add(p.q)})`,
    );
  if (p.harm && p.harm !== sortHarm) out.push(`${on}."walkHarms" @> ${harmArray(p.harm)}`);
  const scoreHarm = p.scoreHarm ?? p.harm;
  if (p.minScore !== undefined && scoreHarm && scoreHarm !== sortHarm)
    out.push(`${on}."walkScore" >= ${args.add(p.minScore)}`);
  return out;
}

/** The columns residualClauses reads, selected by the walk. */
export function walkColumns(p: TQueueParams): string {
  const scoreHarm = p.scoreHarm ?? p.harm;
  return `, c."body" AS "walkBody", c."flaggedHarms" AS "walkHarms", ${scoreHarm ? `c."${SCORE_COLUMN[scoreHarm]}"` : "NULL::float8"} AS "walkScore"`;
}

/** `ARRAY['hate']::text[]`, written as a literal (never a parameter): the planner then matches the
 *  per-harm partial indexes of the tab counts. Only a known harm name gets here. */
function harmArray(harm: THarm): string {
  if (!HARMS.includes(harm)) throw new Error(`unknown harm ${JSON.stringify(harm)}`);
  return `ARRAY['${harm}']::text[]`;
}

const sortedHarm = (sort: TQueueSort) =>
  sort.startsWith("score-") ? (sort.slice("score-".length) as THarm) : null;

/** WHERE clauses for every filter except the keyset; `statuses` overrides the view's status;
 *  `walk` leaves out the residual filters (checked on the walked rows instead). */
export function filterClauses(
  p: TQueueParams,
  args: TArgs,
  statuses: TCommentStatus[] | null,
  walk = false,
): string[] {
  const where: string[] = [];
  const sortHarm = sortedHarm(p.sort);
  if (statuses)
    where.push(
      statuses.length === 1
        ? `c."status" = ${args.add(statuses[0])}::"CommentStatus"`
        : `c."status" = ANY(${args.add(statuses)}::"CommentStatus"[])`,
    );
  // Comments with open reader reports (a partial index covers it).
  if (p.view === "reported") where.push(`c."openReports" > 0`);
  if (p.article) where.push(`c."articleId" = ${args.add(p.article)}`);
  if (p.author) where.push(`c."authorId" = ${args.add(p.author)}`);
  if (p.harm && !(walk && p.harm !== sortHarm))
    where.push(`c."flaggedHarms" @> ${harmArray(p.harm)}`);
  if (p.minScore !== undefined) {
    const harm = p.scoreHarm ?? p.harm;
    if (harm && !(walk && harm !== sortHarm))
      where.push(`c."${SCORE_COLUMN[harm]}" >= ${args.add(p.minScore)}`);
  }
  const dateColumn = p.dateField === "posted" ? `c."postedAt"` : `c."createdAt"`;
  if (p.from) where.push(`${dateColumn} >= ${args.add(p.from)}::date`);
  if (p.to) where.push(`${dateColumn} < ${args.add(p.to)}::date + 1`);
  if (p.claim) where.push(`c."hasClaimMatch"`);
  // Written exactly like the GIN index expression, so the planner can use it.
  if (p.q && !walk)
    where.push(
      `to_tsvector('english', c."body") @@ websearch_to_tsquery('english', ${args.add(p.q)})`,
    );
  return where;
}

export const where = (clauses: string[]) =>
  clauses.length ? `WHERE ${clauses.join(" AND ")}` : "";

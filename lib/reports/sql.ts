// SQL building blocks shared by the report queries, the exports and the backtest: numbered
// parameters, the filter conditions, and "decisions" (audit rows that set a comment's verdict).
import { HARM_CATEGORY } from "./harms";
import { SCORE_COLUMN } from "@/lib/triage/score-columns";
import { type THarm } from "@/lib/triage/types";
import type { TReportFilters } from "./filters";

/** Collects positional parameters; `add` returns the placeholder to splice into the text. */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** ISO-8601 UTC text: Prisma stores DateTime as UTC `timestamp(3)`, and text avoids driver time zones. */
export const isoText = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A comment id from the audit log's text targetId, without failing on a non-numeric one. */
export const commentIdOf = (alias: string) =>
  `CASE WHEN ${alias}."targetId" ~ '^[0-9]{1,9}$' THEN ${alias}."targetId"::int END`;

export function inRange(
  p: SqlParams,
  column: string,
  filters: Pick<TReportFilters, "from" | "to">,
): string {
  return `${column} >= ${p.add(filters.from)}::date AND ${column} < ${p.add(filters.to)}::date + 1`;
}

export function scoreColumn(harm: THarm, alias = "c"): string {
  return `${alias}."${SCORE_COLUMN[harm]}"`;
}

/** Article and harm: which comments a report or export is about. */
export function commentConditions(p: SqlParams, filters: TReportFilters, alias = "c"): string[] {
  const out: string[] = [];
  if (filters.article) out.push(`${alias}."articleId" = ${p.add(filters.article)}`);
  if (filters.harm) {
    const category = HARM_CATEGORY[filters.harm];
    const flagged = `${p.add(filters.harm)} = ANY(${alias}."flaggedHarms")`;
    out.push(
      category ? `(${flagged} OR ${alias}."flagCategory"::text = ${p.add(category)})` : flagged,
    );
  }
  return out;
}

/** Moderator and action: which audit rows count. */
export function actionConditions(p: SqlParams, filters: TReportFilters, alias = "m"): string[] {
  const out: string[] = [];
  if (filters.moderator) out.push(`${alias}."actorId" = ${p.add(filters.moderator)}`);
  if (filters.action) out.push(`${alias}."action" = ${p.add(filters.action)}`);
  return out;
}

export const where = (conditions: string[]) =>
  conditions.length ? `WHERE ${conditions.join(" AND ")}` : "";
export const and = (conditions: string[]) => conditions.map((c) => ` AND ${c}`).join("");

/** Audit rows in the range, by moderator/action, and (article, harm) about matching comments. */
export function auditRowsWhere(p: SqlParams, filters: TReportFilters): string {
  const conditions = [inRange(p, `m."createdAt"`, filters), ...actionConditions(p, filters)];
  const onComment = commentConditions(p, filters);
  if (onComment.length) {
    // Article and harm narrow the log to rows about matching comments (and, for an article, the article itself).
    const commentRow = `EXISTS (SELECT 1 FROM "Comment" c WHERE m."targetType" = 'COMMENT' AND c."id" = ${commentIdOf("m")}${and(onComment)})`;
    const articleRow =
      filters.article && !filters.harm
        ? ` OR (m."targetType" = 'ARTICLE' AND m."targetId" = ${p.add(String(filters.article))})`
        : "";
    conditions.push(`(${commentRow}${articleRow})`);
  }
  return conditions.join(" AND ");
}

/** Comments imported in the range, by article/harm, and (moderator, action) that had such an action. */
export function commentRowsWhere(p: SqlParams, filters: TReportFilters): string {
  const conditions = [inRange(p, `c."createdAt"`, filters), ...commentConditions(p, filters)];
  const byAction = actionConditions(p, filters);
  if (byAction.length) {
    conditions.push(
      `EXISTS (SELECT 1 FROM "ModerationAction" m WHERE m."targetType" = 'COMMENT' AND m."targetId" = c."id"::text${and(byAction)})`,
    );
  }
  return conditions.join(" AND ");
}

export const DECIDED_STATUSES = `('APPROVED', 'FLAGGED', 'HIDDEN')`;

function statusRowsSql(statuses: string): string {
  return `
  SELECT m."id", m."createdAt", m."actorId", m."actorEmail", m."action",
         c."id" AS "commentId", c."createdAt" AS "importedAt", c."articleId",
         upper(m."after"->>'status') AS "status",
         upper(COALESCE(m."after"->>'flagCategory', m."after"->>'category')) AS "category"
  FROM "ModerationAction" m
  JOIN "Comment" c ON c."id" = ${commentIdOf("m")}
  WHERE m."targetType" = 'COMMENT' AND upper(m."after"->>'status') IN ${statuses}
    AND NOT ${NO_CHANGE}`;
}

/** A row that changed nothing ("Approved → Approved", written before such decisions were refused) is no decision. */
const NO_CHANGE = `(m."before" IS NOT NULL AND upper(m."before"->>'status') IS NOT DISTINCT FROM upper(m."after"->>'status')
    AND COALESCE(m."before"->>'flagCategory', m."before"->>'category') IS NOT DISTINCT FROM COALESCE(m."after"->>'flagCategory', m."after"->>'category'))`;

/**
 * Audit rows that gave a comment a verdict: targetType COMMENT with after.status APPROVED, FLAGGED
 * or HIDDEN. The category is after.flagCategory. Append conditions with " AND …".
 */
export const DECISIONS_SQL = statusRowsSql(DECIDED_STATUSES);

/** Every status change, an undo back to PENDING included: the latest one says where a comment stands. */
export const STATUS_CHANGES_SQL = statusRowsSql(`('PENDING', 'APPROVED', 'FLAGGED', 'HIDDEN')`);

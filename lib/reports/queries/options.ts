// Choices for the report's filter menus: articles with comments, people, and actions seen.
import "server-only";
import type { TSql } from "@/lib/db/connect";
import type { TReportFilters } from "../filters";
import { inRange, SqlParams } from "../sql";

export type TFilterOptions = {
  articles: Array<{ id: number; title: string }>;
  moderators: Array<{ id: string; name: string; email: string }>;
  actions: string[];
};

export async function loadFilterOptions(
  sql: TSql,
  filters: TReportFilters,
): Promise<TFilterOptions> {
  const p = new SqlParams();
  const range = inRange(p, `m."createdAt"`, filters);
  const [articles, moderators, actions] = await Promise.all([
    sql.query<{ id: number; title: string }>(
      `SELECT a."id", a."title" FROM "Article" a
       WHERE EXISTS (SELECT 1 FROM "Comment" c WHERE c."articleId" = a."id") OR a."id" = $1
       ORDER BY a."createdAt" DESC, a."id" DESC LIMIT 300`,
      [filters.article ?? 0],
    ),
    sql.query<{ id: string; name: string; email: string }>(
      `SELECT "id", "name", "email" FROM "User" ORDER BY "name", "email"`,
    ),
    sql.query<{ action: string }>(
      `SELECT DISTINCT m."action" FROM "ModerationAction" m
       WHERE m."targetType" IN ('COMMENT', 'ARTICLE', 'CLAIM_MATCH') AND ${range} ORDER BY 1 LIMIT 100`,
      p.values,
    ),
  ]);
  const actionList = actions.rows.map((r) => r.action);
  if (filters.action && !actionList.includes(filters.action)) actionList.push(filters.action);
  return { articles: articles.rows, moderators: moderators.rows, actions: actionList };
}

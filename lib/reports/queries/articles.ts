// Which articles draw the most harmful comments: moderators' flags and hides in the period, then the
// engine's flags on comments imported in the period.
import "server-only";
import type { TSql } from "@/lib/db/connect";
import type { TReportFilters } from "../filters";
import { commentConditions, inRange, SqlParams } from "../sql";
import { latestDecisionsSql } from "./activity";

export type TTopArticle = {
  id: number;
  title: string;
  flagged: number;
  hidden: number;
  autoFlagged: number;
};

export async function loadTopArticles(
  sql: TSql,
  filters: TReportFilters,
  limit = 10,
): Promise<TTopArticle[]> {
  const p = new SqlParams();
  const latest = latestDecisionsSql(p, filters);
  const autoWhere = [
    inRange(p, `c."createdAt"`, filters),
    `cardinality(c."flaggedHarms") > 0`,
    ...commentConditions(p, filters),
  ].join(" AND ");
  const { rows } = await sql.query<TTopArticle>(
    `WITH md AS (SELECT l."articleId", count(*) FILTER (WHERE l."status" = 'FLAGGED')::int AS "flagged",
                        count(*) FILTER (WHERE l."status" = 'HIDDEN')::int AS "hidden"
                 FROM (${latest}) l GROUP BY l."articleId"),
          auto AS (SELECT c."articleId", count(*)::int AS "autoFlagged" FROM "Comment" c WHERE ${autoWhere} GROUP BY c."articleId")
     SELECT a."id", a."title", COALESCE(md."flagged", 0) AS "flagged", COALESCE(md."hidden", 0) AS "hidden", COALESCE(auto."autoFlagged", 0) AS "autoFlagged"
     FROM md FULL JOIN auto ON auto."articleId" = md."articleId"
     JOIN "Article" a ON a."id" = COALESCE(md."articleId", auto."articleId")
     WHERE COALESCE(md."flagged", 0) + COALESCE(md."hidden", 0) + COALESCE(auto."autoFlagged", 0) > 0
     ORDER BY COALESCE(md."flagged", 0) + COALESCE(md."hidden", 0) DESC, COALESCE(auto."autoFlagged", 0) DESC, a."id"
     LIMIT ${Math.max(1, Math.floor(limit))}`,
    p.values,
  );
  return rows;
}

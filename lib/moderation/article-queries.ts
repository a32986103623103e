// Reads for the articles list (keyset by id, newest first) and one article's moderation summary.
import "server-only";
import { scoresFromRow } from "@/lib/triage/score-columns";
import { getDb } from "@/lib/db";
import type { TArticleListRow, TArticleSummary, TStatusCounts } from "./article-types";
import type { TCommentStatus } from "./types";

export const ARTICLES_PAGE = 50;

const COUNT_COLUMNS = `count(*) FILTER (WHERE c."status" = 'PENDING')::int AS "PENDING", count(*) FILTER (WHERE c."status" = 'APPROVED')::int AS "APPROVED",
  count(*) FILTER (WHERE c."status" = 'FLAGGED')::int AS "FLAGGED", count(*) FILTER (WHERE c."status" = 'HIDDEN')::int AS "HIDDEN"`;

const countsOf = (r: Record<string, unknown>): TStatusCounts => ({
  PENDING: Number(r.PENDING ?? 0),
  APPROVED: Number(r.APPROVED ?? 0),
  FLAGGED: Number(r.FLAGGED ?? 0),
  HIDDEN: Number(r.HIDDEN ?? 0),
});
const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);

export async function listArticles(
  before: number | null,
): Promise<{ rows: TArticleListRow[]; nextBefore: number | null }> {
  const { sql } = await getDb();
  const { rows } = await sql.query<Record<string, unknown>>(
    `SELECT a."id", a."title", a."source", a."publishedAt" AT TIME ZONE 'UTC' AS "publishedAt", a."hidden", a."commentsOpen", s.*
     FROM "Article" a LEFT JOIN LATERAL (SELECT ${COUNT_COLUMNS} FROM "Comment" c WHERE c."articleId" = a."id") s ON true
     WHERE ($1::int IS NULL OR a."id" < $1) ORDER BY a."id" DESC LIMIT ${ARTICLES_PAGE + 1}`,
    [before],
  );
  const page = rows.slice(0, ARTICLES_PAGE).map((r) => ({
    id: Number(r.id),
    title: String(r.title),
    source: (r.source as string | null) ?? null,
    publishedAt: iso(r.publishedAt),
    hidden: Boolean(r.hidden),
    commentsOpen: Boolean(r.commentsOpen),
    counts: countsOf(r),
  }));
  return { rows: page, nextBefore: rows.length > ARTICLES_PAGE ? page[page.length - 1].id : null };
}

export async function getArticleSummary(id: number): Promise<TArticleSummary | null> {
  const { sql, prisma } = await getDb();
  const article = await prisma.article.findUnique({ where: { id } });
  if (!article) return null;
  const [counts, harms, top] = await Promise.all([
    sql.query<Record<string, unknown>>(
      `SELECT ${COUNT_COLUMNS} FROM "Comment" c WHERE c."articleId" = $1`,
      [id],
    ),
    sql.query<{ harm: string; n: number }>(
      `SELECT h AS harm, count(*)::int AS n FROM "Comment" c, unnest(c."flaggedHarms") AS h WHERE c."articleId" = $1 GROUP BY h ORDER BY n DESC, h`,
      [id],
    ),
    sql.query<Record<string, unknown>>(
      `SELECT c."id", left(c."body", 240) AS excerpt, c."status"::text AS status, c."priority", c."flaggedHarms", au."name" AS "authorName",
         c."hateScore", c."harassmentScore", c."threatScore", c."profanityScore", c."extremismScore", c."misinfoScore"
       FROM "Comment" c LEFT JOIN "Author" au ON au."id" = c."authorId"
       WHERE c."articleId" = $1 AND (c."status" = 'FLAGGED' OR cardinality(c."flaggedHarms") > 0)
       ORDER BY c."priority" DESC, c."id" LIMIT 10`,
      [id],
    ),
  ]);
  return {
    article: {
      id: article.id,
      title: article.title,
      url: article.url,
      source: article.source,
      publishedAt: article.publishedAt?.toISOString() ?? null,
      hidden: article.hidden,
      commentsOpen: article.commentsOpen,
      excerpt: article.body.slice(0, 600),
    },
    counts: countsOf(counts.rows[0] ?? {}),
    harms: harms.rows.map((r) => ({ harm: r.harm, count: Number(r.n) })),
    topFlagged: top.rows.map((r) => ({
      id: Number(r.id),
      excerpt: String(r.excerpt),
      status: r.status as TCommentStatus,
      priority: Number(r.priority),
      scores: scoresFromRow(r),
      flaggedHarms: (r.flaggedHarms as string[]) ?? [],
      authorName: (r.authorName as string | null) ?? null,
    })),
  };
}

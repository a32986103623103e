// The publisher's public read path. Visibility rule: a comment is public when its status is
// APPROVED, or PENDING and not held for a person (post-moderation: readers see comments at once,
// moderators take bad ones down; a pre-moderated author's or rule-held comment waits), its author
// is not banned, and its article is not hidden. FLAGGED and HIDDEN comments, and everything under
// a hidden article, are filtered in SQL here so they never leave the server by this path.
import "server-only";
import { getDb } from "@/lib/db";
import type { TPublicArticle, TPublicComment } from "./article-types";

export const PUBLIC_STATUSES = ["PENDING", "APPROVED"] as const;
export const PUBLIC_PAGE = 100;
/** SQL: the comment aliased `c`, whose author is aliased `au` (LEFT JOIN), is public. */
export const publicCommentSql = (c: string, au: string) =>
  `(${c}."status" = 'APPROVED' OR (${c}."status" = 'PENDING' AND ${c}."heldReason" IS NULL)) AND ${au}."banned" IS NOT TRUE`;
const VISIBLE = publicCommentSql("c", "au");

export async function getPublicArticle(id: number): Promise<TPublicArticle | null> {
  const { prisma } = await getDb();
  const a = await prisma.article.findFirst({
    where: { id, hidden: false },
    select: { id: true, title: true, body: true, url: true, publishedAt: true, commentsOpen: true },
  });
  return a ? { ...a, publishedAt: a.publishedAt?.toISOString() ?? null } : null;
}

/** Visible comments of a visible article in id order, keyset by `after`; null when the article is not public. */
export async function listPublicComments(
  articleId: number,
  after: number | null,
  limit = PUBLIC_PAGE,
): Promise<{ comments: TPublicComment[]; nextAfter: number | null } | null> {
  const { sql } = await getDb();
  const { rows } = await sql.query<Record<string, unknown>>(
    `SELECT c."id", c."body", c."postedAt" AT TIME ZONE 'UTC' AS "postedAt", au."name" AS author,
            CASE WHEN p."id" IS NOT NULL AND ${publicCommentSql("p", "pau")} THEN p."id" END AS "parentId"
     FROM "Article" a JOIN "Comment" c ON c."articleId" = a."id"
     LEFT JOIN "Author" au ON au."id" = c."authorId" LEFT JOIN "Comment" p ON p."id" = c."parentId"
     LEFT JOIN "Author" pau ON pau."id" = p."authorId"
     WHERE a."id" = $1 AND NOT a."hidden" AND ${VISIBLE} AND ($2::int IS NULL OR c."id" > $2)
     ORDER BY c."id" LIMIT $3`,
    [articleId, after, limit + 1],
  );
  if (rows.length === 0 && !(await getPublicArticle(articleId))) return null;
  const comments = rows.slice(0, limit).map((r) => ({
    id: Number(r.id),
    parentId: r.parentId == null ? null : Number(r.parentId),
    author: (r.author as string | null) ?? null,
    body: String(r.body),
    postedAt: r.postedAt ? new Date(r.postedAt as string).toISOString() : null,
  }));
  return { comments, nextAfter: rows.length > limit ? comments[comments.length - 1].id : null };
}

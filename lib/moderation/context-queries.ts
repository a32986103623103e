// Reads for the review page's context panel: the parent, the whole thread, the author's record.
import "server-only";
import { getDb } from "@/lib/db";
import type { TAuthorHistory, TReviewContext, TThreadNode } from "./review-types";
import type { TCommentStatus } from "./types";

const THREAD_LIMIT = 200;

async function readThread(id: number): Promise<TThreadNode[]> {
  const { sql } = await getDb();
  const { rows } = await sql.query<Record<string, unknown>>(
    `WITH RECURSIVE up AS (
        SELECT "id", "parentId", 0 AS d FROM "Comment" WHERE "id" = $1
        UNION ALL SELECT c."id", c."parentId", up.d + 1 FROM "Comment" c JOIN up ON c."id" = up."parentId" WHERE up.d < 50),
      root AS (SELECT "id" FROM up ORDER BY d DESC LIMIT 1),
      down AS (
        SELECT c."id", c."parentId", 0 AS depth, ARRAY[c."id"] AS path FROM "Comment" c WHERE c."id" = (SELECT "id" FROM root)
        UNION ALL SELECT c."id", c."parentId", down.depth + 1, down.path || c."id" FROM "Comment" c JOIN down ON c."parentId" = down."id" WHERE down.depth < 30)
     SELECT d."id", d."parentId", d.depth, left(c."body", 400) AS excerpt, c."status"::text AS status, au."name" AS "authorName",
            c."postedAt" AT TIME ZONE 'UTC' AS "postedAt"
     FROM down d JOIN "Comment" c ON c."id" = d."id" LEFT JOIN "Author" au ON au."id" = c."authorId"
     ORDER BY d.path LIMIT ${THREAD_LIMIT}`,
    [id],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    parentId: r.parentId == null ? null : Number(r.parentId),
    depth: Number(r.depth),
    excerpt: String(r.excerpt),
    status: r.status as TCommentStatus,
    authorName: (r.authorName as string | null) ?? null,
    postedAt: r.postedAt ? new Date(r.postedAt as string).toISOString() : null,
  }));
}

async function readAuthorHistory(authorId: number): Promise<TAuthorHistory> {
  const { prisma } = await getDb();
  const [groups, recent] = await Promise.all([
    prisma.comment.groupBy({ by: ["status"], where: { authorId }, _count: { _all: true } }),
    prisma.comment.findMany({
      where: { authorId },
      orderBy: { id: "desc" },
      take: 8,
      select: {
        id: true,
        body: true,
        status: true,
        createdAt: true,
        article: { select: { title: true } },
      },
    }),
  ]);
  const counts: Record<TCommentStatus, number> = { PENDING: 0, APPROVED: 0, FLAGGED: 0, HIDDEN: 0 };
  for (const g of groups) counts[g.status as TCommentStatus] = g._count._all;
  return {
    counts,
    recent: recent.map((r) => ({
      id: r.id,
      excerpt: r.body.slice(0, 160),
      status: r.status as TCommentStatus,
      articleTitle: r.article.title,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}

export async function getReviewContext(comment: {
  id: number;
  parentId: number | null;
  authorId: number | null;
}): Promise<TReviewContext> {
  const [thread, authorHistory] = await Promise.all([
    readThread(comment.id),
    comment.authorId ? readAuthorHistory(comment.authorId) : null,
  ]);
  const parentNode = comment.parentId ? thread.find((n) => n.id === comment.parentId) : undefined;
  return {
    parent: parentNode
      ? {
          id: parentNode.id,
          excerpt: parentNode.excerpt,
          authorName: parentNode.authorName,
          status: parentNode.status,
        }
      : null,
    thread,
    authorHistory,
  };
}

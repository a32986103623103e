// Queue reads for pages and route handlers: thin wrappers that hand the app's database to queue-sql.
import "server-only";
import { getDb } from "@/lib/db";
import { countMatching, countViews, selectAdjacent, selectQueuePage } from "./queue-sql";
import type { TQueueParams } from "./queue-params";
import type { TQueuePage, TViewCounts } from "./types";

export async function getQueuePage(params: TQueueParams): Promise<TQueuePage> {
  return selectQueuePage((await getDb()).sql, params);
}

export async function getViewCounts(params: TQueueParams): Promise<TViewCounts> {
  return countViews((await getDb()).sql, params);
}

export async function countQueueMatches(params: TQueueParams, cap: number): Promise<number> {
  return countMatching((await getDb()).sql, { ...params, cursor: undefined }, cap);
}

export async function findAdjacentComment(params: TQueueParams, fromId: number, direction: "next" | "previous", me: string): Promise<number | null> {
  return selectAdjacent((await getDb()).sql, params, fromId, direction, me);
}

/** Names for the filter chips (article and author ids in the URL). */
export async function getFilterLabels(params: TQueueParams): Promise<{ article: string | null; author: string | null }> {
  const db = await getDb();
  const [article, author] = await Promise.all([
    params.article ? db.prisma.article.findUnique({ where: { id: params.article }, select: { title: true } }) : null,
    params.author ? db.prisma.author.findUnique({ where: { id: params.author }, select: { name: true } }) : null,
  ]);
  return { article: article?.title ?? null, author: author?.name ?? null };
}

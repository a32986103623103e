// Queue reads for pages and route handlers: thin wrappers that hand the app's database to queue-sql,
// each timed as a server-timing span. The queue page's tab counts are cached a few seconds per
// filter, and only while no comment changed (live events refresh them through /api/queue/counts).
import "server-only";
import { getDb } from "@/lib/db";
import { span } from "@/lib/perf/server-timing";
import { selectAdjacent, selectQueuePage } from "./queue-sql";
import { commentsVersion, countMatching, countViews } from "./queue-counts";
import { queueSearch, type TQueueParams } from "./queue-params";
import type { TQueuePage, TViewCounts } from "./types";

export async function getQueuePage(params: TQueueParams): Promise<TQueuePage> {
  return span("queue.rows", async () => selectQueuePage((await getDb()).sql, params));
}

/** How long the page reuses the counts of a filter; 0 reads them fresh. */
export const COUNTS_MAX_AGE_MS = Number(process.env.VIGIL_COUNTS_MAX_AGE_MS ?? 3000);
const COUNTS_CACHE_SIZE = 200;
const countsCache = new Map<
  string,
  { at: number; version: string; counts: Promise<TViewCounts> }
>();

/** The views' counts under the filters (view, sort and cursor do not change them). `maxAgeMs` > 0
 *  reuses counts read (or being read) that recently for the same filters, in this process, as
 *  long as the comments' version is unchanged: a decision anywhere (any process) makes the next
 *  page read fresh counts, so a page never shows counts older than a change it could have seen. */
export async function getViewCounts(params: TQueueParams, maxAgeMs = 0): Promise<TViewCounts> {
  const read = () => span("queue.counts", async () => countViews((await getDb()).sql, params));
  if (maxAgeMs <= 0) return read();
  const key = queueSearch({
    ...params,
    view: "all",
    status: undefined,
    sort: "priority",
    cursor: undefined,
  });
  const now = Date.now();
  const version = await span("queue.counts-version", async () =>
    commentsVersion((await getDb()).sql),
  );
  const hit = countsCache.get(key);
  if (hit && now - hit.at < maxAgeMs && hit.version === version) return hit.counts;
  const counts = read();
  countsCache.set(key, { at: now, version, counts });
  counts.catch(() => countsCache.delete(key));
  if (countsCache.size > COUNTS_CACHE_SIZE) countsCache.delete(countsCache.keys().next().value!);
  return counts;
}

export async function countQueueMatches(params: TQueueParams, cap: number): Promise<number> {
  return span("queue.match-count", async () =>
    countMatching((await getDb()).sql, { ...params, cursor: undefined }, cap),
  );
}

export async function findAdjacentComment(
  params: TQueueParams,
  fromId: number,
  direction: "next" | "previous",
  me: string,
): Promise<number | null> {
  return span("queue.adjacent", async () =>
    selectAdjacent((await getDb()).sql, params, fromId, direction, me),
  );
}

/** Names for the filter chips (article and author ids in the URL); no query when neither is set. */
export async function getFilterLabels(
  params: TQueueParams,
): Promise<{ article: string | null; author: string | null }> {
  if (!params.article && !params.author) return { article: null, author: null };
  return span("queue.labels", async () => {
    const db = await getDb();
    const [article, author] = await Promise.all([
      params.article
        ? db.prisma.article.findUnique({ where: { id: params.article }, select: { title: true } })
        : null,
      params.author
        ? db.prisma.author.findUnique({ where: { id: params.author }, select: { name: true } })
        : null,
    ]);
    return { article: article?.title ?? null, author: author?.name ?? null };
  });
}

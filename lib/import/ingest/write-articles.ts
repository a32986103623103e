// Writes parsed articles and their comments with set-based SQL (multi-row upserts over unnest), one
// transaction per batch; when a batch fails, its articles are retried one by one, so each article
// and its comments land all-or-nothing and one bad article never sinks the others.
import type { TSql } from "@/lib/db/connect";
import type { TParsedArticle, TParsedComment } from "@/lib/import/types";
import { applyAuthorStateOnArrival } from "@/lib/authors/arrival";
import { authorMatchKey, siteOfUrl } from "@/lib/authors/identity";
import { articleKey, authorKey, commentContentHash, commentDedupeKey } from "./keys";
import { safeHttpUrl } from "@/lib/validation/values";

export type TCounts = { created: number; updated: number; unchanged: number; rejected: number };
export type TWriteResult = {
  articles: TCounts;
  comments: TCounts;
  /** Comments created or changed: the triage engine scores these. */
  touchedCommentIds: number[];
  failures: Array<{ index: number; title: string | null; message: string }>;
};

export const zeroCounts = (): TCounts => ({ created: 0, updated: 0, unchanged: 0, rejected: 0 });

export function emptyWriteResult(): TWriteResult {
  return { articles: zeroCounts(), comments: zeroCounts(), touchedCommentIds: [], failures: [] };
}

// PostgreSQL text cannot hold NUL; nothing a reader wrote is lost by dropping it.
const clean = (text: string) => text.replace(/\u0000/g, "");

const toDate = (iso: string | null | undefined) => {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
};

type TArticleRow = { key: string; article: TParsedArticle };
type TCommentRow = {
  articleId: number;
  key: string;
  comment: TParsedComment;
  authorKey: string | null;
};

// A record may name its article only partly (a flat comment giving just the url): missing values
// never overwrite known ones. Three set-based statements for the whole batch.
async function upsertArticles(
  tx: TSql,
  rows: TArticleRow[],
  result: TWriteResult,
): Promise<Map<string, number>> {
  const cols = [
    rows.map((r) => r.key),
    rows.map((r) => r.article.externalId ?? null),
    rows.map((r) => safeHttpUrl(r.article.url)), // only http(s) is ever stored as the article's link
    rows.map((r) => r.article.title?.trim() || null),
    rows.map((r) => (r.article.body?.trim() ? clean(r.article.body) : null)),
    rows.map((r) => r.article.source),
    rows.map((r) => toDate(r.article.publishedAt)),
  ];
  const input = `unnest($1::text[],$2::text[],$3::text[],$4::text[],$5::text[],$6::text[],$7::timestamptz[]) AS t(k,e,u,ti,b,s,p)`;
  const created = await tx.query<{ key: string }>(
    `INSERT INTO "Article" ("key","externalId","url","title","body","source","publishedAt","updatedAt")
     SELECT k,e,u,COALESCE(ti,'(untitled)'),COALESCE(b,''),s,p,now() FROM ${input}
     ON CONFLICT ("key") DO NOTHING RETURNING "key"`,
    cols,
  );
  const createdKeys = new Set(created.rows.map((r) => r.key));
  const updated = await tx.query<{ key: string }>(
    `UPDATE "Article" a SET "externalId"=COALESCE(t.e,a."externalId"),"url"=COALESCE(t.u,a."url"),"title"=COALESCE(t.ti,a."title"),
       "body"=COALESCE(t.b,a."body"),"source"=COALESCE(t.s,a."source"),"publishedAt"=COALESCE(t.p,a."publishedAt"),"updatedAt"=now()
     FROM ${input}
     WHERE a."key"=t.k AND NOT (a."key" = ANY($8::text[]))
       AND (a."externalId",a."url",a."title",a."body",a."source",a."publishedAt") IS DISTINCT FROM
           (COALESCE(t.e,a."externalId"),COALESCE(t.u,a."url"),COALESCE(t.ti,a."title"),COALESCE(t.b,a."body"),COALESCE(t.s,a."source"),COALESCE(t.p,a."publishedAt"))
     RETURNING a."key"`,
    [...cols, [...createdKeys]],
  );
  result.articles.created += createdKeys.size;
  result.articles.updated += updated.rows.length;
  result.articles.unchanged += rows.length - createdKeys.size - updated.rows.length;
  const ids = await tx.query<{ id: number; key: string }>(
    `SELECT "id","key" FROM "Article" WHERE "key" = ANY($1::text[])`,
    [cols[0]],
  );
  return new Map(ids.rows.map((r) => [r.key, r.id]));
}

// Authors are matched per site by account id, else name (lib/authors/identity.ts).
async function upsertAuthors(
  tx: TSql,
  commentRows: TCommentRow[],
  sites: Map<number, string>,
): Promise<Map<string, number>> {
  const byKey = new Map<string, { name: string; site: string; externalId: string | null }>();
  for (const r of commentRows) {
    if (!r.authorKey || byKey.has(r.authorKey)) continue;
    const externalId = r.comment.authorExternalId?.trim() || null;
    byKey.set(r.authorKey, {
      name: r.comment.author?.trim() || externalId || "?",
      site: sites.get(r.articleId) ?? "",
      externalId,
    });
  }
  if (byKey.size === 0) return new Map();
  const keys = [...byKey.keys()];
  const values = keys.map((k) => byKey.get(k)!);
  await tx.query(
    `INSERT INTO "Author" ("key","name","site","externalId") SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) ON CONFLICT ("key") DO NOTHING`,
    [keys, values.map((v) => v.name), values.map((v) => v.site), values.map((v) => v.externalId)],
  );
  const { rows } = await tx.query<{ id: number; key: string }>(
    `SELECT "id","key" FROM "Author" WHERE "key" = ANY($1::text[])`,
    [keys],
  );
  return new Map(rows.map((r) => [r.key, r.id]));
}

async function upsertComments(
  tx: TSql,
  rows: TCommentRow[],
  authors: Map<string, number>,
  result: TWriteResult,
): Promise<void> {
  const { rows: written } = await tx.query<{ id: number; inserted: boolean }>(
    `INSERT INTO "Comment" ("articleId","authorId","externalId","dedupeKey","replyTo","body","postedAt","contentHash","updatedAt")
     SELECT ar, a, e, k, r, b, p, h, now()
     FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::text[]) AS t(ar, a, e, k, r, b, p, h)
     ON CONFLICT ("articleId","dedupeKey") DO UPDATE SET "authorId"=EXCLUDED."authorId","replyTo"=EXCLUDED."replyTo",
       "body"=EXCLUDED."body","postedAt"=EXCLUDED."postedAt","contentHash"=EXCLUDED."contentHash","updatedAt"=now(),
       "version"="Comment"."version"+1, "scoredAt"=NULL,
       -- an edited comment that was approved must be read again
       "status"=CASE WHEN "Comment"."status"='APPROVED' THEN 'PENDING'::"CommentStatus" ELSE "Comment"."status" END
     WHERE "Comment"."contentHash" IS DISTINCT FROM EXCLUDED."contentHash"
     RETURNING "id",(xmax = 0) AS inserted`,
    [
      rows.map((r) => r.articleId),
      rows.map((r) => (r.authorKey ? (authors.get(r.authorKey) ?? null) : null)),
      rows.map((r) => r.comment.externalId),
      rows.map((r) => r.key),
      rows.map((r) => r.comment.replyTo),
      rows.map((r) => clean(r.comment.body)),
      rows.map((r) => toDate(r.comment.postedAt)),
      rows.map((r) => commentContentHash(r.comment)),
    ],
  );
  for (const w of written) {
    result.comments[w.inserted ? "created" : "updated"]++;
    result.touchedCommentIds.push(w.id);
  }
  result.comments.unchanged += rows.length - written.length;
}

/** Threads replies: by the source's parent id, else by a "reply to <name>" hint (latest earlier comment of that name). */
async function linkParents(tx: TSql, rows: TCommentRow[]): Promise<void> {
  const articleIds = [
    ...new Set(
      rows.filter((r) => r.comment.parentExternalId || r.comment.replyTo).map((r) => r.articleId),
    ),
  ];
  if (articleIds.length === 0) return;
  const { rows: known } = await tx.query<{
    id: number;
    articleId: number;
    dedupeKey: string;
    externalId: string | null;
  }>(
    `SELECT "id","articleId","dedupeKey","externalId" FROM "Comment" WHERE "articleId" = ANY($1::int[])`,
    [articleIds],
  );
  const idByKey = new Map(known.map((r) => [`${r.articleId}|${r.dedupeKey}`, r.id]));
  const idByExternal = new Map(
    known.filter((r) => r.externalId).map((r) => [`${r.articleId}|${r.externalId}`, r.id]),
  );
  const child: number[] = [];
  const parent: number[] = [];
  const lastByAuthor = new Map<string, number>();
  for (const { articleId, key, comment } of rows) {
    const self = idByKey.get(`${articleId}|${key}`);
    let target: number | undefined;
    if (comment.parentExternalId)
      target = idByExternal.get(`${articleId}|${comment.parentExternalId}`);
    else if (comment.replyTo)
      target = lastByAuthor.get(`${articleId}|${authorKey(comment.replyTo)}`);
    if (self && target && target !== self) {
      child.push(self);
      parent.push(target);
    }
    if (self && comment.author) lastByAuthor.set(`${articleId}|${authorKey(comment.author)}`, self);
  }
  if (child.length === 0) return;
  await tx.query(
    `UPDATE "Comment" c SET "parentId" = t.p FROM unnest($1::int[], $2::int[]) AS t(c, p) WHERE c."id" = t.c AND c."parentId" IS DISTINCT FROM t.p`,
    [child, parent],
  );
}

async function writeBatch(
  tx: TSql,
  articles: TParsedArticle[],
  result: TWriteResult,
): Promise<void> {
  // Articles that share a key within a batch are one article; so are comments that share a key.
  const byKey = new Map<string, TArticleRow>();
  for (const article of articles) {
    const key = articleKey(article);
    const existing = byKey.get(key);
    if (existing)
      existing.article = {
        ...existing.article,
        comments: [...existing.article.comments, ...article.comments],
      };
    else byKey.set(key, { key, article });
  }
  const articleRows = [...byKey.values()];
  const ids = await upsertArticles(tx, articleRows, result);
  const comments = new Map<string, TCommentRow>();
  const sites = new Map<number, string>();
  for (const { key, article } of articleRows) {
    const articleId = ids.get(key)!;
    const site = siteOfUrl(article.url);
    sites.set(articleId, site);
    for (const comment of article.comments) {
      if (!comment.body.trim()) continue;
      const commentKey = commentDedupeKey(comment);
      comments.set(`${articleId}|${commentKey}`, {
        articleId,
        key: commentKey,
        comment,
        authorKey: authorMatchKey(site, comment),
      }); // last occurrence wins
    }
  }
  const rows = [...comments.values()];
  if (rows.length === 0) return;
  const authors = await upsertAuthors(tx, rows, sites);
  const before = result.touchedCommentIds.length;
  await upsertComments(tx, rows, authors, result);
  if (result.touchedCommentIds.length > before) {
    await linkParents(tx, rows);
    // Banned, suspended or pre-moderated authors: their new comments are hidden or held at once.
    await applyAuthorStateOnArrival(tx, result.touchedCommentIds.slice(before));
  }
}

/** Writes a batch in one transaction; on failure, article by article so good ones still land. */
export async function writeArticles(
  sql: TSql,
  articles: TParsedArticle[],
  result: TWriteResult,
  offset = 0,
): Promise<void> {
  if (articles.length === 0) return;
  const attempt = emptyWriteResult();
  try {
    await sql.transaction(async (tx) => {
      await writeBatch(tx, articles, attempt);
    });
    mergeInto(result, attempt);
    return;
  } catch (error) {
    if (articles.length === 1) {
      result.articles.rejected++;
      result.comments.rejected += articles[0].comments.length;
      result.failures.push({
        index: offset,
        title: articles[0].title,
        message: describeDbError(error),
      });
      return;
    }
  }
  for (let i = 0; i < articles.length; i++)
    await writeArticles(sql, [articles[i]], result, offset + i);
}

function mergeInto(into: TWriteResult, from: TWriteResult): void {
  for (const k of ["created", "updated", "unchanged", "rejected"] as const) {
    into.articles[k] += from.articles[k];
    into.comments[k] += from.comments[k];
  }
  for (const id of from.touchedCommentIds) into.touchedCommentIds.push(id);
  into.failures.push(...from.failures);
}

function describeDbError(error: unknown): string {
  const e = error as { message?: string; code?: string };
  if (e.code === "22021" || /invalid byte sequence/i.test(e.message ?? ""))
    return "text contains bytes PostgreSQL cannot store (e.g. NUL)";
  if (e.code === "54000") return "a value is too large to store";
  return `database refused the article (${e.code ?? "error"})`;
}

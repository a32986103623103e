// Writes parsed articles and their comments with set-based SQL (multi-row upserts over unnest), one
// transaction per batch; when a batch fails, its articles are retried one by one, so each article
// and its comments land all-or-nothing and one bad article never sinks the others.
import type { TSql } from "@/lib/db/connect";
import type { TParsedArticle } from "@/lib/import/types";
import { articleKey, authorKey, commentContentHash, commentDedupeKey } from "./keys";

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

// A record may name its article only partly (a flat comment giving just the url): missing values
// never overwrite known ones.
async function upsertArticle(tx: TSql, a: TParsedArticle): Promise<{ id: number; state: "created" | "updated" | "unchanged" }> {
  const key = articleKey(a);
  const values = [key, a.externalId ?? null, a.url, a.title?.trim() || null, a.body?.trim() ? clean(a.body) : null, a.source, toDate(a.publishedAt)];
  const { rows } = await tx.query<{ id: number; inserted: boolean }>(
    `INSERT INTO "Article" ("key","externalId","url","title","body","source","publishedAt","updatedAt")
     VALUES ($1,$2,$3,COALESCE($4,'(untitled)'),COALESCE($5,''),$6,$7::timestamptz, now())
     ON CONFLICT ("key") DO UPDATE SET "externalId"=COALESCE($2,"Article"."externalId"),"url"=COALESCE($3,"Article"."url"),
       "title"=COALESCE($4,"Article"."title"),"body"=COALESCE($5,"Article"."body"),"source"=COALESCE($6,"Article"."source"),
       "publishedAt"=COALESCE($7::timestamptz,"Article"."publishedAt"),"updatedAt"=now()
     WHERE ("Article"."title","Article"."body","Article"."source","Article"."publishedAt","Article"."url","Article"."externalId")
       IS DISTINCT FROM (COALESCE($4,"Article"."title"),COALESCE($5,"Article"."body"),COALESCE($6,"Article"."source"),
         COALESCE($7::timestamptz,"Article"."publishedAt"),COALESCE($3,"Article"."url"),COALESCE($2,"Article"."externalId"))
     RETURNING "id", (xmax = 0) AS inserted`,
    values,
  );
  if (rows[0]) return { id: rows[0].id, state: rows[0].inserted ? "created" : "updated" };
  const existing = await tx.query<{ id: number }>(`SELECT "id" FROM "Article" WHERE "key" = $1`, [key]);
  return { id: existing.rows[0].id, state: "unchanged" };
}

async function upsertAuthors(tx: TSql, names: string[]): Promise<Map<string, number>> {
  const byKey = new Map<string, string>();
  for (const name of names) byKey.set(authorKey(name), name.trim());
  if (byKey.size === 0) return new Map();
  const keys = [...byKey.keys()];
  await tx.query(
    `INSERT INTO "Author" ("key","name") SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT ("key") DO NOTHING`,
    [keys, keys.map((k) => byKey.get(k)!)],
  );
  const { rows } = await tx.query<{ id: number; key: string }>(`SELECT "id","key" FROM "Author" WHERE "key" = ANY($1::text[])`, [keys]);
  return new Map(rows.map((r) => [r.key, r.id]));
}

async function writeArticle(tx: TSql, article: TParsedArticle, result: TWriteResult): Promise<void> {
  const { id: articleId, state } = await upsertArticle(tx, article);
  result.articles[state]++;
  const comments = article.comments.filter((c) => c.body.trim().length > 0);
  if (comments.length === 0) return;
  const authors = await upsertAuthors(tx, comments.flatMap((c) => (c.author?.trim() ? [c.author] : [])));
  // Within one file a repeated comment (same key) is kept once: the last occurrence wins.
  const byKey = new Map<string, (typeof comments)[number]>();
  for (const c of comments) byKey.set(commentDedupeKey(c), c);
  const rows = [...byKey.entries()];
  const { rows: written } = await tx.query<{ id: number; dedupeKey: string; inserted: boolean }>(
    `INSERT INTO "Comment" ("articleId","authorId","externalId","dedupeKey","replyTo","body","postedAt","contentHash","updatedAt")
     SELECT $1::int, a, e, k, r, b, p, h, now()
     FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::text[]) AS t(a, e, k, r, b, p, h)
     ON CONFLICT ("articleId","dedupeKey") DO UPDATE SET "authorId"=EXCLUDED."authorId","replyTo"=EXCLUDED."replyTo",
       "body"=EXCLUDED."body","postedAt"=EXCLUDED."postedAt","contentHash"=EXCLUDED."contentHash","updatedAt"=now(),
       "version"="Comment"."version"+1, "scoredAt"=NULL,
       -- an edited comment that was approved must be read again
       "status"=CASE WHEN "Comment"."status"='APPROVED' THEN 'PENDING'::"CommentStatus" ELSE "Comment"."status" END
     WHERE "Comment"."contentHash" IS DISTINCT FROM EXCLUDED."contentHash"
     RETURNING "id","dedupeKey",(xmax = 0) AS inserted`,
    [
      articleId,
      rows.map(([, c]) => (c.author?.trim() ? authors.get(authorKey(c.author)) ?? null : null)),
      rows.map(([, c]) => c.externalId),
      rows.map(([k]) => k),
      rows.map(([, c]) => c.replyTo),
      rows.map(([, c]) => clean(c.body)),
      rows.map(([, c]) => toDate(c.postedAt)),
      rows.map(([, c]) => commentContentHash(c)),
    ],
  );
  for (const w of written) {
    result.comments[w.inserted ? "created" : "updated"]++;
    result.touchedCommentIds.push(w.id);
  }
  result.comments.unchanged += rows.length - written.length;
  if (written.length > 0) await linkParents(tx, articleId, rows.map(([k, c]) => ({ key: k, comment: c })));
}

/** Threads replies: by the source's parent id, else by a "reply to <name>" hint (latest earlier comment of that name). */
async function linkParents(tx: TSql, articleId: number, rows: Array<{ key: string; comment: TParsedArticle["comments"][number] }>): Promise<void> {
  const wanted = rows.filter((r) => r.comment.parentExternalId || r.comment.replyTo);
  if (wanted.length === 0) return;
  const { rows: ids } = await tx.query<{ id: number; dedupeKey: string; externalId: string | null; author: string | null }>(
    `SELECT c."id", c."dedupeKey", c."externalId", au."key" AS author FROM "Comment" c LEFT JOIN "Author" au ON au."id" = c."authorId" WHERE c."articleId" = $1`,
    [articleId],
  );
  const idByKey = new Map(ids.map((r) => [r.dedupeKey, r.id]));
  const idByExternal = new Map(ids.filter((r) => r.externalId).map((r) => [r.externalId!, r.id]));
  const child: number[] = [];
  const parent: number[] = [];
  const lastByAuthor = new Map<string, number>();
  for (const { key, comment } of rows) {
    const self = idByKey.get(key);
    let target: number | undefined;
    if (comment.parentExternalId) target = idByExternal.get(comment.parentExternalId);
    else if (comment.replyTo) target = lastByAuthor.get(authorKey(comment.replyTo));
    if (self && target && target !== self) {
      child.push(self);
      parent.push(target);
    }
    if (self && comment.author) lastByAuthor.set(authorKey(comment.author), self);
  }
  if (child.length === 0) return;
  await tx.query(
    `UPDATE "Comment" c SET "parentId" = t.p FROM unnest($1::int[], $2::int[]) AS t(c, p) WHERE c."id" = t.c AND c."parentId" IS DISTINCT FROM t.p`,
    [child, parent],
  );
}

/** Writes a batch in one transaction; on failure, article by article so good ones still land. */
export async function writeArticles(sql: TSql, articles: TParsedArticle[], result: TWriteResult, offset = 0): Promise<void> {
  if (articles.length === 0) return;
  const attempt = emptyWriteResult();
  try {
    await sql.transaction(async (tx) => {
      for (const article of articles) await writeArticle(tx, article, attempt);
    });
    mergeInto(result, attempt);
    return;
  } catch (error) {
    if (articles.length === 1) {
      result.articles.rejected++;
      result.comments.rejected += articles[0].comments.length;
      result.failures.push({ index: offset, title: articles[0].title, message: describeDbError(error) });
      return;
    }
  }
  for (let i = 0; i < articles.length; i++) await writeArticles(sql, [articles[i]], result, offset + i);
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
  if (e.code === "22021" || /invalid byte sequence/i.test(e.message ?? "")) return "text contains bytes PostgreSQL cannot store (e.g. NUL)";
  if (e.code === "54000") return "a value is too large to store";
  return `database refused the article (${e.code ?? "error"})`;
}

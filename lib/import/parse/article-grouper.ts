// Groups flat comment records (JSONL lines, CSV rows) into articles by their article key, and
// links replies to their parents' authors once every record of an article is known.
import type { TParsedArticle, TParsedComment } from "@/lib/import/types";

/** How a flat record names its article; the first non-empty of url, externalId, title is the key. */
export type TArticleRef = {
  url?: string | null;
  externalId?: string | null;
  title?: string | null;
  source?: string | null;
  publishedAt?: string | null;
  body?: string | null;
};

/** "url:https://…", "id:42" or "title:…"; null when the record names no article at all. */
export function articleKeyOf(ref: TArticleRef): string | null {
  if (ref.url) return `url:${ref.url}`;
  if (ref.externalId) return `id:${ref.externalId}`;
  if (ref.title) return `title:${ref.title}`;
  return null;
}

function emptyArticle(ref: TArticleRef): TParsedArticle {
  return {
    title: ref.title ?? null,
    url: ref.url ?? null,
    source: ref.source ?? null,
    publishedAt: ref.publishedAt ?? null,
    body: ref.body ?? "",
    externalId: ref.externalId ?? null,
    comments: [],
  };
}

// Later records may carry details earlier ones lacked (e.g. only the first CSV row has the body).
function fillMissing(article: TParsedArticle, ref: TArticleRef): void {
  article.externalId ??= ref.externalId ?? null;
  article.title ??= ref.title ?? null;
  article.url ??= ref.url ?? null;
  article.source ??= ref.source ?? null;
  article.publishedAt ??= ref.publishedAt ?? null;
  if (!article.body && ref.body) article.body = ref.body;
}

export class ArticleGrouper {
  private readonly byKey = new Map<string, TParsedArticle>();
  private readonly order: TParsedArticle[] = [];

  /** Adds a whole article; one already seen under the same key gets its comments appended. */
  addArticle(article: TParsedArticle): void {
    const key = articleKeyOf(article);
    const existing = key ? this.byKey.get(key) : undefined;
    if (existing) {
      fillMissing(existing, article);
      existing.comments.push(...article.comments);
      return;
    }
    if (key) this.byKey.set(key, article);
    this.order.push(article);
  }

  /** Adds one flat comment to the article `ref` names (created on first sight). */
  addComment(ref: TArticleRef, key: string, comment: TParsedComment): void {
    let article = this.byKey.get(key);
    if (!article) {
      article = emptyArticle(ref);
      this.byKey.set(key, article);
      this.order.push(article);
    } else {
      fillMissing(article, ref);
    }
    article.comments.push(comment);
  }

  articles(): TParsedArticle[] {
    for (const article of this.order) linkReplies(article.comments);
    return this.order;
  }
}

/** Sets replyTo to the parent's author where a comment names its parent but not whom it answers. */
export function linkReplies(comments: TParsedComment[]): void {
  const authorById = new Map<string, string | null>();
  for (const c of comments) if (c.externalId) authorById.set(c.externalId, c.author);
  for (const c of comments) {
    if (c.replyTo || !c.parentExternalId) continue;
    c.replyTo = authorById.get(c.parentExternalId) ?? null;
  }
}

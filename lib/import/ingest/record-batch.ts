// Groups validated Vigil records (articles with comments, or flat comments naming their article)
// into articles by the importer's article key, for one write batch.
import type { TParsedArticle } from "@/lib/import/types";
import type { TVigilRecord } from "@/lib/import/parse/vigil-json";
import { articleKey } from "./keys";

export class RecordBatch {
  private byKey = new Map<string, TParsedArticle>();
  /** Comments plus articles added since the last take: the batch's weight. */
  size = 0;

  add(record: Exclude<TVigilRecord, { kind: "error" }>): void {
    if (record.kind === "article") {
      const key = articleKey(record.article);
      const existing = this.byKey.get(key);
      if (existing) existing.comments.push(...record.article.comments);
      else this.byKey.set(key, record.article);
      this.size += record.article.comments.length + 1;
      return;
    }
    const ref = record.article;
    const key = articleKey({
      url: ref.url ?? null,
      externalId: ref.externalId ?? null,
      title: ref.title ?? null,
      body: ref.body ?? "",
    });
    let article = this.byKey.get(key);
    if (!article) {
      article = {
        externalId: ref.externalId ?? null,
        title: ref.title ?? null,
        url: ref.url ?? null,
        source: ref.source ?? null,
        publishedAt: ref.publishedAt ?? null,
        body: ref.body ?? "",
        comments: [],
      };
      this.byKey.set(key, article);
    }
    article.comments.push(record.comment);
    this.size++;
  }

  /** The grouped articles; the batch starts empty again. */
  take(): TParsedArticle[] {
    const articles = [...this.byKey.values()];
    this.byKey = new Map();
    this.size = 0;
    return articles;
  }
}

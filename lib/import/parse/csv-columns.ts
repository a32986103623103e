// Maps CSV header names to Vigil's documented columns, accepting the names other tools export.

export const CSV_COLUMNS = [
  "article_url",
  "article_id",
  "article_title",
  "article_body",
  "article_published_at",
  "article_source",
  "comment_id",
  "parent_id",
  "author",
  "posted_at",
  "reply_to",
  "body",
] as const;

export type TCsvColumn = (typeof CSV_COLUMNS)[number];

const ALIASES: Record<TCsvColumn, string[]> = {
  article_url: ["url", "permalink", "link", "page_url", "post_url", "article_link", "thread_url"],
  article_id: ["article_external_id", "post_id", "thread_id", "page_id"],
  article_title: ["title", "post_title", "page_title", "headline", "thread_title"],
  article_body: ["article_text", "article_content", "post_body", "post_content"],
  article_published_at: [
    "published_at",
    "article_date",
    "post_date",
    "published",
    "publication_date",
  ],
  article_source: ["source", "publisher"],
  comment_id: ["id", "external_id", "comment_external_id", "commentid"],
  parent_id: [
    "parent",
    "in_reply_to",
    "parent_comment_id",
    "parent_external_id",
    "reply_to_id",
    "parentid",
  ],
  author: [
    "user",
    "username",
    "user_name",
    "name",
    "author_name",
    "comment_author",
    "display_name",
    "commenter",
  ],
  posted_at: [
    "date",
    "created_at",
    "timestamp",
    "time",
    "comment_date",
    "posted",
    "created",
    "datetime",
    "comment_date_gmt",
  ],
  reply_to: ["replying_to", "in_reply_to_name", "reply_to_name"],
  body: [
    "comment",
    "comment_body",
    "comment_text",
    "comment_content",
    "text",
    "message",
    "content",
  ],
};

const LOOKUP = new Map<string, TCsvColumn>();
for (const column of CSV_COLUMNS) {
  LOOKUP.set(column, column);
  for (const alias of ALIASES[column]) LOOKUP.set(alias, column);
}

/** "Article URL", "articleUrl", "article-url" → "article_url". */
export function normaliseHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, "")
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
}

export type TColumnMap = {
  index: Partial<Record<TCsvColumn, number>>;
  ignored: string[];
  duplicates: string[];
};

export function mapColumns(header: string[]): TColumnMap {
  const index: Partial<Record<TCsvColumn, number>> = {};
  const ignored: string[] = [];
  const duplicates: string[] = [];
  header.forEach((name, i) => {
    const column = LOOKUP.get(normaliseHeader(name));
    if (!column) ignored.push(name);
    else if (index[column] !== undefined) duplicates.push(name);
    else index[column] = i;
  });
  return { index, ignored, duplicates };
}

/** True when a first line looks like a header Vigil can map (has a body column). */
export function isKnownCsvHeader(fields: string[]): boolean {
  return fields.length >= 2 && mapColumns(fields).index.body !== undefined;
}

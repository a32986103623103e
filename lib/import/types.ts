// The parse result of any import format: the `vigil parse` contract in docs (DESIGN.md).

export type TParsedComment = {
  externalId: string | null;
  author: string | null;
  /** The source's id for the author's account, when it has one (matches authors per site before the name). */
  authorExternalId?: string | null;
  replyTo: string | null;
  parentExternalId: string | null;
  postedAt: string | null; // ISO 8601
  body: string;
};

export type TParsedArticle = {
  externalId?: string | null;
  title: string | null;
  url: string | null;
  source: string | null;
  publishedAt: string | null; // ISO 8601
  body: string;
  comments: TParsedComment[];
};

export type TParseIssue = { where: string; message: string };

export type TImportFormat = "text" | "html" | "json" | "jsonl" | "csv" | "wxr" | "disqus";

export type TParseResult = {
  format: TImportFormat;
  articles: TParsedArticle[];
  warnings: TParseIssue[];
  errors: TParseIssue[];
};

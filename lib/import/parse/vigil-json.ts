// The Vigil JSON / JSONL record schema (zod) and `parseVigilRecord`, which validates ONE record so
// bulk importers can stream a JSONL file line by line. File-level parsing is in vigil-json-file.ts.
//
// ## Record shapes (see lib/import/FORMATS.md for the user-facing version)
//
// 1. Article with nested comments (JSON: one object, an array of them, or {"articles": [...]};
//    JSONL: one per line):
//      {"title": "...", "url": "https://...", "source": null, "publishedAt": "2021-06-05T10:00:00Z",
//       "body": "...", "externalId": "post-17",
//       "comments": [{"externalId": "c1", "author": "Tom", "parentExternalId": null,
//                     "replyTo": null, "postedAt": "2021-06-05T11:00:00Z", "body": "..."}]}
//    An article needs at least one of title, url, comments. All other fields are optional/nullable.
// 2. Flat comment naming its article (typical for JSONL exports, one comment per line):
//      {"article": {"url": "https://..."}, "externalId": "c2", "author": "Ann", "body": "..."}
//    or with top-level keys: "articleUrl", "articleId", "articleTitle" instead of "article".
//    Comments are grouped into articles by url, else externalId/articleId, else title.
//
// Ids may be strings or numbers (stored as strings). Dates: ISO 8601, "YYYY-MM-DD HH:MM:SS",
// RFC 2822 or epoch seconds/milliseconds. Bodies containing HTML are converted to plain text.
// A body longer than MAX_COMMENT_CHARS is rejected for that comment only.
import { z } from "zod";
import type { TParsedArticle, TParsedComment, TParseIssue } from "@/lib/import/types";
import { articleKeyOf, type TArticleRef } from "./article-grouper";
import { normaliseTimestamp } from "./dates";
import { htmlToText, looksLikeHtml } from "./html-to-text";
import { checkCommentLength } from "./limits";

const ZId = z.union([z.string(), z.number()]);
const ZDate = z.union([z.string(), z.number()]);

export const ZVigilComment = z.object({
  externalId: ZId.nullish(),
  author: z.string().nullish(),
  authorId: ZId.nullish(),
  parentExternalId: ZId.nullish(),
  replyTo: z.string().nullish(),
  postedAt: ZDate.nullish(),
  body: z.string(),
});

export const ZVigilArticleRef = z.object({
  url: z.string().nullish(),
  externalId: ZId.nullish(),
  title: z.string().nullish(),
  source: z.string().nullish(),
  publishedAt: ZDate.nullish(),
  body: z.string().nullish(),
});

// Nested comments are validated one by one, so one bad comment does not sink its article.
export const ZVigilArticle = ZVigilArticleRef.extend({ comments: z.array(z.unknown()).nullish() });

export const ZVigilFlatComment = ZVigilComment.extend({
  article: ZVigilArticleRef.nullish(),
  articleUrl: z.string().nullish(),
  articleId: ZId.nullish(),
  articleTitle: z.string().nullish(),
});

export type TVigilRecord =
  | { kind: "article"; article: TParsedArticle; errors: TParseIssue[] }
  | { kind: "comment"; articleKey: string; article: TArticleRef; comment: TParsedComment }
  | { kind: "error"; error: TParseIssue };

const ARTICLE_KEYS = ["article", "articleUrl", "articleId", "articleTitle"] as const;

function describeIssues(error: z.ZodError, prefix = ""): string {
  return error.issues
    .map(
      (issue) =>
        `${[prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "(root)"}: ${issue.message}`,
    )
    .join("; ");
}

const clean = (s: string | null | undefined): string | null => {
  const t = s?.trim();
  return t ? t : null;
};
const idOf = (v: string | number | null | undefined): string | null =>
  v === null || v === undefined ? null : clean(String(v));
const textOf = (s: string): string => (looksLikeHtml(s) ? htmlToText(s) : s.trim());

/** A date field: null when absent, an ISO string when readable, an error message otherwise. */
function dateOf(
  value: string | number | null | undefined,
  path: string,
): { iso: string | null; problem?: string } {
  if (value === null || value === undefined || value === "") return { iso: null };
  const iso = normaliseTimestamp(value);
  return iso ? { iso } : { iso: null, problem: `${path}: not a recognised date or time` };
}

function toComment(raw: z.infer<typeof ZVigilComment>, prefix: string): TParsedComment | string {
  const body = textOf(raw.body);
  const at = (field: string) => [prefix, field].filter(Boolean).join(".");
  if (!body) return `${at("body")}: must not be empty`;
  const tooLong = checkCommentLength(body);
  if (tooLong) return tooLong;
  const posted = dateOf(raw.postedAt, at("postedAt"));
  if (posted.problem) return posted.problem;
  const authorExternalId = idOf(raw.authorId);
  return {
    externalId: idOf(raw.externalId),
    author: clean(raw.author),
    // Only when the record names the author's account: records without one read back as written.
    ...(authorExternalId ? { authorExternalId } : {}),
    replyTo: clean(raw.replyTo),
    parentExternalId: idOf(raw.parentExternalId),
    postedAt: posted.iso,
    body,
  };
}

function toArticleRef(raw: z.infer<typeof ZVigilArticleRef>): TArticleRef | string {
  const published = dateOf(raw.publishedAt, "publishedAt");
  if (published.problem) return published.problem;
  return {
    url: clean(raw.url),
    externalId: idOf(raw.externalId),
    title: clean(raw.title),
    source: clean(raw.source),
    publishedAt: published.iso,
    body: raw.body ? textOf(raw.body) : "",
  };
}

function parseArticle(value: Record<string, unknown>, where: string): TVigilRecord {
  const parsed = ZVigilArticle.safeParse(value);
  if (!parsed.success)
    return { kind: "error", error: { where, message: describeIssues(parsed.error) } };
  const ref = toArticleRef(parsed.data);
  if (typeof ref === "string") return { kind: "error", error: { where, message: ref } };
  const errors: TParseIssue[] = [];
  const comments: TParsedComment[] = [];
  (parsed.data.comments ?? []).forEach((rawComment, i) => {
    const commentWhere = `${where}, comment ${i + 1}`;
    const c = ZVigilComment.safeParse(rawComment);
    if (!c.success)
      return errors.push({
        where: commentWhere,
        message: describeIssues(c.error, `comments.${i}`),
      });
    const comment = toComment(c.data, `comments.${i}`);
    if (typeof comment === "string") return errors.push({ where: commentWhere, message: comment });
    comments.push(comment);
  });
  const article: TParsedArticle = {
    title: ref.title ?? null,
    url: ref.url ?? null,
    source: ref.source ?? null,
    publishedAt: ref.publishedAt ?? null,
    body: ref.body ?? "",
    externalId: ref.externalId ?? null,
    comments,
  };
  return { kind: "article", article, errors };
}

function parseFlatComment(value: Record<string, unknown>, where: string): TVigilRecord {
  const parsed = ZVigilFlatComment.safeParse(value);
  if (!parsed.success)
    return { kind: "error", error: { where, message: describeIssues(parsed.error) } };
  const d = parsed.data;
  const ref = toArticleRef({
    ...d.article,
    url: d.article?.url ?? d.articleUrl,
    externalId: d.article?.externalId ?? d.articleId,
    title: d.article?.title ?? d.articleTitle,
  });
  if (typeof ref === "string")
    return { kind: "error", error: { where, message: `article.${ref}` } };
  const key = articleKeyOf(ref);
  if (!key)
    return {
      kind: "error",
      error: { where, message: "article: names no article (give url, externalId or title)" },
    };
  const comment = toComment(d, "");
  if (typeof comment === "string") return { kind: "error", error: { where, message: comment } };
  return { kind: "comment", articleKey: key, article: ref, comment };
}

/**
 * Validates one decoded JSON value (one JSONL line, one element of a JSON array) as an article
 * record or a flat comment record. Never throws; `where` ("line 7", "record 7") labels issues.
 */
export function parseVigilRecord(value: unknown, where: string): TVigilRecord {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const got = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
    return {
      kind: "error",
      error: { where, message: `(root): expected an object, received ${got}` },
    };
  }
  const record = value as Record<string, unknown>;
  if (ARTICLE_KEYS.some((k) => record[k] !== undefined && record[k] !== null))
    return parseFlatComment(record, where);
  if ("comments" in record || "title" in record || "url" in record)
    return parseArticle(record, where);
  return {
    kind: "error",
    error: {
      where,
      message:
        "(root): neither an article (title, url or comments) nor a comment naming its article (article, articleUrl, articleId, articleTitle)",
    },
  };
}

// V8 quotes the offending input in its message; a 5 MB line must not end up in the error list.
export function shorten(message: string, max = 160): string {
  return message.length > max ? `${message.slice(0, max)}…` : message;
}

/** One JSONL line: blank lines give null, invalid JSON an error record. */
export function parseVigilLine(line: string, lineNumber: number): TVigilRecord | null {
  if (line.trim() === "") return null;
  const where = `line ${lineNumber}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return {
      kind: "error",
      error: { where, message: `invalid JSON: ${shorten((error as Error).message)}` },
    };
  }
  return parseVigilRecord(value, where);
}

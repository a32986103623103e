// What the browser sees of a web upload (counts, the first articles, a page's lines to re-split,
// all text shortened) and how the person's edits (split moves, dropped lines) apply to the parse
// the server kept. Pure: the import wizard and the start-import operation share it.
import { z } from "zod";
import { fromBlocks, toBlocks } from "./adjust-split";
import type { TImportFormat, TParsedArticle, TParseIssue, TParseResult } from "./types";

export type TUploadedFile = { name: string; size: number } & TParseResult;

/** Articles, comments and split lines shown per file; the rest are counted, not sent. */
export const PREVIEW_LIMITS = {
  articles: 20,
  comments: 5,
  errors: 20,
  warnings: 50,
  splitLines: 2_000,
} as const;
const TEXT = { body: 300, comment: 120, line: 200 } as const;

export type TPreviewLine = { kind: "paragraph" | "comment"; author: string | null; text: string };
export type TPreviewArticle = {
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  body: string;
  commentCount: number;
  comments: Array<{ author: string | null; replyTo: string | null; body: string }>;
  /** Pages only: every line, for moving the article/comments boundary and dropping lines. */
  split: { lines: TPreviewLine[]; boundary: number } | null;
};
export type TPreviewFile = {
  name: string;
  size: number;
  format: TImportFormat;
  articleCount: number;
  commentCount: number;
  errorCount: number;
  warningCount: number;
  errors: TParseIssue[];
  warnings: TParseIssue[];
  articles: TPreviewArticle[];
};
export type TUploadPreview = { uploadId: string; expiresAt: string; files: TPreviewFile[] };

const isPage = (format: TImportFormat) => format === "text" || format === "html";

function previewArticle(article: TParsedArticle, page: boolean): TPreviewArticle {
  const { blocks, boundary } = toBlocks(article);
  const split =
    page && blocks.length <= PREVIEW_LIMITS.splitLines
      ? {
          boundary,
          lines: blocks.map((b): TPreviewLine =>
            b.kind === "paragraph"
              ? { kind: "paragraph", author: null, text: b.text.slice(0, TEXT.line) }
              : {
                  kind: "comment",
                  author: b.comment.author,
                  text: b.comment.body.slice(0, TEXT.line),
                },
          ),
        }
      : null;
  return {
    title: article.title,
    publishedAt: article.publishedAt,
    source: article.source,
    body: article.body.slice(0, TEXT.body),
    commentCount: article.comments.length,
    comments: article.comments
      .slice(0, PREVIEW_LIMITS.comments)
      .map((c) => ({ author: c.author, replyTo: c.replyTo, body: c.body.slice(0, TEXT.comment) })),
    split,
  };
}

export function toPreviewFile(file: TUploadedFile): TPreviewFile {
  return {
    name: file.name,
    size: file.size,
    format: file.format,
    articleCount: file.articles.length,
    commentCount: file.articles.reduce((n, a) => n + a.comments.length, 0),
    errorCount: file.errors.length,
    warningCount: file.warnings.length,
    errors: file.errors.slice(0, PREVIEW_LIMITS.errors),
    warnings: file.warnings.slice(0, PREVIEW_LIMITS.warnings),
    articles: file.articles
      .slice(0, PREVIEW_LIMITS.articles)
      .map((a) => previewArticle(a, isPage(file.format))),
  };
}

/** One corrected page split: which line the comments start at, and the lines left out. */
export const ZSplitEdit = z
  .object({
    file: z.number().int().min(0).max(49),
    article: z
      .number()
      .int()
      .min(0)
      .max(PREVIEW_LIMITS.articles - 1),
    boundary: z.number().int().min(0).max(PREVIEW_LIMITS.splitLines),
    dropped: z
      .array(
        z
          .number()
          .int()
          .min(0)
          .max(PREVIEW_LIMITS.splitLines - 1),
      )
      .max(PREVIEW_LIMITS.splitLines),
  })
  .strict();
export type TSplitEdit = z.infer<typeof ZSplitEdit>;

/** The kept parse with the person's edits applied; an edit naming no editable page is an error. */
export function applyEdits(
  files: TUploadedFile[],
  edits: TSplitEdit[],
): TUploadedFile[] | { error: string } {
  const out = files.map((f) => ({ ...f, articles: [...f.articles] }));
  for (const edit of edits) {
    const file = out[edit.file];
    const article = file?.articles[edit.article];
    if (!file || !article || !isPage(file.format))
      return {
        error: `No page to re-split at file ${edit.file + 1}, article ${edit.article + 1}.`,
      };
    const { blocks } = toBlocks(article);
    if (
      blocks.length > PREVIEW_LIMITS.splitLines ||
      edit.boundary > blocks.length ||
      edit.dropped.some((i) => i >= blocks.length)
    ) {
      return { error: `The split of ${file.name} names lines it does not have.` };
    }
    file.articles[edit.article] = fromBlocks(article, blocks, edit.boundary, new Set(edit.dropped));
  }
  return out;
}

/** How an edited page reads in the preview: the same split applied to the preview's lines. */
export function previewWithEdit(
  article: TPreviewArticle,
  edit: Pick<TSplitEdit, "boundary" | "dropped">,
): TPreviewArticle {
  if (!article.split) return article;
  const dropped = new Set(edit.dropped);
  const kept = article.split.lines
    .map((line, i) => ({ line, i }))
    .filter(({ i }) => !dropped.has(i));
  const body = kept
    .filter(({ i }) => i < edit.boundary)
    .map(({ line }) => line.text)
    .join("\n\n");
  const comments = kept
    .filter(({ i }) => i >= edit.boundary)
    .map(({ line }) => ({
      author: line.author,
      replyTo: null,
      body: line.text.slice(0, TEXT.comment),
    }));
  return {
    ...article,
    body: body.slice(0, TEXT.body),
    commentCount: comments.length,
    comments: comments.slice(0, PREVIEW_LIMITS.comments),
  };
}

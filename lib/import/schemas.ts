// Server-side input schemas for web imports: a previewed (and possibly hand-corrected) parse result.
import { z } from "zod";
import { MAX_COMMENT_CHARS } from "@/lib/import/parse/limits";

const ZIso = z.string().max(64).refine((s) => !Number.isNaN(Date.parse(s)), "not a date").nullable();

export const ZParsedComment = z.object({
  externalId: z.string().max(200).nullable(),
  author: z.string().max(200).nullable(),
  replyTo: z.string().max(200).nullable(),
  parentExternalId: z.string().max(200).nullable(),
  postedAt: ZIso,
  body: z.string().trim().min(1).max(MAX_COMMENT_CHARS),
});

export const ZParsedArticle = z.object({
  externalId: z.string().max(200).nullish(),
  title: z.string().max(1000).nullable(),
  url: z.string().max(2000).nullable(),
  source: z.string().max(500).nullable(),
  publishedAt: ZIso,
  body: z.string().max(2_000_000),
  comments: z.array(ZParsedComment).max(200_000),
});

const ZIssue = z.object({ where: z.string().max(200), message: z.string().max(2000) });

export const ZImportFile = z.object({
  name: z.string().min(1).max(300),
  format: z.enum(["text", "html", "json", "jsonl", "csv", "wxr", "disqus"]),
  articles: z.array(ZParsedArticle).max(20_000),
  errors: z.array(ZIssue).max(10_000).default([]),
  warnings: z.array(ZIssue).max(10_000).default([]),
});

export const ZStartImport = z.object({ files: z.array(ZImportFile).min(1, "Add at least one file.").max(50) });
export type TStartImport = z.infer<typeof ZStartImport>;

/** Web previews read files in memory; bigger imports belong to `npx vigil import`. */
export const MAX_WEB_IMPORT_BYTES = 50 * 1024 * 1024;

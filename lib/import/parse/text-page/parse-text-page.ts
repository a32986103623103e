// The raw page text parser: a pipeline of general rules that splits a saved page into furniture,
// title, date, source, article body and comments, reporting what it dropped and how sure it is.
import type { TParsedArticle } from "@/lib/import/types";
import { htmlToText, looksLikeHtmlDocument } from "../html-to-text";
import { DOCUMENT_WHERE, IssueLog } from "../issue-log";
import { checkPageSize } from "../limits";
import {
  classifyLines,
  isLineMode,
  splitLeadingHeadings,
  toBlocks,
  type TBlock,
  type TClassifiedLine,
} from "./blocks";
import { blockScores, findCommentStart } from "./comment-start";
import { assembleComments } from "./comments";
import { readHeader } from "./page-header";
import { findSectionBounds } from "./section-bounds";
import { toLines, wordsOf } from "./lines";
import { summariseFurniture, type TFurnitureLine } from "./furniture-report";

export type TTextPage = {
  /** Null only when the page has no content at all. */
  article: TParsedArticle | null;
  /** Lines dropped as page furniture, with the reason. */
  boilerplate: TFurnitureLine[];
  /** How sure the parser is about where the article ends and comments begin (0..1). */
  confidence: number;
  /** First line of the comment section, or null when no comments were found. */
  commentsStartLine: number | null;
};

function paragraphsOf(blocks: TBlock[], skip: Set<number>): string {
  return blocks
    .filter((b) => !b.lines.every((l) => skip.has(l.no)))
    .map((b) =>
      b.lines
        .filter((l) => !skip.has(l.no))
        .map((l) => l.text)
        .join("\n"),
    )
    .join("\n\n");
}

function warnIfCutOff(cls: TClassifiedLine[], end: number, log: IssueLog): void {
  for (let i = end - 1; i >= 0; i--) {
    if (cls[i].kind === "blank" || cls[i].kind === "furniture") continue;
    const { norm, no } = cls[i].line;
    if (
      cls[i].kind === "content" &&
      wordsOf(norm).length >= 12 &&
      /[\p{L}\p{N},;–—-]$/u.test(norm)
    ) {
      log.warn(`line ${no}`, "page seems cut off mid-sentence here");
    }
    return;
  }
}

/** Parses one saved page. Never throws; problems go to `log`. */
export function parseTextPage(input: string, log: IssueLog = new IssueLog()): TTextPage {
  const text = looksLikeHtmlDocument(input) ? htmlToText(input) : input;
  const tooLarge = checkPageSize(text);
  if (tooLarge) {
    log.error(DOCUMENT_WHERE, tooLarge);
    return { article: null, boilerplate: [], confidence: 0, commentsStartLine: null };
  }
  const cls = classifyLines(toLines(text));
  const lineMode = isLineMode(cls);
  const furniture: TFurnitureLine[] = [];
  for (const c of cls)
    if (c.kind === "furniture" && c.furniture)
      furniture.push({ line: c.line.no, text: c.line.norm, reason: c.furniture.reason });

  const blocks = splitLeadingHeadings(toBlocks(cls, lineMode));
  if (blocks.length === 0) {
    log.warn(DOCUMENT_WHERE, "no article text found (only page furniture)");
    return { article: null, boilerplate: furniture, confidence: 0, commentsStartLine: null };
  }
  const header = readHeader(cls, blocks, log);
  furniture.push(...header.dropped);
  const bounds = findSectionBounds(cls, blocks, header.bodyStartBlock);
  furniture.push(...bounds.dropped);

  let commentStart = bounds.commentBlock;
  let confidence = bounds.confidence;
  if (commentStart === null) {
    const candidates = blocks.slice(0, bounds.endBlock);
    const split = findCommentStart(
      candidates,
      blockScores(candidates, lineMode),
      header.minCommentBlock,
    );
    commentStart = split.index;
    confidence = split.confidence;
    if (split.index < candidates.length) {
      const where = `line ${blocks[split.index].lines[0].no}`;
      log.warn(
        where,
        `comment section start inferred from writing style (confidence ${split.confidence.toFixed(2)})`,
      );
    }
  }

  const articleBlocks = blocks.slice(
    header.bodyStartBlock,
    Math.min(commentStart, bounds.endBlock),
  );
  // Comments that start above the article's first line: the page is a comment thread, its "title"
  // a commenter's line. No article text, no title.
  const threadOnly =
    commentStart < header.bodyStartBlock &&
    bounds.commentLine !== null &&
    !header.titleNamedByComments &&
    header.titleLine !== null &&
    header.titleLine >= bounds.commentLine;
  const body = paragraphsOf(articleBlocks, header.consumedLines);
  const regionFrom =
    commentStart < bounds.endBlock
      ? (bounds.commentLine ?? blocks[commentStart].first)
      : cls.length;
  const regionTo = bounds.endLine;
  const section =
    regionFrom < regionTo ? assembleComments(cls.slice(regionFrom, regionTo), lineMode, log) : null;
  if (section?.mode === "lines" && section.authorLines === 0 && section.comments.length > 1) {
    log.warn(
      `line ${cls[regionFrom].line.no}`,
      "no blank lines or author lines: each line read as one comment (boundaries guessed)",
    );
  }
  warnIfCutOff(cls, regionTo, log);
  const summary = summariseFurniture(furniture);
  if (summary) log.warn(summary.where, summary.message);

  const article: TParsedArticle = {
    title: threadOnly ? null : header.title,
    url: null,
    source: header.source,
    publishedAt: header.publishedAt,
    body,
    comments: section?.comments ?? [],
  };
  return {
    article,
    boilerplate: furniture,
    confidence,
    commentsStartLine: section?.comments.length ? cls[regionFrom].line.no : null,
  };
}

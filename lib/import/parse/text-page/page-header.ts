// Reads the top of a page: where the article body starts (the first prose paragraph), and from the
// lines above it the title, the publication date and an explicit source attribution.
import type { IssueLog } from "../issue-log";
import type { TBlock, TClassifiedLine } from "./blocks";
import type { TFurnitureLine } from "./furniture-report";
import { dateOfLine, isTitleCandidate, pickTitle, sourceOfLine, type THeaderLine } from "./header";
import { isProse, wordsOf } from "./lines";

export type TPageHeader = {
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  /** Index of the first article block. */
  bodyStartBlock: number;
  /** The earliest block the comment section may start at. */
  minCommentBlock: number;
  /** Line numbers inside article blocks that are metadata (a repeated title, a source line). */
  consumedLines: Set<number>;
  dropped: TFurnitureLine[];
};

const isSourceBlock = (b: TBlock) => b.lines.length === 1 && sourceOfLine(b.lines[0].norm) !== null;

export function readHeader(cls: TClassifiedLine[], blocks: TBlock[], log: IssueLog): TPageHeader {
  const dropped: TFurnitureLine[] = [];
  const consumed = new Set<number>();
  const proseIndex = blocks.findIndex((b) => isProse(b.text) && !isSourceBlock(b));
  // Without a prose paragraph, the first headline-like block is the title and the rest may be comments.
  let bodyStart = proseIndex;
  if (proseIndex < 0) {
    const titleBlock = blocks.findIndex((b) => b.lines.length === 1 && isTitleCandidate(b.lines[0].norm));
    bodyStart = titleBlock < 0 ? 0 : titleBlock + 1;
  }
  const headerEnd = blocks[bodyStart]?.first ?? cls.length;
  const headerLines: THeaderLine[] = [];
  for (let i = 0; i < headerEnd; i++) {
    const c = cls[i];
    if (c.kind === "content" || c.kind === "date") headerLines.push({ line: c.line, isDate: c.kind === "date" });
  }

  let publishedAt: string | null = null;
  for (const h of headerLines.filter((x) => x.isDate)) {
    const date = dateOfLine(h.line.norm);
    if (publishedAt !== null || !date) {
      dropped.push({ line: h.line.no, text: h.line.norm, reason: "extra date" });
      continue;
    }
    publishedAt = date.iso;
    if (date.precision === "month") {
      log.warn(`line ${h.line.no}`, `publication date "${h.line.norm}" has only month and year; using the first of the month`);
    } else if (date.precision === "minute" && !/Z|[+-]\d{2}:\d{2}$/.test(date.iso)) {
      log.warn(`line ${h.line.no}`, "publication time has no time zone; kept as local time without an offset");
    }
  }

  let source: string | null = null;
  const sourceCandidates = [...headerLines.filter((h) => !h.isDate).map((h) => h.line), ...blocks.slice(bodyStart, bodyStart + 2).filter(isSourceBlock).map((b) => b.lines[0])];
  for (const line of sourceCandidates) {
    const found = sourceOfLine(line.norm);
    if (found) {
      source ??= found;
      consumed.add(line.no);
    }
  }

  const titleLines = headerLines.filter((h) => !consumed.has(h.line.no));
  const firstBody = blocks[bodyStart];
  const title = pickTitle(titleLines, firstBody && firstBody.lines.length === 1 ? firstBody.lines[0].norm : null);
  if (title) {
    for (const h of headerLines) if (h.line.norm === title.norm) consumed.add(h.line.no);
    if (firstBody?.lines.length === 1 && firstBody.lines[0].norm === title.norm) consumed.add(firstBody.lines[0].no);
  }
  // A sentence-like line between the title and the first paragraph is a standfirst: article text.
  const titleNo = title?.no ?? Infinity;
  for (let b = 0; b < bodyStart; b++) {
    const block = blocks[b];
    if (block.lines[0].no > titleNo && !block.lines.some((l) => consumed.has(l.no)) && wordsOf(block.text).length >= 6) {
      bodyStart = b;
      break;
    }
  }
  for (const h of headerLines) {
    if (h.isDate || consumed.has(h.line.no)) continue;
    if (blocks[bodyStart] && h.line.no >= blocks[bodyStart].lines[0].no) continue;
    dropped.push({ line: h.line.no, text: h.line.norm, reason: "page header" });
  }
  const minCommentBlock = proseIndex >= 0 ? Math.max(bodyStart, proseIndex) + 1 : bodyStart;
  return { title: title?.norm ?? null, publishedAt, source, bodyStartBlock: bodyStart, minCommentBlock, consumedLines: consumed, dropped };
}

// Reads the top of a page: where the article body starts (the first prose paragraph), and from the
// lines above it the title, the publication date and an explicit source attribution.
import type { IssueLog } from "../issue-log";
import { namedTitleOf, type TBlock, type TClassifiedLine } from "./blocks";
import type { TFurnitureLine } from "./furniture-report";
import { dateOfLine, isTitleCandidate, pickTitle, sourceOfLine, type THeaderLine } from "./header";
import { isProse, URL_RE, wordsOf, type TLine } from "./lines";

export type TPageHeader = {
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  /** Index (into the classified lines) of the title's line, when a line holds it. */
  titleLine: number | null;
  /** The title is the one a comment heading names ("3 thoughts on “…”"), not a line of the page. */
  titleNamedByComments: boolean;
  /** Index of the first article block. */
  bodyStartBlock: number;
  /** The earliest block the comment section may start at. */
  minCommentBlock: number;
  /** Line numbers inside article blocks that are metadata (a repeated title, a source line). */
  consumedLines: Set<number>;
  dropped: TFurnitureLine[];
};

const isSourceBlock = (b: TBlock) => b.lines.length === 1 && sourceOfLine(b.lines[0].norm) !== null;

/** The block holding the title that a comment heading names, or -1. */
function namedTitleBlock(cls: TClassifiedLine[], blocks: TBlock[]): number {
  const named = namedTitleOf(cls)?.toLowerCase();
  if (!named) return -1;
  return blocks.findIndex((b) => b.lines.length === 1 && b.lines[0].norm.toLowerCase() === named);
}

/** A question or exclamation headline saved as its own line right above the first paragraph. */
function isHeadlineBlock(b: TBlock | undefined): boolean {
  return Boolean(
    b &&
    b.lines.length === 1 &&
    b.text.length <= 160 &&
    /^[\p{Lu}\d"“«¿¡]/u.test(b.text) &&
    /[?!]["”»]?$/.test(b.text),
  );
}

/** A headline that ends with a full stop ("… Das müsst ihr jetzt dazu wissen."), when nothing else qualifies. */
function fallbackTitle(headerLines: THeaderLine[]): TLine | null {
  const first = headerLines.find((h) => !h.isDate);
  if (!first) return null;
  const words = wordsOf(first.line.norm).length;
  const norm = first.line.norm;
  return words >= 3 &&
    words <= 25 &&
    norm.length <= 200 &&
    /[^.]\.$/.test(norm) &&
    !URL_RE.test(norm) &&
    /^[\p{Lu}\d"“«]/u.test(norm)
    ? first.line
    : null;
}

export function readHeader(cls: TClassifiedLine[], blocks: TBlock[], log: IssueLog): TPageHeader {
  const dropped: TFurnitureLine[] = [];
  const consumed = new Set<number>();
  let proseIndex = blocks.findIndex((b) => isProse(b.text) && !isSourceBlock(b));
  const named = namedTitleBlock(cls, blocks);
  if (named >= 0) {
    // Everything above the named title (site name, sidebars printed first) is page header.
    const after = blocks.findIndex((b, i) => i > named && isProse(b.text) && !isSourceBlock(b));
    proseIndex = after >= 0 ? after : named + 1;
  } else if (
    proseIndex >= 0 &&
    isHeadlineBlock(blocks[proseIndex]) &&
    blocks[proseIndex + 1] &&
    isProse(blocks[proseIndex + 1].text)
  ) {
    // A date line right above the headline separates it from the site's name and tagline.
    const above = cls.slice(0, blocks[proseIndex].first);
    // ("17.7.11", a two-digit year, is not read as a date but separates the same way).
    const lastDate = above
      .map((c) => c.kind === "date" || /^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/.test(c.line.norm))
      .lastIndexOf(true);
    const strongerAbove = above
      .slice(lastDate + 1)
      .some(
        (c) =>
          c.kind === "content" && isTitleCandidate(c.line.norm) && wordsOf(c.line.norm).length >= 4,
      );
    if (!strongerAbove) proseIndex += 1;
  }
  const namedTitle = named >= 0 ? blocks[named].lines[0] : null;
  // Without a prose paragraph, the first headline-like block is the title and the rest may be comments.
  let bodyStart = proseIndex;
  if (proseIndex < 0) {
    const titleBlock = blocks.findIndex(
      (b) => b.lines.length === 1 && isTitleCandidate(b.lines[0].norm),
    );
    bodyStart = titleBlock < 0 ? 0 : titleBlock + 1;
  }
  const headerEnd = blocks[bodyStart]?.first ?? cls.length;
  const headerLines: THeaderLine[] = [];
  for (let i = 0; i < headerEnd; i++) {
    const c = cls[i];
    if (c.kind === "content" || c.kind === "date")
      headerLines.push({ line: c.line, isDate: c.kind === "date" });
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
      log.warn(
        `line ${h.line.no}`,
        `publication date "${h.line.norm}" has only month and year; using the first of the month`,
      );
    } else if (date.precision === "minute" && !/Z|[+-]\d{2}:\d{2}$/.test(date.iso)) {
      log.warn(
        `line ${h.line.no}`,
        "publication time has no time zone; kept as local time without an offset",
      );
    }
  }

  let source: string | null = null;
  const sourceCandidates = [
    ...headerLines.filter((h) => !h.isDate).map((h) => h.line),
    ...blocks
      .slice(bodyStart, bodyStart + 2)
      .filter(isSourceBlock)
      .map((b) => b.lines[0]),
  ];
  for (const line of sourceCandidates) {
    const found = sourceOfLine(line.norm);
    if (found) {
      source ??= found;
      consumed.add(line.no);
    }
  }

  const titleLines = headerLines.filter((h) => !consumed.has(h.line.no));
  const firstBody = blocks[bodyStart];
  let title =
    namedTitle ??
    pickTitle(
      titleLines,
      firstBody && firstBody.lines.length === 1 ? firstBody.lines[0].norm : null,
    ) ??
    fallbackTitle(headerLines);
  // Nothing above the body: a lone first line at the very top of the page, short and followed by
  // more text, is the headline ("Ich habe das Urteil gelesen. Das müsst ihr wissen.").
  if (
    !title &&
    bodyStart === 0 &&
    firstBody?.lines.length === 1 &&
    blocks[1] &&
    !cls.slice(0, firstBody.first).some((c) => c.kind === "content")
  ) {
    const candidate = fallbackTitle([{ line: firstBody.lines[0], isDate: false }]);
    if (candidate) {
      title = candidate;
      bodyStart = 1;
    }
  }
  if (title) {
    for (const h of headerLines) if (h.line.norm === title.norm) consumed.add(h.line.no);
    if (firstBody?.lines.length === 1 && firstBody.lines[0].norm === title.norm)
      consumed.add(firstBody.lines[0].no);
  }
  // A sentence-like line between the title and the first paragraph is a standfirst: article text.
  const titleNo = title?.no ?? Infinity;
  for (let b = 0; b < bodyStart; b++) {
    const block = blocks[b];
    if (
      block.lines[0].no > titleNo &&
      !block.lines.some((l) => consumed.has(l.no)) &&
      wordsOf(block.text).length >= 6
    ) {
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
  // "One thought on “Title”": the comment heading names the post even when no line holds it alone.
  const named_ = namedTitle ? null : namedTitleOf(cls);
  const titleLine = title ? cls.findIndex((c) => c.line.no === title.no) : -1;
  return {
    title: named_ ?? title?.norm ?? null,
    titleLine: titleLine >= 0 ? titleLine : null,
    titleNamedByComments: named_ !== null,
    publishedAt,
    source,
    bodyStartBlock: bodyStart,
    minCommentBlock,
    consumedLines: consumed,
    dropped,
  };
}

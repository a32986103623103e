// Finds the comment section's explicit bounds: where it opens (a "12 Comments" / "Notify of" widget,
// or a run of "Jane says:" headers) and where the page's content ends (the reply form and footer).
import type { TBlock, TClassifiedLine } from "./blocks";
import type { TFurnitureLine } from "./furniture-report";
import { isProse } from "./lines";
import { nameScore, parseStrongHeader } from "./names";

export type TSectionBounds = {
  /** First comment block when an explicit signal says so; null to let writing style decide. */
  commentBlock: number | null;
  /** Index (into the classified lines) where the comment section starts, when explicit. */
  commentLine: number | null;
  confidence: number;
  /** Index (into the classified lines) where the page's content ends, and the first block past it. */
  endLine: number;
  endBlock: number;
  dropped: TFurnitureLine[];
};

const NO_NAMES = new Set<string>();
const BULLET = /^[•▪►◦‣]/;

function isStrongHeaderBlock(cls: TClassifiedLine[], blocks: TBlock[], i: number): boolean {
  const b = blocks[i];
  const first = b.lines[0];
  // "Jane Doe" directly above "June 5, 2021 at 3:14 pm" is an author header too.
  if (b.lines.length === 1 && cls[b.first + 1]?.kind === "date" && nameScore(first.norm) >= 0.5)
    return true;
  const header = parseStrongHeader(first.norm, NO_NAMES);
  if (!header) return false;
  if (header.kind !== "bullet") return true;
  const next = b.lines[1] ?? blocks[i + 1]?.lines[0];
  return !next || !BULLET.test(next.norm);
}

export function findSectionBounds(
  cls: TClassifiedLine[],
  blocks: TBlock[],
  bodyStartBlock: number,
): TSectionBounds {
  const bodyLine = blocks[bodyStartBlock]?.first ?? 0;
  const dropped: TFurnitureLine[] = [];
  const strong: number[] = [];
  for (let i = bodyStartBlock + 1; i < blocks.length; i++)
    if (isStrongHeaderBlock(cls, blocks, i)) strong.push(i);
  const startMarkers: number[] = [];
  const endMarkers: number[] = [];
  // A comment frame saved without its article opens with "27 comments" above any prose: the
  // comments start there, and what the header reader took for the body is the first comment.
  const firstMarker = cls.findIndex((c) => c.furniture?.role === "comments-start");
  const threadOnly =
    firstMarker >= 0 &&
    firstMarker < bodyLine &&
    !blocks.some((b) => b.first < firstMarker && isProse(b.text));
  for (let i = threadOnly ? firstMarker : bodyLine; i < cls.length; i++) {
    const role = cls[i].furniture?.role;
    if (role === "comments-start") startMarkers.push(i);
    if (role === "comments-end") endMarkers.push(i);
  }

  // The page ends at the last reply form / footer that no comment section follows.
  let endLine = cls.length;
  for (let k = endMarkers.length - 1; k >= 0; k--) {
    const at = endMarkers[k];
    const laterStart = startMarkers.some((s) => s > at) || strong.some((b) => blocks[b].first > at);
    if (laterStart) break;
    endLine = at;
  }
  for (let i = endLine; i < cls.length; i++) {
    if (cls[i].kind === "content" || cls[i].kind === "date")
      dropped.push({ line: cls[i].line.no, text: cls[i].line.norm, reason: "after comment form" });
  }
  let endBlock = blocks.findIndex((b) => b.first >= endLine);
  if (endBlock < 0) endBlock = blocks.length;

  const strongBefore = strong.filter((b) => b < endBlock);
  const marker = startMarkers.find((m) => m < endLine);
  let commentLine: number | null = null;
  let commentBlock: number | null = null;
  let confidence = 0;
  if (marker !== undefined) {
    commentLine = marker + 1;
    const b = blocks.findIndex((blk) => blk.first > marker);
    commentBlock = b < 0 ? endBlock : b;
    confidence = 0.95;
  }
  // One "X says:" could be a quote in the article; two, or one before a reply form, is a comment list.
  if (strongBefore.length >= 2 || (strongBefore.length === 1 && endLine < cls.length)) {
    const b = strongBefore[0];
    if (commentBlock === null || b < commentBlock) {
      commentBlock = b;
      commentLine = blocks[b].first;
      confidence = 0.9;
    }
  }
  return { commentBlock, commentLine, confidence, endLine, endBlock, dropped };
}

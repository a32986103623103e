// Size limits every import format enforces per record, so one giant field cannot sink a whole import.

/** Longest comment body accepted, in characters (UTF-16 code units). Longer comments are rejected. */
export const MAX_COMMENT_CHARS = 100_000;

/**
 * Largest saved page the text parser reads, in lines and characters (after HTML is turned into text).
 * Real pages with thousands of comments stay far below; a bigger "page" is refused with a clear
 * error instead of tying up a worker for minutes (the parser is linear, but its constant is not tiny).
 */
export const MAX_PAGE_LINES = 100_000;
export const MAX_PAGE_CHARS = 8_000_000;

/** "5 000 000": plain-space grouping, independent of the machine's locale. */
function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

/** Lines in `text` (a final newline ends the last line), counted without splitting it. */
export function countLines(text: string): number {
  let n = text.length > 0 && !text.endsWith("\n") ? 1 : 0;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) n++;
  return n;
}

/** The error message for a page too large to read as a saved page, or null when it fits. */
export function checkPageSize(text: string): string | null {
  if (text.length > MAX_PAGE_CHARS) {
    return `page too large to read as a saved page (${groupDigits(text.length)} characters, limit ${groupDigits(MAX_PAGE_CHARS)}); split it or import the comments as JSON, JSONL or CSV`;
  }
  const lines = countLines(text);
  if (lines > MAX_PAGE_LINES) {
    return `page too large to read as a saved page (${groupDigits(lines)} lines, limit ${groupDigits(MAX_PAGE_LINES)}); split it or import the comments as JSON, JSONL or CSV`;
  }
  return null;
}

/** The error message for an over-long comment, or null when the body fits. */
export function checkCommentLength(body: string): string | null {
  if (body.length <= MAX_COMMENT_CHARS) return null;
  return `comment too long (${groupDigits(body.length)} chars, limit ${groupDigits(MAX_COMMENT_CHARS)})`;
}

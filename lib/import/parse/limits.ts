// Size limits every import format enforces per record, so one giant field cannot sink a whole import.

/** Longest comment body accepted, in characters (UTF-16 code units). Longer comments are rejected. */
export const MAX_COMMENT_CHARS = 100_000;

/** "5 000 000": plain-space grouping, independent of the machine's locale. */
function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

/** The error message for an over-long comment, or null when the body fits. */
export function checkCommentLength(body: string): string | null {
  if (body.length <= MAX_COMMENT_CHARS) return null;
  return `comment too long (${groupDigits(body.length)} chars, limit ${groupDigits(MAX_COMMENT_CHARS)})`;
}

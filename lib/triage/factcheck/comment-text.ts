// What claim matching reads of a comment. A tweet copied from the web often ends with its byline,
// "— Name (@handle) Month D, YYYY": the date is when it was posted, not part of what it claims
// (its numbers must not count as the claim's figures), and the author is who said it.

const BYLINE =
  /\s+[—–-]\s*([^—–\n]{0,80}?)\s*\(@[\p{L}\p{N}_]{1,30}\)\s+(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{2,4})\s*$/u;

/** The comment without a trailing tweet byline, and the byline's author name ("" when none). */
export function splitByline(text: string): { body: string; author: string } {
  const m = BYLINE.exec(text);
  if (!m) return { body: text, author: "" };
  return { body: text.slice(0, m.index), author: m[1].trim() };
}

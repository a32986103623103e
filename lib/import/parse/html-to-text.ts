// Converts HTML fragments (WXR content, Disqus messages, HTML bodies in JSON/CSV) to plain text:
// tags stripped, entities decoded, paragraphs kept as blank lines, script/style content dropped.
import { decodeHtmlEntities } from "./html-entities";

// Elements that start a new paragraph (blank line) or a new line when they open or close.
const PARAGRAPH_TAGS = new Set([
  "p", "div", "section", "article", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
  "ul", "ol", "table", "figure", "figcaption", "header", "footer", "aside", "nav", "main", "hr", "dl",
]);
const LINE_TAGS = new Set(["br", "li", "tr", "dt", "dd"]);
// Content that is never text a reader saw.
const DROPPED_CONTENT = /<(script|style|noscript|template|head|svg|iframe|object)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

const TAG_HINT = /<\/?(p|br|div|span|a|b|i|u|em|strong|ul|ol|li|blockquote|img|h[1-6]|script|style|iframe|pre|code|table|tr|td|font|center|sup|sub|hr|html|body)\b[^>]*>/i;

/** True when a text field carries markup (or escaped entities) and should go through htmlToText. */
export function looksLikeHtml(text: string): boolean {
  return TAG_HINT.test(text) || /&(#\d{2,7}|#x[0-9a-f]{2,6}|[a-z]{2,8});/i.test(text);
}

/** True for a whole saved HTML page (as opposed to a plain-text copy of one). */
export function looksLikeHtmlDocument(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || /<body\b/.test(head);
}

export function htmlToText(html: string): string {
  let s = html.replace(/<!--[\s\S]*?-->/g, "").replace(DROPPED_CONTENT, "");
  // An unterminated <script> (truncated export) would otherwise leak code into the text.
  s = s.replace(/<(script|style)\b[^>]*>[\s\S]*$/i, "");
  // "<br />" followed by the source's own line break is one line break, not a paragraph.
  s = s.replace(/<br\s*\/?>[ \t]*\n?/gi, "\n");
  s = s.replace(/<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*>/g, (_tag, closing: string, rawName: string) => {
    const name = rawName.toLowerCase();
    if (PARAGRAPH_TAGS.has(name)) return "\n\n";
    // A list item or table row starts a line; its closing tag adds nothing.
    if (LINE_TAGS.has(name)) return closing ? "" : "\n";
    if (name === "td" || name === "th") return " ";
    return "";
  });
  // Stray "<" that did not start a tag stays; anything tag-like left over (e.g. "<a href=") is cut.
  s = s.replace(/<\/?[a-zA-Z][^>\n]*$/g, "");
  // Raw newlines are kept: WordPress stores paragraphs as blank lines, not <p> tags (wpautop).
  s = decodeHtmlEntities(s);
  // &nbsp; is layout, not content: plain spaces are what the analyzers and moderators expect.
  const lines = s.split("\n").map((line) => line.replace(/[ \t\f\v\u00a0]+/g, " ").trim());
  return lines.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

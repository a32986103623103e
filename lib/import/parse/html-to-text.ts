// Converts HTML fragments (WXR content, Disqus messages, HTML bodies in JSON/CSV) to plain text:
// tags stripped, entities decoded, paragraphs kept as blank lines, script/style content dropped.
// One pass of htmlparser2's tokenizer: linear in the input however the markup is broken (unclosed
// comments, scripts or tags), where regular expressions over the whole document were quadratic.
import { Parser } from "htmlparser2";
import { limitHtmlDepth } from "./html-depth";

// Elements that start a new paragraph (blank line) or a new line when they open or close.
const PARAGRAPH_TAGS = new Set([
  "p",
  "div",
  "section",
  "article",
  "blockquote",
  "pre",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ul",
  "ol",
  "table",
  "figure",
  "figcaption",
  "header",
  "footer",
  "aside",
  "nav",
  "main",
  "hr",
  "dl",
]);
const LINE_TAGS = new Set(["br", "li", "tr", "dt", "dd"]);
// Content that is never text a reader saw.
const DROPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "head",
  "svg",
  "iframe",
  "object",
]);

const TAG_HINT =
  /<\/?(p|br|div|span|a|b|i|u|em|strong|ul|ol|li|blockquote|img|h[1-6]|script|style|iframe|pre|code|table|tr|td|font|center|sup|sub|hr|html|body)\b[^>]*>/i;

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
  const out: string[] = [];
  let dropDepth = 0;
  let afterBr = false;
  const parser = new Parser(
    {
      onopentag(rawName) {
        const name = rawName.toLowerCase();
        if (DROPPED.has(name)) {
          dropDepth++;
          return;
        }
        if (dropDepth > 0) return;
        if (name === "br") {
          out.push("\n");
          afterBr = true;
          return;
        }
        afterBr = false;
        if (PARAGRAPH_TAGS.has(name)) out.push("\n\n");
        else if (LINE_TAGS.has(name)) out.push("\n");
        else if (name === "td" || name === "th") out.push(" ");
      },
      onclosetag(rawName, implied) {
        const name = rawName.toLowerCase();
        if (DROPPED.has(name)) {
          if (dropDepth > 0) dropDepth--;
          return;
        }
        if (dropDepth > 0 || name === "br" || (implied && !PARAGRAPH_TAGS.has(name))) return;
        afterBr = false;
        if (PARAGRAPH_TAGS.has(name)) out.push("\n\n");
        else if (name === "td" || name === "th") out.push(" ");
      },
      ontext(text) {
        if (dropDepth > 0) return;
        // "<br />" followed by the source's own line break is one line break, not a paragraph.
        if (afterBr) {
          text = text.replace(/^[ \t]*\n?/, "");
          if (text) afterBr = false;
        }
        out.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(limitHtmlDepth(html));
  parser.end();
  // Raw newlines are kept: WordPress stores paragraphs as blank lines, not <p> tags (wpautop).
  // &nbsp; is layout, not content: plain spaces are what the analyzers and moderators expect.
  const lines = out
    .join("")
    .split("\n")
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, " ").trim());
  return lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

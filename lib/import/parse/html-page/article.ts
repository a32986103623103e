// Reads the article of a saved HTML page: the title from the strongest candidate (a heading that
// the document title repeats, then og:title, then the first h1, then the document title without its
// site suffix), the publication date from metadata or the article's <time>, and the body from the
// element richest in paragraphs once navigation, sidebars, forms and the comment list are set aside.
import type { Element } from "domhandler";
import { findDate, normaliseTimestamp } from "../dates";
import { classifyBoilerplate } from "../text-page/boilerplate";
import { attr, descendants, hintsOf, inlineText, textOf } from "./dom";

const CHROME_TAGS = new Set(["nav", "aside", "footer", "form", "header", "menu", "dialog"]);
const CHROME_HINT =
  /(^|[\s_-])(sidebar|widget|menu|nav|navigation|breadcrumbs?|footer|share|sharing|social|related|recommended|newsletter|subscribe|cookie|banner|advert|ads?|promo|comments|comment-?list|commentlist|comment-form|respond|comment-respond|pagination|tags|author-info|author-bio|byline)([\s_-]|$)/;
const CONTENT_HINT =
  /(^|[\s_-])(article|entry|post|posts|content|story|text|body|main|blog|blog-post|post-body|entry-content|article-body|articlebody|texte)([\s_-]|$)/;
const PARAGRAPH_TAGS = new Set([
  "p",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "blockquote",
  "pre",
  "dd",
  "figcaption",
]);

export type THtmlArticle = { title: string | null; publishedAt: string | null; body: string };

function meta(root: Element, ...names: string[]): string | null {
  for (const el of descendants(root)) {
    if (el.name !== "meta") continue;
    const key = (attr(el, "property") || attr(el, "name") || attr(el, "itemprop")).toLowerCase();
    if (names.includes(key) && attr(el, "content").trim()) return attr(el, "content").trim();
  }
  return null;
}

/** Chrome (navigation, sidebars, forms, the comment list) is skipped when the body is read. */
function isChrome(el: Element, excluded: ReadonlySet<Element>): boolean {
  if (excluded.has(el) || CHROME_TAGS.has(el.name)) return true;
  const hints = hintsOf(el);
  return CHROME_HINT.test(hints) && !CONTENT_HINT.test(hints.replace(/comment\S*/g, ""));
}

/** Elements outside chrome, in document order (chrome subtrees are not entered). */
function contentElements(root: Element, excluded: ReadonlySet<Element>): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop() as Element;
    if (el !== root && isChrome(el, excluded)) continue;
    out.push(el);
    for (let i = el.children.length - 1; i >= 0; i--)
      if (el.children[i].type === "tag") stack.push(el.children[i] as Element);
  }
  return out;
}

function linkShare(el: Element, text: string): number {
  const links = descendants(el)
    .filter((d) => d.name === "a")
    .reduce((n, a) => n + inlineText(a, 500).length, 0);
  return text.length ? links / text.length : 1;
}

/** Readability-style scoring: each paragraph credits its parent fully and its grandparent half. */
function bestContainer(body: Element, excluded: ReadonlySet<Element>): Element | null {
  const scores = new Map<Element, number>();
  for (const el of contentElements(body, excluded)) {
    const own = TEXT_BLOCKS.has(el.name) ? ownTextLength(el) : 0;
    if (el.name !== "p" && el.name !== "pre" && own < 25) continue;
    const text = own >= 25 ? "x".repeat(Math.min(own, 3000)) : inlineText(el, 3000);
    if (text.length < 25) continue;
    const points =
      1 + Math.min(3, text.length / 100) + (text.match(/[,،、，]/g)?.length ?? 0) * 0.2;
    // Text held directly by a block makes the block itself the paragraphs' parent.
    const parent = own >= 25 ? el : (el.parent as Element | null);
    const grand = parent?.parent as Element | null;
    const holds = (n: Element | null): n is Element =>
      Boolean(n) &&
      ((n as { type: string }).type === "tag" || (n as { type: string }).type === "root");
    // A saved fragment has paragraphs straight under the document: the document is their container.
    if (holds(parent)) scores.set(parent, (scores.get(parent) ?? 0) + points);
    if (holds(grand)) scores.set(grand, (scores.get(grand) ?? 0) + points / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, raw] of scores) {
    const score =
      raw *
      (CONTENT_HINT.test(hintsOf(el)) ? 1.25 : 1) *
      (el.name === "article" || attr(el, "itemprop") === "articleBody" ? 1.25 : 1);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

// Blocks that may hold a post's text directly, lines split by <br> instead of <p> (Blogger, old CMSs).
const TEXT_BLOCKS = new Set(["div", "td", "section", "article", "main", "center"]);

function ownTextLength(el: Element): number {
  let n = 0;
  for (const c of el.children)
    if (c.type === "text") n += (c as unknown as { data: string }).data.trim().length;
  return n;
}

function readBody(container: Element, excluded: ReadonlySet<Element>): string {
  const paragraphs: string[] = [];
  const covered = new Set<Element>();
  const chrome = {
    has: (n: unknown) => (n as Element).type === "tag" && isChrome(n as Element, excluded),
  };
  for (const el of contentElements(container, excluded)) {
    const textBlock = TEXT_BLOCKS.has(el.name) && ownTextLength(el) >= 25;
    if (!PARAGRAPH_TAGS.has(el.name) && !textBlock) continue;
    let nested = false;
    for (let p = el.parent as Element | null; p && p !== container; p = p.parent as Element | null)
      if (covered.has(p)) nested = true;
    if (nested) continue;
    const text = textBlock ? textOf(el, chrome) : textOf(el);
    if (
      !text ||
      (el.name !== "p" && linkShare(el, text) > 0.5) ||
      (el.name === "li" && text.length < 3)
    )
      continue;
    // The same furniture rules as text pages: "Tags: …", "Share this", "Kommentarfeed | …".
    if (text.length <= 800 && classifyBoilerplate(text.replace(/\s+/g, " "))) continue;
    covered.add(el);
    paragraphs.push(text);
  }
  if (paragraphs.length === 0) {
    // No paragraph survived: the container's own lines, still without comments, chrome or furniture.
    return textOf(container, chrome)
      .split("\n")
      .filter((line) => !classifyBoilerplate(line.replace(/\s+/g, " ").trim()))
      .join("\n")
      .trim();
  }
  return paragraphs.join("\n\n");
}

const TITLE_SEPARATORS = /\s+(?:[|–—«»·:]|-{1,2}|::)\s+/;

/** The headline: a heading that the document title repeats wins over metadata and the first h1. */
function readTitle(root: Element, container: Element | null): string | null {
  const docTitle = descendants(root).find((el) => el.name === "title");
  const pageTitle = docTitle ? inlineText(docTitle) : "";
  const og = meta(root, "og:title", "twitter:title", "headline");
  const headings = descendants(root).filter(
    (el) =>
      /^h[1-3]$/.test(el.name) ||
      /(^|[\s_-])(title|headline|entry-title|letitre|titre)([\s_-]|$)/.test(hintsOf(el)),
  );
  const texts = headings
    .map((h) => inlineText(h, 300))
    .filter((t) => t.length >= 3 && t.length <= 200);
  const repeated = texts.filter(
    (t) =>
      pageTitle.toLowerCase().includes(t.toLowerCase()) ||
      (og && og.toLowerCase() === t.toLowerCase()),
  );
  if (repeated.length) return repeated.sort((a, b) => b.length - a.length)[0];
  const quoted = quotedTitle(root);
  if (quoted) return quoted;
  if (og) return og;
  const h1 = headings.find((h) => h.name === "h1" && (!container || !isInsideChrome(h)));
  if (h1 && inlineText(h1)) return inlineText(h1);
  const above = container ? headingAbove(root, container) : null;
  if (above) return above;
  if (!pageTitle) return null;
  const parts = pageTitle
    .split(TITLE_SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.sort((a, b) => b.length - a.length)[0] ?? pageTitle;
}

// "3 thoughts on “Title”", "One thought on “…”", "2 Kommentare zu „…“", "Une réflexion sur « … »":
// the comment section names the post it belongs to.
const ABOUT_TITLE =
  /(?:thoughts?|responses?|comments?|replies|reactions?|kommentare?|antworten|gedanken|commentaires?|réflexions?|réponses?|comentarios?|comentários?|respuestas?|respostas?|commenti|reacties)\s+(?:on|to|for|about|zu|auf|zum|zur|sur|à|sobre|em|a|para|su|op)\s+[“"„«‘'‚]\s*(.+?)\s*[”"“»’']\s*:?$/i;

function quotedTitle(root: Element): string | null {
  for (const el of descendants(root)) {
    // A heading, or a short line that is only that ("[3 thoughts on “…”](link to the post)").
    const heading =
      /^h[1-6]$/.test(el.name) ||
      /(^|[\s_-])(comments?-title|comment-title|comment-reply-title)([\s_-]|$)/.test(hintsOf(el));
    if (!heading && el.name !== "p" && el.name !== "a") continue;
    const text = inlineText(el, 400);
    if (!heading && !/^(\d+|one|a|une?|ein[e]?)\s/i.test(text)) continue;
    const m = ABOUT_TITLE.exec(text);
    if (m && m[1].length >= 3 && m[1].length <= 200) return m[1];
  }
  return null;
}

/** The last heading before the article body (a page whose headline is an h2 under the site's name). */
function headingAbove(root: Element, container: Element): string | null {
  let last: string | null = null;
  for (const el of descendants(root)) {
    if (el === container) break;
    if (!/^h[1-3]$/.test(el.name) || isInsideChrome(el)) continue;
    const text = inlineText(el, 300);
    if (text.length >= 3 && text.length <= 200) last = text;
  }
  return last;
}

function isInsideChrome(el: Element): boolean {
  for (let p = el.parent as Element | null; p && p.type === "tag"; p = p.parent as Element | null)
    if (p.name === "nav" || p.name === "aside") return true;
  return false;
}

function readPublished(root: Element, container: Element | null): string | null {
  const fromMeta = meta(
    root,
    "article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "dc.date",
    "publish-date",
  );
  const iso = fromMeta ? normaliseTimestamp(fromMeta) : null;
  if (iso) return iso;
  const scope = container?.parent?.type === "tag" ? (container.parent as Element) : root;
  const elements = descendants(scope);
  for (const el of elements) {
    if (el.name !== "time" && attr(el, "itemprop") !== "datePublished") continue;
    const value = attr(el, "datetime") || attr(el, "content");
    const t = value ? normaliseTimestamp(value) : null;
    if (t) return t;
  }
  // A dateline printed above the body ("11.09.2011, 16:20 von jovelstefan"): short, leaf-like, before it.
  for (const el of elements) {
    if (el === container) break;
    if (
      el.children.some(
        (c) => c.type === "tag" && (c as Element).name !== "a" && (c as Element).name !== "span",
      )
    )
      continue;
    const text = inlineText(el, 120);
    if (text.length > 100) continue;
    const found = findDate(text);
    if (found && found.precision !== "month") return found.iso;
  }
  return null;
}

export function readArticle(root: Element, excluded: ReadonlySet<Element>): THtmlArticle {
  const body = descendants(root).find((el) => el.name === "body") ?? root;
  const container = bestContainer(body, excluded);
  return {
    title: readTitle(root, container),
    publishedAt: readPublished(root, container),
    body: container ? readBody(container, excluded) : "",
  };
}

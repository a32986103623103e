// Small helpers over htmlparser2's DOM (domhandler nodes): element tests, class tokens, visible text
// with paragraph breaks, and iterative walks (no recursion, so deeply nested pages cannot overflow).
import type { AnyNode, Element } from "domhandler";

export const isElement = (n: AnyNode | null | undefined): n is Element => n?.type === "tag";

/** Elements whose content is never text a reader saw. */
export const INVISIBLE = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "object",
  "head",
  "select",
  "option",
  "textarea",
  "input",
  "button",
  "form",
  "canvas",
  "video",
  "audio",
  "map",
]);
const BLOCK = new Set([
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
  "li",
  "table",
  "tr",
  "figure",
  "figcaption",
  "header",
  "footer",
  "aside",
  "nav",
  "main",
  "hr",
  "dl",
  "dt",
  "dd",
  "br",
  "address",
  "details",
  "summary",
]);

export function attr(el: Element, name: string): string {
  return el.attribs?.[name] ?? "";
}

/** Class and id tokens, lower-cased: the hints comment systems leave ("comment-body", "fn", "says"). */
export function hintsOf(el: Element): string {
  return `${attr(el, "class")} ${attr(el, "id")} ${attr(el, "itemprop")} ${attr(el, "itemtype")} ${attr(el, "data-role")}`.toLowerCase();
}

export function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (const c of el.children) if (c.type === "tag") out.push(c as Element);
  return out;
}

/** Every element under `root` in document order (iterative). */
export function descendants(root: Element): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length) {
    const n = stack.pop() as AnyNode;
    if (n.type !== "tag") continue;
    const el = n as Element;
    out.push(el);
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]);
  }
  return out;
}

export function findFirst(root: Element, test: (el: Element) => boolean): Element | null {
  for (const el of descendants(root)) if (test(el)) return el;
  return null;
}

/**
 * The visible text under `node`, with blocks on their own lines and paragraphs separated by a blank
 * line; `skip` subtrees (nested comments, reply buttons) are left out. Whitespace is collapsed.
 */
export type TSkip = { has(node: AnyNode): boolean };

export function textOf(node: AnyNode, skip?: TSkip, maxChars = Infinity): string {
  const parts: string[] = [];
  const stack: (AnyNode | "\n")[] = [node];
  let length = 0;
  while (stack.length && length <= maxChars) {
    const n = stack.pop() as AnyNode | "\n";
    if (n === "\n") {
      parts.push("\n");
      continue;
    }
    if (skip?.has(n) && n !== node) continue;
    if (n.type === "text") {
      const data = (n as unknown as { data: string }).data;
      parts.push(data);
      length += data.length;
      continue;
    }
    if (n.type !== "tag" && n.type !== "root") continue;
    const el = n as Element;
    const name = el.name;
    if (name && INVISIBLE.has(name)) continue;
    if (name === "br") {
      parts.push("\n");
      continue;
    }
    const block = name ? BLOCK.has(name) : false;
    if (block) {
      const paragraph =
        name === "p" || name === "blockquote" || name === "pre" || /^h\d$/.test(name);
      parts.push(paragraph ? "\n\n" : "\n");
      stack.push("\n");
      if (paragraph) stack.push("\n");
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]);
  }
  return normaliseText(parts.join(""));
}

/** Collapses spaces inside lines, trims lines, keeps at most one blank line between paragraphs. */
export function normaliseText(s: string): string {
  const lines = s.split("\n").map((l) => l.replace(/[ \t\f\v\u00a0\u200b]+/g, " ").trim());
  const out: string[] = [];
  let blank = 0;
  for (const l of lines) {
    if (l === "") {
      blank++;
      continue;
    }
    if (out.length && blank > 1) out.push("");
    else if (out.length && blank === 1) out.push("");
    blank = 0;
    out.push(l);
  }
  return out.join("\n").trim();
}

/** Single-line text (for names, dates, titles), read up to about `maxChars` characters. */
export function inlineText(node: AnyNode, maxChars = 400): string {
  return textOf(node, undefined, maxChars).replace(/\s+/g, " ").trim();
}

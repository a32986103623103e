// Scores one family of repeated blocks as reader comments: per member the author, time, own text and
// link share (its replies excluded), and the family's score from how many members carry each.
import type { AnyNode, Element } from "domhandler";
import { findDate, isRelativeTime, normaliseTimestamp } from "../dates";
import { AUTHOR_HINT, isNameElement, pickAuthor } from "./comment-author";
import { attr, childElements, hintsOf, inlineText, textOf, type TSkip } from "./dom";

// Class tokens that vary between members of one family (parity, depth, who wrote it).
const VOLATILE_TOKEN =
  /\d|^(odd|even|alt|parent|byuser|bypostauthor|thread-\w+|comment-author-.+|depth-.+|first|last|new|highlighted|collapsed|expanded|hidden|is-\S+|has-\S+|js-\S+|ng-\S+)$/;
const COMMENT_HINT =
  /comment|forum|reply|replies|discussion|respons|kommentar|commentaire|comentario|post-?message|schema\.org\/(comment|answer)|topic-post|\bpost\b|comtr|athing/;
const TIME_HINT =
  /(^|[\s_-])(time|date|datetime|timestamp|published|posted|age|forum-nav|comment-metadata|meta)([\s_-]|$)/;
const CONTENT_HINT = [
  /comment[-_]?content|comment[-_]?text|commtext|forum-texte|message[-_]?(body|text|content)|post[-_]?(body|message|content|text)|usertext-body|\bcooked\b|comment[-_]?body[-_]?(text|content)/,
  /(^|[\s_-])(content|text|body|message|entry)([\s_-]|$)/,
];
const CONTROL_HINT =
  /(^|[\s_-])(reply|comment-reply-link|permalink|edit-link|reactions?|votes?|vote-\w+|likes?|share|flag|report|actions?|toolbar|quote-button)([\s_-]|$)/;

export function signatureOf(el: Element): string {
  const tokens = attr(el, "class")
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t && !VOLATILE_TOKEN.test(t))
    .sort();
  const itemtype = attr(el, "itemtype").toLowerCase();
  return `${el.name}.${tokens.join(".")}${itemtype ? `[${itemtype}]` : ""}`;
}

export type TFeatures = {
  author: Element | null;
  time: Element | null;
  iso: string | null;
  body: string;
  linkShare: number;
};

// Elements read while scoring families: findComments stops scoring when it passes its budget.
export const workMeter = { read: 0 };

/** Elements under `member` but not inside a nested member (its replies). */
export function ownDescendants(member: Element, members: ReadonlySet<Element>): Element[] {
  const out: Element[] = [];
  workMeter.read += 1;
  const stack: Element[] = childElements(member).reverse();
  while (stack.length) {
    const el = stack.pop() as Element;
    if (members.has(el)) continue;
    out.push(el);
    workMeter.read++;
    stack.push(...childElements(el).reverse());
  }
  return out;
}

function timeOf(el: Element): string | null {
  const datetime = attr(el, "datetime") || attr(el, "content") || attr(el, "title");
  const fromAttr = datetime ? normaliseTimestamp(datetime) : null;
  if (fromAttr) return fromAttr;
  const text = inlineText(el);
  if (text.length > 80) return null;
  const found = findDate(text);
  return found && found.precision !== "month" ? found.iso : null;
}

function featuresOf(member: Element, members: ReadonlySet<Element>): TFeatures {
  const own = ownDescendants(member, members);
  let author: Element | null = null;
  let time: Element | null = null;
  let iso: string | null = null;
  let content: Element | null = null;
  // The text box: the first element marked as content that does not also hold the author's name
  // (a "post-body" wrapping header and text is the whole comment, not its text).
  for (const hint of CONTENT_HINT) {
    content =
      own.find(
        (el) =>
          hint.test(hintsOf(el)) &&
          !AUTHOR_HINT.test(hintsOf(el)) &&
          inlineText(el).length > 0 &&
          !ownDescendants(el, members).some(isNameElement),
      ) ?? null;
    if (content) break;
  }
  const inContent = new Set<Element>(content ? [content, ...ownDescendants(content, members)] : []);
  // A machine-readable <time datetime> beats a date printed in a meta line.
  for (const el of own) {
    if (
      inContent.has(el) ||
      (el.name !== "time" &&
        attr(el, "itemprop") !== "dateCreated" &&
        attr(el, "itemprop") !== "datePublished")
    )
      continue;
    const t = timeOf(el);
    if (t) {
      time = el;
      iso = t;
      break;
    }
  }
  author = pickAuthor(own, inContent);
  for (const el of own) {
    if (inContent.has(el)) continue;
    const hints = hintsOf(el);
    if (
      !time &&
      (el.name === "time" || TIME_HINT.test(hints) || attr(el, "itemprop") === "datePublished")
    ) {
      const t = timeOf(el);
      if (t || isRelativeTime(inlineText(el))) {
        time = el;
        iso = t;
      }
    }
  }
  // Nested members (replies) and, without a content element, the header and buttons are skipped;
  // the members set is shared, not copied (a copy per member was quadratic in the comment count).
  const extra = new Set<AnyNode>();
  const skip: TSkip = { has: (n) => members.has(n as Element) || extra.has(n) };
  if (!content) {
    if (author) extra.add(headerOf(author, member));
    if (time) extra.add(headerOf(time, member));
    for (const el of own)
      if (CONTROL_HINT.test(hintsOf(el)) && !CONTENT_HINT[0].test(hintsOf(el))) extra.add(el);
  }
  const bodyNode = content ?? member;
  const body = textOf(bodyNode, skip);
  const links = linkTextLength(bodyNode, skip);
  return { author, time, iso, body, linkShare: body.length ? links / body.length : 0 };
}

/** Characters of link text under `node`, outside the `skip` subtrees. */
function linkTextLength(node: Element, skip: TSkip): number {
  let n = 0;
  const stack: Element[] = [node];
  while (stack.length) {
    const el = stack.pop() as Element;
    if (el !== node && skip.has(el)) continue;
    if (el.name === "a") {
      n += inlineText(el, 300).length;
      continue;
    }
    stack.push(...childElements(el));
  }
  return n;
}

/** The header block around an author or time element (the whole "Jane says: June 5" line). */
function headerOf(el: Element, member: Element): Element {
  let node = el;
  while (node.parent && node.parent !== member) {
    const parent = node.parent as Element;
    const text = inlineText(parent);
    if (
      text.length > 160 ||
      /(^|[\s_-])(content|text|message|body)([\s_-]|$)/.test(hintsOf(parent))
    )
      break;
    node = parent;
  }
  return node;
}

export function scoreFamily(members: Element[]): {
  score: number;
  features: Map<Element, TFeatures>;
} {
  const set = new Set(members);
  const features = new Map<Element, TFeatures>();
  let author = 0;
  let time = 0;
  let text = 0;
  let links = 0;
  for (const m of members) {
    const f = featuresOf(m, set);
    features.set(m, f);
    if (f.author) author++;
    if (f.time) time++;
    if (f.body.length >= 2) text++;
    links += f.linkShare;
  }
  const n = members.length;
  const hinted = COMMENT_HINT.test(hintsOf(members[0]));
  let score = (0.4 * author + 0.35 * time + 0.25 * text) / n;
  if (hinted) score += 0.3;
  if (links / n > 0.6) score -= 0.6;
  if (text / n < 0.8) score -= 0.5;
  return { score, features };
}

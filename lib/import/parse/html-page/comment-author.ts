// Picks a comment's author out of its header: the most specific element the comment system marks as
// the name ("fn", "author", "username" beat "byline" or "user"), narrowed to the name inside it when
// the marked element also holds a date, a badge or "says:", and cleaned of the words around a name
// ("Comment by …", "… — 17.07, 2011 @ 13:04"). Never guesses: no marked element, no author.
import type { Element } from "domhandler";
import { findDate, isRelativeTime } from "../dates";
import { attr, hintsOf, inlineText } from "./dom";

export const AUTHOR_HINT =
  /(^|[\s_-])(author|fn|nick(name)?|user(name)?|commenter|poster|forum-qui|hnuser|username|display-?name|byline|name)([\s_-]|$)|itemprop\s*=?\s*author/;
// Hints that name the name itself, not a line or box that holds it.
const STRONG_AUTHOR =
  /(^|[\s_-])(fn|author|nick(name)?|username|user-?name|hnuser|commenter|display-?name|comment-author-link|forum-qui)([\s_-]|$)|itemprop\s*=?\s*author/;
const CONTROL =
  /(^|[\s_-])(reply|comment-reply-link|permalink|edit|parent-link|badge|moderator|time|date|age|meta)([\s_-]|$)/;
const NAME_TAGS = new Set(["a", "b", "strong", "cite", "span", "em"]);
// "Jane says:", "Jane sagt:", "Jane dit :", "Наталья говорит:": the verb is layout, not the name.
const SAYS =
  /\s*(?:says|said|wrote|writes|sagt|schrieb|schreibt|dit|a écrit|écrit|dice|escribió|scrive|ha scritto|ha detto|zegt|schreef|disse|говорит|пишет|написал[аи]?)\s*:?\s*$/i;
const BY =
  /^(?:comment(?:ed)?|posted|written|reply|kommentar|geschrieben|antwort|commentaire|publié|réponse|comentario|comentário|escrito)\s+(?:by|von|de|par|por)\s+/i;

function leftoverLooksLikeMeta(whole: string, name: string): boolean {
  const rest = whole.replace(name, " ").replace(/\s+/g, " ").trim();
  if (!rest) return false;
  return (
    Boolean(findDate(rest)) ||
    isRelativeTime(rest) ||
    SAYS.test(` ${rest}`) ||
    BY.test(`${rest} `) ||
    /\d{1,2}[:.]\d{2}/.test(rest)
  );
}

/** True for an element marked as the name itself (a content box holding one is a whole comment). */
export function isNameElement(el: Element): boolean {
  return STRONG_AUTHOR.test(hintsOf(el));
}

/** The author element among a comment's own header elements (`own`, in document order), or null. */
export function pickAuthor(own: Element[], inContent: ReadonlySet<Element>): Element | null {
  let best: Element | null = null;
  let bestRank = 0;
  for (const el of own) {
    if (inContent.has(el)) continue;
    const hints = hintsOf(el);
    const rank = STRONG_AUTHOR.test(hints)
      ? 2
      : AUTHOR_HINT.test(hints) || el.name === "cite"
        ? 1
        : 0;
    if (rank <= bestRank) continue;
    const name = inlineText(el);
    if (name.length < 1 || name.length > 120) continue;
    best = el;
    bestRank = rank;
    if (rank === 2) break;
  }
  return best ? narrow(best) : null;
}

/** The name inside a marked element that also carries a date, a badge or a verb. */
function narrow(el: Element): Element {
  let current = el;
  for (let step = 0; step < 4; step++) {
    const whole = inlineText(current);
    let next: Element | null = null;
    const stack = [...current.children].reverse();
    while (stack.length) {
      const n = stack.pop();
      if (!n || n.type !== "tag") continue;
      const child = n as Element;
      const text = inlineText(child);
      const hints = hintsOf(child);
      if (
        text &&
        /\p{L}/u.test(text) &&
        text.length < whole.length &&
        !CONTROL.test(hints) &&
        !findDate(text) &&
        !isRelativeTime(text)
      ) {
        if (STRONG_AUTHOR.test(hints) || attr(child, "itemprop") === "name") {
          next = child;
          break;
        }
        if (NAME_TAGS.has(child.name) && leftoverLooksLikeMeta(whole, text)) {
          next = child;
          break;
        }
      }
      for (let i = child.children.length - 1; i >= 0; i--) stack.push(child.children[i]);
    }
    if (!next) break;
    current = next;
  }
  return current;
}

/** The name as printed, without "says:", "Comment by", a trailing date or separators. */
export function cleanAuthor(raw: string): string | null {
  let name = raw.replace(/\s+/g, " ").trim().replace(BY, "");
  const date = findDate(name);
  if (date && date.start > 0) name = name.slice(0, date.start);
  name = name
    .replace(/\s+[—–-]\s+.*\d.*$/, "")
    .replace(SAYS, "")
    .replace(/^[@\s]+|[\s:|·•,–—@-]+$/g, "")
    .trim();
  return name && name.length <= 80 ? name : null;
}

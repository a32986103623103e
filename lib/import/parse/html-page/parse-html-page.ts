// Saved HTML pages ("Save page as"): the DOM is parsed (htmlparser2, linear), the comment list is
// found as a family of repeated blocks carrying author, time and text (comments.ts), and the article
// is read from what remains (article.ts). When the markup shows no comment list, the page's text is
// read by the text-page parser instead, so layouts without comment markup still import.
import type { Element } from "domhandler";
import { parseDocument } from "htmlparser2";
import type { TParsedArticle } from "@/lib/import/types";
import { limitHtmlDepth } from "../html-depth";
import { htmlToText } from "../html-to-text";
import { DOCUMENT_WHERE, type IssueLog } from "../issue-log";
import { checkPageSize } from "../limits";
import { parseTextPage } from "../text-page/parse-text-page";
import { readArticle } from "./article";
import { findComments } from "./comments";

export type THtmlPage = { article: TParsedArticle | null; via: "dom" | "text" };

function isInside(el: Element, ancestor: Element): boolean {
  for (let p = el.parent as Element | null; p; p = p.parent as Element | null)
    if (p === ancestor) return true;
  return false;
}

export function parseHtmlPage(html: string, log: IssueLog): THtmlPage {
  if (html.length > 4 * 8_000_000) {
    log.error(
      DOCUMENT_WHERE,
      `page too large to read as a saved page (${html.length} characters of HTML)`,
    );
    return { article: null, via: "dom" };
  }
  const root = parseDocument(limitHtmlDepth(html), {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  }) as unknown as Element;
  const found = findComments(root, log);
  const excluded = new Set<Element>(found.members);
  if (found.container) excluded.add(found.container);
  const article = readArticle(root, excluded);

  // A forum thread: the opening post is the article, the other posts are its comments.
  // Posts of a forum follow each other; a comment frame without its article (a saved Disqus thread)
  // nests the replies inside the first comment, and that comment is not an article.
  const opener = found.members[0];
  const nested = opener ? found.members.some((m) => m !== opener && isInside(m, opener)) : false;
  // Blocks the page itself calls comments ("comment-3306", class "comment") answer an article even
  // when the article is not in the saved page; only posts are a forum's opening post.
  const calledComments = opener
    ? /(^|[\s_-])comment([\s_-]|$)/.test(
        `${opener.attribs.class ?? ""} ${opener.attribs.id ?? ""}`.toLowerCase(),
      )
    : false;
  if (article.body.length < 80 && found.comments.length >= 2 && !nested && !calledComments) {
    const [opening, ...replies] = found.comments;
    article.body = opening.body;
    found.comments = replies.map((c) =>
      c.parentExternalId === opening.externalId
        ? { ...c, parentExternalId: null, replyTo: null }
        : c,
    );
    log.warn(
      "comments",
      "no article text outside the repeated posts: the first post is read as the article",
    );
  }
  if (found.members.length === 0) {
    // No comment markup: the text parser reads comment sections from their wording and layout.
    const text = htmlToText(html);
    const tooLarge = checkPageSize(text);
    if (!tooLarge) {
      const viaText = parseTextPage(text, log);
      if (viaText.article && viaText.article.comments.length > 0) {
        log.warn(
          "comments",
          "no comment list in the page's markup; comments read from the page's text",
        );
        return {
          article: {
            ...viaText.article,
            title: article.title ?? viaText.article.title,
            publishedAt: article.publishedAt ?? viaText.article.publishedAt,
          },
          via: "text",
        };
      }
    }
  } else {
    if (found.comments.length)
      log.warn(
        "comments",
        `${found.comments.length} comment${found.comments.length > 1 ? "s" : ""} read from ${found.members.length} repeated <${found.members[0].name}> blocks`,
      );
  }
  if (!article.title && !article.body && found.comments.length === 0) {
    log.warn(DOCUMENT_WHERE, "no article text found in the page");
    return { article: null, via: "dom" };
  }
  return {
    article: {
      title: article.title,
      url: null,
      source: null,
      publishedAt: article.publishedAt,
      body: article.body,
      comments: found.comments,
    },
    via: "dom",
  };
}

// Disqus XML export: <thread dsq:id> elements are articles, <post dsq:id> elements their comments
// (linked by <thread dsq:id/> and <parent dsq:id/>). Deleted and spam posts are skipped with a warning.
import type { TParsedArticle, TParsedComment } from "@/lib/import/types";
import { linkReplies } from "./article-grouper";
import { normaliseTimestamp } from "./dates";
import { decodeHtmlEntities } from "./html-entities";
import { htmlToText } from "./html-to-text";
import { DOCUMENT_WHERE, type IssueLog } from "./issue-log";
import { checkCommentLength } from "./limits";
import {
  asArray,
  createXmlParser,
  readXmlRecords,
  xmlChild,
  xmlText,
  type TXmlNode,
  type TXmlRecord,
} from "./xml-records";

const field = (node: unknown, name: string): string => xmlText(xmlChild(node, name)).trim();
const dsqId = (node: unknown): string | null => {
  const id = xmlChild(node, "@dsq:id");
  return typeof id === "string" && id.trim() ? id.trim() : null;
};
const orNull = (s: string): string | null => (s ? s : null);

function readThread(node: TXmlNode): TParsedArticle {
  return {
    title: orNull(decodeHtmlEntities(field(node, "title"))),
    url: orNull(field(node, "link")),
    source: null,
    publishedAt: normaliseTimestamp(field(node, "createdAt"), true),
    body: htmlToText(field(node, "message")),
    externalId: dsqId(node),
    comments: [],
  };
}

function readPost(
  node: TXmlNode,
  where: string,
  log: IssueLog,
): { threadId: string | null; comment: TParsedComment } | null {
  const id = dsqId(node);
  const label = id ?? "(no id)";
  if (field(node, "isSpam") === "true")
    return (log.warn(where, `skipped post ${label} marked spam`), null);
  if (field(node, "isDeleted") === "true")
    return (log.warn(where, `skipped post ${label} marked deleted`), null);
  const body = htmlToText(field(node, "message"));
  if (!body) return (log.warn(where, `skipped post ${label} with an empty message`), null);
  const tooLong = checkCommentLength(body);
  if (tooLong) return (log.error(where, tooLong), null);
  const author = xmlChild(node, "author");
  const name = field(author, "name") || field(author, "username");
  return {
    threadId: dsqId(xmlChild(node, "thread")),
    comment: {
      externalId: id,
      author: orNull(decodeHtmlEntities(name)),
      replyTo: null,
      parentExternalId: dsqId(xmlChild(node, "parent")),
      postedAt: normaliseTimestamp(field(node, "createdAt"), true),
      body,
    },
  };
}

export function parseDisqus(xml: string, log: IssueLog): TParsedArticle[] {
  const parser = createXmlParser(["disqus.thread", "disqus.post", "thread", "post"]);
  const select = (doc: TXmlNode): TXmlRecord[] => {
    const root = xmlChild(doc, "disqus");
    if (!root) log.error(DOCUMENT_WHERE, "not a Disqus export: no <disqus> element");
    const threads = asArray(xmlChild(root, "thread") as TXmlNode[]).map((node) => ({
      tag: "thread",
      node,
      line: null,
    }));
    const posts = asArray(xmlChild(root, "post") as TXmlNode[]).map((node) => ({
      tag: "post",
      node,
      line: null,
    }));
    return [...threads, ...posts];
  };
  const records = readXmlRecords(xml, ["thread", "post"], parser, select, log);
  const threads = new Map<string, TParsedArticle>();
  const articles: TParsedArticle[] = [];
  for (const r of records.filter((rec) => rec.tag === "thread")) {
    const article = readThread(r.node);
    articles.push(article);
    if (article.externalId) threads.set(article.externalId, article);
  }
  let postOrdinal = 0;
  for (const r of records.filter((rec) => rec.tag === "post")) {
    const where = r.line ? `post ${++postOrdinal} (line ${r.line})` : `post ${++postOrdinal}`;
    const post = readPost(r.node, where, log);
    if (!post) continue;
    const thread = post.threadId ? threads.get(post.threadId) : undefined;
    if (!thread) {
      log.error(
        where,
        `post ${post.comment.externalId ?? "(no id)"} refers to unknown thread ${post.threadId ?? "(none)"}`,
      );
      continue;
    }
    thread.comments.push(post.comment);
  }
  for (const article of articles) linkReplies(article.comments);
  return articles;
}

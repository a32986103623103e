// WordPress WXR export: each <item> is an article (title, link, pubDate, content:encoded) with its
// <wp:comment> elements threaded by comment_parent. Spam, trash, pingbacks and trackbacks are skipped.
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

// Items that are not articles readers commented on.
const NON_ARTICLE_TYPES = new Set([
  "attachment",
  "nav_menu_item",
  "revision",
  "wp_block",
  "custom_css",
  "customize_changeset",
  "wp_navigation",
  "wp_template",
  "wp_global_styles",
]);
const SKIPPED_STATUS: Record<string, string> = {
  spam: "spam",
  trash: "trash",
  "post-trashed": "trash",
};

const field = (node: unknown, name: string): string => xmlText(xmlChild(node, name)).trim();
const orNull = (s: string): string | null => (s ? s : null);

function readComment(node: unknown, where: string, log: IssueLog): TParsedComment | null {
  const id = orNull(field(node, "wp:comment_id"));
  const approved = field(node, "wp:comment_approved");
  const type = field(node, "wp:comment_type");
  if (SKIPPED_STATUS[approved]) {
    log.warn(where, `skipped comment ${id ?? "(no id)"} marked ${SKIPPED_STATUS[approved]}`);
    return null;
  }
  if (type === "pingback" || type === "trackback") {
    log.warn(where, `skipped ${type} ${id ?? "(no id)"} (not a reader comment)`);
    return null;
  }
  const body = htmlToText(field(node, "wp:comment_content"));
  if (!body) {
    log.warn(where, `skipped comment ${id ?? "(no id)"} with an empty body`);
    return null;
  }
  const tooLong = checkCommentLength(body);
  if (tooLong) {
    log.error(where, tooLong);
    return null;
  }
  const parent = field(node, "wp:comment_parent");
  const gmt = normaliseTimestamp(field(node, "wp:comment_date_gmt"), true);
  return {
    externalId: id,
    author: orNull(decodeHtmlEntities(field(node, "wp:comment_author"))),
    replyTo: null,
    parentExternalId: parent && parent !== "0" ? parent : null,
    postedAt: gmt ?? normaliseTimestamp(field(node, "wp:comment_date")),
    body,
  };
}

function readItem(item: TXmlNode, ordinal: number, log: IssueLog): TParsedArticle | null {
  const where = `item ${ordinal}`;
  const type = field(item, "wp:post_type");
  if (NON_ARTICLE_TYPES.has(type)) return null;
  const comments: TParsedComment[] = [];
  asArray(xmlChild(item, "wp:comment") as TXmlNode[]).forEach((c, i) => {
    const comment = readComment(c, `${where}, comment ${i + 1}`, log);
    if (comment) comments.push(comment);
  });
  linkReplies(comments);
  const published =
    normaliseTimestamp(field(item, "wp:post_date_gmt"), true) ??
    normaliseTimestamp(field(item, "pubDate")) ??
    normaliseTimestamp(field(item, "wp:post_date"));
  return {
    title: orNull(decodeHtmlEntities(field(item, "title"))),
    url: orNull(field(item, "link")),
    source: null,
    publishedAt: published,
    body: htmlToText(field(item, "content:encoded")),
    externalId: orNull(field(item, "wp:post_id")),
    comments,
  };
}

export function parseWxr(xml: string, log: IssueLog): TParsedArticle[] {
  const parser = createXmlParser([
    "rss.channel.item",
    "rss.channel.item.wp:comment",
    "item",
    "item.wp:comment",
  ]);
  const select = (doc: TXmlNode): TXmlRecord[] => {
    const channel = xmlChild(xmlChild(doc, "rss"), "channel");
    if (!channel) log.error(DOCUMENT_WHERE, "not a WordPress export: no <rss><channel> element");
    return asArray(xmlChild(channel, "item") as TXmlNode[]).map((node) => ({
      tag: "item",
      node,
      line: null,
    }));
  };
  const records = readXmlRecords(xml, ["item"], parser, select, log);
  const articles: TParsedArticle[] = [];
  let skippedTypes = 0;
  records.forEach((r, i) => {
    const article = readItem(r.node, i + 1, log);
    if (article) articles.push(article);
    else skippedTypes++;
  });
  if (skippedTypes)
    log.warn(
      DOCUMENT_WHERE,
      `skipped ${skippedTypes} item(s) that are not posts or pages (attachments, menu items, …)`,
    );
  return articles;
}

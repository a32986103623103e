// Builds WXR and Disqus export files from known data, so round-trip tests compare like with like.
import type { TParsedArticle } from "@/lib/import/types";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const cdata = (s: string) => `<![CDATA[${s.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
const gmt = (iso: string | null) =>
  iso ? iso.replace("T", " ").replace(/\.\d+Z$|Z$/, "") : "0000-00-00 00:00:00";
const paragraphsToHtml = (text: string) =>
  text
    .split("\n\n")
    .map((p) => `<p>${esc(p).replace(/\n/g, "<br />\n")}</p>`)
    .join("\n");

export function buildWxr(articles: TParsedArticle[]): string {
  const items = articles.map((a) => {
    const comments = a.comments.map(
      (c) => `
    <wp:comment>
      <wp:comment_id>${esc(c.externalId ?? "")}</wp:comment_id>
      <wp:comment_author>${cdata(c.author ?? "")}</wp:comment_author>
      <wp:comment_date_gmt>${gmt(c.postedAt)}</wp:comment_date_gmt>
      <wp:comment_content>${cdata(c.body)}</wp:comment_content>
      <wp:comment_approved>1</wp:comment_approved>
      <wp:comment_parent>${c.parentExternalId ?? 0}</wp:comment_parent>
    </wp:comment>`,
    );
    return `
  <item>
    <title>${esc(a.title ?? "")}</title>
    <link>${esc(a.url ?? "")}</link>
    <wp:post_id>${esc(a.externalId ?? "")}</wp:post_id>
    <wp:post_date_gmt>${gmt(a.publishedAt)}</wp:post_date_gmt>
    <wp:post_type>post</wp:post_type>
    <content:encoded>${cdata(paragraphsToHtml(a.body))}</content:encoded>${comments.join("")}
  </item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Test</title>${items.join("")}
</channel>
</rss>
`;
}

export function buildDisqus(articles: TParsedArticle[]): string {
  const threads = articles.map(
    (a) => `
  <thread dsq:id="${esc(a.externalId ?? "")}">
    <link>${esc(a.url ?? "")}</link>
    <title>${esc(a.title ?? "")}</title>
    <message>${esc(paragraphsToHtml(a.body))}</message>
    <createdAt>${a.publishedAt ?? ""}</createdAt>
  </thread>`,
  );
  const posts = articles.flatMap((a) =>
    a.comments.map(
      (c) => `
  <post dsq:id="${esc(c.externalId ?? "")}">
    <message>${cdata(paragraphsToHtml(c.body))}</message>
    <createdAt>${c.postedAt ?? ""}</createdAt>
    <isDeleted>false</isDeleted>
    <isSpam>false</isSpam>
    <author><name>${esc(c.author ?? "")}</name><isAnonymous>${c.author ? "false" : "true"}</isAnonymous></author>
    <thread dsq:id="${esc(a.externalId ?? "")}"/>${c.parentExternalId ? `\n    <parent dsq:id="${esc(c.parentExternalId)}"/>` : ""}
  </post>`,
    ),
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">${threads.join("")}${posts.join("")}
</disqus>
`;
}

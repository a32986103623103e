// Dedupe keys and content hashes: what makes re-importing the same file change nothing.
import { createHash } from "node:crypto";
import type { TParsedArticle, TParsedComment } from "@/lib/import/types";

const sha1 = (text: string) => createHash("sha1").update(text).digest("base64url");
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

export function articleKey(
  article: Pick<TParsedArticle, "url" | "externalId" | "title" | "body">,
): string {
  if (article.url) return `url:${article.url.trim().replace(/#.*$/, "").replace(/\/$/, "")}`;
  if (article.externalId) return `ext:${article.externalId}`;
  if (article.title?.trim()) return `title:${squash(article.title).toLowerCase()}`;
  return `hash:${sha1(squash(article.body ?? "").slice(0, 4000))}`;
}

export function authorKey(name: string): string {
  return squash(name).toLowerCase();
}

/** Identity of a comment within its article: the source's id when it has one, else its content. */
export function commentDedupeKey(comment: TParsedComment): string {
  if (comment.externalId) return `ext:${comment.externalId}`;
  return `hash:${sha1(`${squash(comment.author ?? "").toLowerCase()}\n${squash(comment.body)}`)}`;
}

/** Changes when anything a moderator would see changes. */
export function commentContentHash(comment: TParsedComment): string {
  return sha1(
    [
      comment.author ?? "",
      comment.body,
      comment.postedAt ?? "",
      comment.parentExternalId ?? "",
      comment.replyTo ?? "",
    ].join("\u0000"),
  );
}

// The import preview's hand correction of a page split: move the article/comments boundary and
// drop lines. Pure, so the browser and tests share it.
import type { TParsedArticle, TParsedComment } from "@/lib/import/types";

export type TBlock =
  { kind: "paragraph"; text: string } | { kind: "comment"; comment: TParsedComment };

export function toBlocks(article: TParsedArticle): { blocks: TBlock[]; boundary: number } {
  const paragraphs = article.body
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((text): TBlock => ({ kind: "paragraph", text }));
  const comments = article.comments.map((comment): TBlock => ({ kind: "comment", comment }));
  return { blocks: [...paragraphs, ...comments], boundary: paragraphs.length };
}

export function blockText(block: TBlock): string {
  return block.kind === "paragraph" ? block.text : block.comment.body;
}

/** Blocks before `boundary` form the body, the rest the comments; `dropped` indexes are left out. */
export function fromBlocks(
  article: TParsedArticle,
  blocks: TBlock[],
  boundary: number,
  dropped: ReadonlySet<number>,
): TParsedArticle {
  const at = Math.max(0, Math.min(boundary, blocks.length));
  const kept = (from: number, to: number) =>
    blocks.slice(from, to).filter((_, i) => !dropped.has(from + i));
  const body = kept(0, at).map(blockText).join("\n\n");
  const comments = kept(at, blocks.length).map((block): TParsedComment =>
    block.kind === "comment"
      ? block.comment
      : {
          externalId: null,
          author: null,
          replyTo: null,
          parentExternalId: null,
          postedAt: null,
          body: block.text,
        },
  );
  return { ...article, body, comments };
}

// The web import's preview and edits: what the person sees after moving a page's split is what the
// server imports, previews stay small however big the file, and edits outside a page are refused.
import { describe, expect, it } from "vitest";
import {
  applyEdits,
  PREVIEW_LIMITS,
  previewWithEdit,
  toPreviewFile,
  type TUploadedFile,
} from "@/lib/import/web-preview";
import type { TParsedComment } from "@/lib/import/types";

const comment = (i: number): TParsedComment => ({
  externalId: null,
  author: `Reader ${i}`,
  replyTo: null,
  parentExternalId: null,
  postedAt: null,
  body: `Comment ${i} ` + "x".repeat(500),
});
const pageFile = (comments: number): TUploadedFile => ({
  name: "page.txt",
  size: 1,
  format: "text",
  articles: [
    {
      title: "T",
      url: null,
      source: null,
      publishedAt: null,
      body: "First paragraph.\n\nSecond paragraph.",
      comments: Array.from({ length: comments }, (_, i) => comment(i)),
    },
  ],
  errors: [],
  warnings: [],
});

describe("web import preview", () => {
  it("shows the same comment count after a split edit as the server then imports", () => {
    const file = pageFile(12);
    const preview = toPreviewFile(file);
    const split = preview.articles[0].split!;
    expect(split.boundary).toBe(2);
    for (const edit of [
      { boundary: 1, dropped: [] },
      { boundary: 4, dropped: [5, 13] },
      { boundary: split.lines.length, dropped: [0] },
    ]) {
      const shown = previewWithEdit(preview.articles[0], edit);
      const applied = applyEdits([file], [{ file: 0, article: 0, ...edit }]);
      if ("error" in applied) throw new Error(applied.error);
      expect(shown.commentCount).toBe(applied[0].articles[0].comments.length);
    }
  });

  it("keeps a preview small: the first articles and comments, shortened text, counts of the rest", () => {
    const articles = Array.from({ length: 50 }, (_, i) => ({
      ...pageFile(30).articles[0],
      title: `A${i}`,
    }));
    const preview = toPreviewFile({ ...pageFile(0), format: "json", articles });
    expect(preview).toMatchObject({ articleCount: 50, commentCount: 1500 });
    expect(preview.articles).toHaveLength(PREVIEW_LIMITS.articles);
    expect(preview.articles[0].comments).toHaveLength(PREVIEW_LIMITS.comments);
    expect(preview.articles[0].comments[0].body.length).toBeLessThanOrEqual(120);
    expect(preview.articles[0].split).toBeNull();
  });

  it("refuses a split of a file that is not a page, or of lines the page does not have", () => {
    expect(
      applyEdits(
        [{ ...pageFile(3), format: "json" }],
        [{ file: 0, article: 0, boundary: 1, dropped: [] }],
      ),
    ).toHaveProperty("error");
    expect(
      applyEdits([pageFile(3)], [{ file: 0, article: 0, boundary: 6, dropped: [] }]),
    ).toHaveProperty("error");
    expect(
      applyEdits([pageFile(3)], [{ file: 0, article: 0, boundary: 1, dropped: [5] }]),
    ).toHaveProperty("error");
    expect(
      applyEdits([pageFile(3)], [{ file: 1, article: 0, boundary: 1, dropped: [] }]),
    ).toHaveProperty("error");
  });
});

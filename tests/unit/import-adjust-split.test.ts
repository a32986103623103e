import { describe, expect, it } from "vitest";
import { fromBlocks, toBlocks } from "@/lib/import/adjust-split";
import type { TParsedArticle } from "@/lib/import/types";

const comment = (author: string | null, body: string) => ({
  externalId: null,
  author,
  replyTo: null,
  parentExternalId: null,
  postedAt: null,
  body,
});
const article: TParsedArticle = {
  title: "T",
  url: null,
  source: null,
  publishedAt: null,
  body: "First paragraph.\n\nSecond paragraph.\n\nThanks for reading, share this!",
  comments: [comment("Ann", "Great piece"), comment(null, "I disagree")],
};

describe("adjusting a page split by hand", () => {
  it("round-trips unchanged when nothing is moved", () => {
    const { blocks, boundary } = toBlocks(article);
    expect(boundary).toBe(3);
    expect(fromBlocks(article, blocks, boundary, new Set())).toEqual(article);
  });

  it("moves the boundary up: trailing paragraphs become authorless comments", () => {
    const { blocks } = toBlocks(article);
    const fixed = fromBlocks(article, blocks, 2, new Set());
    expect(fixed.body).toBe("First paragraph.\n\nSecond paragraph.");
    expect(fixed.comments.map((c) => [c.author, c.body])).toEqual([
      [null, "Thanks for reading, share this!"],
      ["Ann", "Great piece"],
      [null, "I disagree"],
    ]);
  });

  it("moves the boundary down and drops lines", () => {
    const { blocks } = toBlocks(article);
    const fixed = fromBlocks(article, blocks, 4, new Set([2]));
    expect(fixed.body).toBe("First paragraph.\n\nSecond paragraph.\n\nGreat piece");
    expect(fixed.comments.map((c) => c.body)).toEqual(["I disagree"]);
  });
});

// Annotations are drawn in the comment's text: a segment is cut at annotation boundaries and each
// piece knows which labels cover it (overlaps included); the pieces always rebuild the text.
import { describe, expect, it } from "vitest";
import { annotationPieces } from "@/lib/moderation/highlight";

describe("annotationPieces", () => {
  const segment = { start: 10, text: "they are all rats anyway" };

  it("leaves a segment with no annotation whole", () => {
    expect(annotationPieces(segment, [{ start: 0, end: 5, label: "elsewhere" }])).toEqual([
      { start: 10, text: segment.text, labels: [] },
    ]);
  });

  it("marks the annotated words, clipped to the segment, with overlapping labels", () => {
    const pieces = annotationPieces(segment, [
      { start: 23, end: 27, label: "dehumanising" }, // "rats"
      { start: 19, end: 40, label: "generalisation" }, // "all rats anyway" and beyond the segment
    ]);
    expect(pieces.map((p) => p.text).join("")).toBe(segment.text);
    expect(pieces).toEqual([
      { start: 10, text: "they are ", labels: [] },
      { start: 19, text: "all ", labels: ["generalisation"] },
      { start: 23, text: "rats", labels: ["dehumanising", "generalisation"] },
      { start: 27, text: " anyway", labels: ["generalisation"] },
    ]);
  });
});

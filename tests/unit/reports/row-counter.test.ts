// The export progress counter must count records, not lines, across arbitrary chunk boundaries.
import { describe, expect, it } from "vitest";
import { createRowCounter } from "@/lib/reports/row-counter";
import { csvHeader, formatCsvRows, formatNdjsonRows, valuesOf } from "@/lib/reports/export-format";

const comment = (id: number, body: string) =>
  valuesOf("comments", {
    id,
    articleId: 1,
    articleTitle: "T",
    body,
    status: "PENDING",
    flaggedHarms: [],
    hasClaimMatch: false,
    priority: 0,
  });

function countInChunks(format: "csv" | "ndjson", text: string, size: number): number {
  const bytes = new TextEncoder().encode(text);
  const counter = createRowCounter(format);
  for (let i = 0; i < bytes.length; i += size) counter.push(bytes.subarray(i, i + size));
  return counter.rows();
}

describe("row counter", () => {
  const rows = [
    comment(1, "plain"),
    comment(2, 'two\nlines, "quoted"\r\nthree'),
    comment(3, "émoji 🙂 and\nnewline"),
    comment(4, '""'),
  ];
  it("counts CSV records, not the newlines inside quoted fields", () => {
    const text = csvHeader("comments") + formatCsvRows("comments", rows);
    for (const size of [1, 2, 7, 64, 100_000]) expect(countInChunks("csv", text, size)).toBe(4);
  });
  it("counts NDJSON lines", () => {
    const text = formatNdjsonRows("comments", rows);
    for (const size of [1, 5, 100_000]) expect(countInChunks("ndjson", text, size)).toBe(4);
  });
  it("counts a header-only CSV as no rows", () => {
    expect(countInChunks("csv", csvHeader("actions"), 3)).toBe(0);
  });
});

// CSV and NDJSON row formatting for exports.
import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import {
  csvHeader,
  EXPORT_COLUMNS,
  exportFilename,
  formatCsvRows,
  formatNdjsonRows,
  neutraliseFormula,
  valuesOf,
} from "@/lib/reports/export-format";

const action = {
  id: 7,
  createdAt: "2026-03-01T12:00:00.000Z",
  actorId: "u1",
  actorEmail: "m@x.org",
  action: "flag",
  targetType: "COMMENT",
  targetId: "42",
  reason: 'said "hi",\nthen left',
  batchId: null,
  undoOf: null,
  before: '{"status": "PENDING"}',
  after: '{"status": "FLAGGED", "flagCategory": "HATE"}',
};
const comment = {
  id: 42,
  articleId: 3,
  articleTitle: "Title, with comma",
  externalId: null,
  author: "@bob",
  postedAt: null,
  createdAt: "2026-03-01T10:00:00.000Z",
  status: "FLAGGED",
  flagCategory: "HATE",
  priority: 88.5,
  hateScore: 0.93,
  harassmentScore: 0,
  threatScore: 0.1,
  profanityScore: 0,
  extremismScore: 0,
  misinfoScore: 0.25,
  flaggedHarms: ["hate", "misinformation"],
  hasClaimMatch: true,
  body: "+1 to that\r\n=SUM(A1)",
};

describe("CSV", () => {
  it("writes a header row of the column names", () => {
    expect(csvHeader("actions")).toBe(
      "id,createdAt,actorId,actorEmail,action,targetType,targetId,reason,batchId,undoOf,before,after\n",
    );
    expect((parse(csvHeader("comments")) as string[][])[0]).toEqual(
      EXPORT_COLUMNS.comments.map((c) => c.key),
    );
  });

  it("quotes commas, quotes and newlines so the row parses back", () => {
    const text =
      csvHeader("actions") +
      formatCsvRows("actions", [
        valuesOf("actions", action),
        valuesOf("actions", { ...action, id: 8 }),
      ]);
    const rows = parse(text, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      id: "7",
      reason: 'said "hi",\nthen left',
      batchId: "",
      undoOf: "",
    });
    expect(JSON.parse(rows[0].after)).toEqual({ status: "FLAGGED", flagCategory: "HATE" });
  });

  it("joins lists, spells booleans, and neutralises formulas in free text only", () => {
    const [row] = parse(
      csvHeader("comments") + formatCsvRows("comments", [valuesOf("comments", comment)]),
      { columns: true },
    ) as Array<Record<string, string>>;
    expect(row).toMatchObject({
      flaggedHarms: "hate;misinformation",
      hasClaimMatch: "true",
      priority: "88.5",
      hateScore: "0.93",
      postedAt: "",
    });
    expect(row.author).toBe("'@bob");
    expect(row.body).toBe("'+1 to that\r\n=SUM(A1)");
    expect(row.articleTitle).toBe("Title, with comma");
  });

  it("neutralises exactly the risky first characters", () => {
    for (const s of ["=1+1", "+1", "-1", "@SUM", "\tx", "\rx"])
      expect(neutraliseFormula(s)).toBe(`'${s}`);
    for (const s of ["1-1", "a=b", "", "'quoted"]) expect(neutraliseFormula(s)).toBe(s);
  });
});

describe("NDJSON", () => {
  it("writes one JSON object per line with typed values and nested JSON", () => {
    const text = formatNdjsonRows("comments", [
      valuesOf("comments", comment),
      valuesOf("comments", { ...comment, id: 43, flaggedHarms: [] }),
    ]);
    const lines = text.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("");
    const first = JSON.parse(lines[0]);
    expect(first).toMatchObject({
      id: 42,
      priority: 88.5,
      flaggedHarms: ["hate", "misinformation"],
      hasClaimMatch: true,
      postedAt: null,
      externalId: null,
    });
    expect(first.body).toBe("+1 to that\r\n=SUM(A1)"); // NDJSON is for programs: text unchanged
    expect(Object.keys(first)).toEqual(EXPORT_COLUMNS.comments.map((c) => c.key));
    const act = JSON.parse(formatNdjsonRows("actions", [valuesOf("actions", action)]));
    expect(act.after).toEqual({ status: "FLAGGED", flagCategory: "HATE" });
    expect(act.undoOf).toBeNull();
  });

  it("names the file after what, the period and the format", () => {
    expect(exportFilename("actions", "ndjson", "2026-03-01", "2026-03-31")).toBe(
      "vigil-actions-2026-03-01_2026-03-31.ndjson",
    );
  });
});

// The report's URL state is tolerant: defaults for missing or broken values, never an error page.
import { describe, expect, it } from "vitest";
import { filtersToSearchParams, parseReportFilters } from "@/lib/reports/filters";
import { exportUrl, parseExportRequest } from "@/lib/reports/export-request";

const now = new Date("2026-03-31T15:00:00Z");

describe("report filters", () => {
  it("defaults to the last 30 days up to today", () => {
    expect(parseReportFilters({}, { now })).toEqual({ from: "2026-03-02", to: "2026-03-31" });
  });

  it("keeps valid filters, drops broken ones, swaps reversed dates", () => {
    expect(
      parseReportFilters(
        {
          from: "2026-03-20",
          to: "2026-03-10",
          article: "7",
          harm: "hate",
          moderator: "u1",
          action: "flag",
        },
        { now },
      ),
    ).toEqual({
      from: "2026-03-10",
      to: "2026-03-20",
      article: 7,
      harm: "hate",
      moderator: "u1",
      action: "flag",
    });
    expect(
      parseReportFilters(
        { from: "2026-02-30", to: "yesterday", article: "-3", harm: "rudeness", moderator: "" },
        { now },
      ),
    ).toEqual({ from: "2026-03-02", to: "2026-03-31" });
    expect(parseReportFilters({ from: ["2026-03-05", "2026-01-01"] }, { now })).toEqual({
      from: "2026-03-05",
      to: "2026-03-31",
    });
  });

  it("bounds a long range when asked", () => {
    expect(
      parseReportFilters({ from: "2020-01-01", to: "2026-03-31" }, { now, maxDays: 366 }).from,
    ).toBe("2025-03-31");
  });

  it("round-trips through the URL", () => {
    const f = { from: "2026-03-01", to: "2026-03-31", article: 3, harm: "threat" as const };
    expect(parseReportFilters(filtersToSearchParams(f), { now })).toEqual(f);
  });
});

describe("export request", () => {
  it("is strict about what and format, tolerant about filters", () => {
    const ok = parseExportRequest(
      new URLSearchParams(
        new URL(
          `http://x${exportUrl("comments", "ndjson", { from: "2026-03-01", to: "2026-03-02", harm: "hate" }, true)}`,
        ).search,
      ),
    );
    expect(ok).toEqual({
      ok: true,
      value: {
        what: "comments",
        format: "ndjson",
        countOnly: true,
        filters: { from: "2026-03-01", to: "2026-03-02", harm: "hate" },
      },
    });
    expect(parseExportRequest(new URLSearchParams("what=users&format=csv")).ok).toBe(false);
    expect(parseExportRequest(new URLSearchParams("what=actions&format=xlsx")).ok).toBe(false);
    expect(parseExportRequest(new URLSearchParams("")).ok).toBe(true);
  });
});

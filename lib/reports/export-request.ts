// Parses an export request (what, format, count-only, and the report's filters) from URL query
// parameters; shared by the API route and the export buttons that build its URL.
import { z } from "zod";
import { EXPORT_FORMATS, EXPORT_KINDS, type TExportFormat, type TExportKind } from "./export-kinds";
import { filtersToSearchParams, parseReportFilters, type TReportFilters } from "./filters";
import { isRealDay } from "@/lib/validation/values";

const ZExportShape = z.object({
  what: z.enum(EXPORT_KINDS).default("actions"),
  format: z.enum(EXPORT_FORMATS).default("csv"),
  count: z.enum(["1", "true"]).optional(),
});

export type TExportRequest = {
  what: TExportKind;
  format: TExportFormat;
  countOnly: boolean;
  filters: TReportFilters;
};

/** Strict on what and format (a typo must not silently export something else); tolerant on filters. */
export function parseExportRequest(
  params: URLSearchParams,
): { ok: true; value: TExportRequest } | { ok: false; error: string } {
  const shape = ZExportShape.safeParse({
    what: params.get("what") ?? undefined,
    format: params.get("format") ?? undefined,
    count: params.get("count") ?? undefined,
  });
  if (!shape.success)
    return { ok: false, error: "what must be actions or comments; format must be csv or ndjson." };
  // An export of the wrong period is worse than none: a date given must be a real one.
  for (const key of ["from", "to"] as const) {
    const value = params.get(key)?.trim();
    if (value && !isRealDay(value))
      return {
        ok: false,
        error: `${key} must be a real date, YYYY-MM-DD (got "${value.slice(0, 40)}").`,
      };
  }
  return {
    ok: true,
    value: {
      what: shape.data.what,
      format: shape.data.format,
      countOnly: Boolean(shape.data.count),
      filters: parseReportFilters(params),
    },
  };
}

export function exportUrl(
  what: TExportKind,
  format: TExportFormat,
  filters: TReportFilters,
  countOnly = false,
): string {
  const params = filtersToSearchParams(filters);
  params.set("what", what);
  params.set("format", format);
  if (countOnly) params.set("count", "1");
  return `/api/export?${params.toString()}`;
}

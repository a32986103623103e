// Row formatting for exports: the columns of each export and how a database row (its values in
// column order) becomes a CSV record or an NDJSON line. Pure, so it is unit-tested without a database.
import { stringify as csvStream, type Stringifier } from "csv-stringify";
import { stringify } from "csv-stringify/sync";
import type { TExportFormat, TExportKind } from "./export-kinds";

/** text: free text people wrote (formula-neutralised in CSV); json: raw JSON text from the database. */
type TColumnType = "id" | "text" | "number" | "bool" | "json" | "list" | "date";
export type TColumn = { key: string; type: TColumnType };

const col = (key: string, type: TColumnType): TColumn => ({ key, type });

export const EXPORT_COLUMNS: Record<TExportKind, TColumn[]> = {
  actions: [
    col("id", "number"),
    col("createdAt", "date"),
    col("actorId", "id"),
    col("actorEmail", "text"),
    col("action", "id"),
    col("targetType", "id"),
    col("targetId", "id"),
    col("reason", "text"),
    col("batchId", "id"),
    col("undoOf", "number"),
    col("before", "json"),
    col("after", "json"),
  ],
  comments: [
    col("id", "number"),
    col("articleId", "number"),
    col("articleTitle", "text"),
    col("externalId", "text"),
    col("author", "text"),
    col("postedAt", "date"),
    col("createdAt", "date"),
    col("status", "id"),
    col("flagCategory", "id"),
    col("priority", "number"),
    col("hateScore", "number"),
    col("harassmentScore", "number"),
    col("threatScore", "number"),
    col("profanityScore", "number"),
    col("extremismScore", "number"),
    col("misinfoScore", "number"),
    col("flaggedHarms", "list"),
    col("hasClaimMatch", "bool"),
    col("body", "text"),
  ],
};

export const CONTENT_TYPE: Record<TExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  ndjson: "application/x-ndjson; charset=utf-8",
};

/**
 * Spreadsheet apps run a cell that starts with = + - @ (or a tab / CR) as a formula; comment text is
 * written by strangers, so such cells get a leading apostrophe (OWASP "CSV injection").
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One row's values in the order of EXPORT_COLUMNS[kind] (the export's SELECT list). */
export type TExportValues = readonly unknown[];

export function valuesOf(kind: TExportKind, row: Record<string, unknown>): unknown[] {
  return EXPORT_COLUMNS[kind].map((c) => row[c.key]);
}

function csvCell(value: unknown, type: TColumnType): string {
  if (value === null || value === undefined) return "";
  switch (type) {
    case "text":
      return neutraliseFormula(String(value));
    case "list":
      return Array.isArray(value) ? value.join(";") : String(value);
    case "bool":
      return value ? "true" : "false";
    case "json":
      return typeof value === "string" ? value : JSON.stringify(value);
    default:
      return String(value);
  }
}

function jsonValue(value: unknown, type: TColumnType): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case "number":
      return Number(value);
    case "bool":
      return Boolean(value);
    case "json":
      return typeof value === "string" ? JSON.parse(value) : value;
    case "list":
      return Array.isArray(value) ? value : String(value).split(";").filter(Boolean);
    default:
      return String(value);
  }
}

export function csvHeader(kind: TExportKind): string {
  return stringify([EXPORT_COLUMNS[kind].map((c) => c.key)]);
}

export function csvRecord(kind: TExportKind, values: TExportValues): string[] {
  const columns = EXPORT_COLUMNS[kind];
  const record = new Array<string>(columns.length);
  for (let i = 0; i < columns.length; i++) record[i] = csvCell(values[i], columns[i].type);
  return record;
}

export function formatCsvRows(kind: TExportKind, rows: readonly TExportValues[]): string {
  return stringify(rows.map((row) => csvRecord(kind, row)));
}

/**
 * A streaming CSV writer (header first) for csvRecord arrays. Exports use it rather than the sync
 * API: csv-stringify's stream path measured about four times faster here on the same records.
 */
export function csvStringifier(kind: TExportKind): Stringifier {
  return csvStream({ header: true, columns: EXPORT_COLUMNS[kind].map((c) => c.key) });
}

export function formatNdjsonRows(kind: TExportKind, rows: readonly TExportValues[]): string {
  const columns = EXPORT_COLUMNS[kind];
  let out = "";
  for (const row of rows) {
    const record: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++)
      record[columns[i].key] = jsonValue(row[i], columns[i].type);
    out += JSON.stringify(record) + "\n";
  }
  return out;
}

export function exportFilename(
  kind: TExportKind,
  format: TExportFormat,
  from: string,
  to: string,
): string {
  return `vigil-${kind}-${from}_${to}.${format}`;
}

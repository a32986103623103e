// Row formatting for exports: the columns of each export and how a database row becomes a CSV
// record or an NDJSON line. Pure, so it is unit-tested without a database.
import { stringify } from "csv-stringify/sync";

export const EXPORT_KINDS = ["actions", "comments"] as const;
export type TExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_FORMATS = ["csv", "ndjson"] as const;
export type TExportFormat = (typeof EXPORT_FORMATS)[number];

/** text: free text people wrote (formula-neutralised in CSV); json: raw JSON text from the database. */
type TColumnType = "id" | "text" | "number" | "bool" | "json" | "list" | "date";
export type TColumn = { key: string; type: TColumnType };

const col = (key: string, type: TColumnType): TColumn => ({ key, type });

export const EXPORT_COLUMNS: Record<TExportKind, TColumn[]> = {
  actions: [
    col("id", "number"), col("createdAt", "date"), col("actorId", "id"), col("actorEmail", "text"),
    col("action", "id"), col("targetType", "id"), col("targetId", "id"), col("reason", "text"),
    col("batchId", "id"), col("undoOf", "number"), col("before", "json"), col("after", "json"),
  ],
  comments: [
    col("id", "number"), col("articleId", "number"), col("articleTitle", "text"), col("externalId", "text"),
    col("author", "text"), col("postedAt", "date"), col("createdAt", "date"), col("status", "id"),
    col("flagCategory", "id"), col("priority", "number"), col("hateScore", "number"), col("harassmentScore", "number"),
    col("threatScore", "number"), col("profanityScore", "number"), col("extremismScore", "number"),
    col("misinfoScore", "number"), col("flaggedHarms", "list"), col("hasClaimMatch", "bool"), col("body", "text"),
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

type TRow = Record<string, unknown>;

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

export function formatCsvRows(kind: TExportKind, rows: readonly TRow[]): string {
  const columns = EXPORT_COLUMNS[kind];
  return stringify(rows.map((row) => columns.map((c) => csvCell(row[c.key], c.type))));
}

export function formatNdjsonRows(kind: TExportKind, rows: readonly TRow[]): string {
  const columns = EXPORT_COLUMNS[kind];
  let out = "";
  for (const row of rows) {
    const record: Record<string, unknown> = {};
    for (const c of columns) record[c.key] = jsonValue(row[c.key], c.type);
    out += JSON.stringify(record) + "\n";
  }
  return out;
}

export function exportFilename(kind: TExportKind, format: TExportFormat, from: string, to: string): string {
  return `vigil-${kind}-${from}_${to}.${format}`;
}

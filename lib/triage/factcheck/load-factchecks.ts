// Loads fact-check libraries from JSONL (the `vigil score --factchecks` format) and CSV/TSV.
// A bad record is reported with its line and skipped; the rest load.

import { parse } from "csv-parse/sync";
import {
  asText,
  FactCheckCollector,
  fieldOf,
  FIELD_ALIASES,
  stableClaimId,
  type TFactCheckField,
} from "./fact-check-record";
import type { TLoadResult } from "./schemas";

/** Maps a record's keys onto fact-check fields; the first key naming a field wins. */
function pickFields(record: Record<string, unknown>): Partial<Record<TFactCheckField, unknown>> {
  const picked: Partial<Record<TFactCheckField, unknown>> = {};
  for (const [key, value] of Object.entries(record)) {
    const field = fieldOf(key);
    if (field && picked[field] === undefined) picked[field] = asText(value);
  }
  return picked;
}

/** One JSON object per line: {"id": "f1", "claim": "...", "verdict": "false", "url": "..."}. */
export function loadFactChecksJsonl(text: string): TLoadResult {
  const out = new FactCheckCollector();
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "") continue;
    const where = `line ${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      out.fail(where, "not valid JSON");
      continue;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      out.fail(where, "expected a JSON object");
      continue;
    }
    out.add(pickFields(value as Record<string, unknown>), where);
  }
  return out.result();
}

/** The delimiter that splits the header line into the most columns. */
function sniffDelimiter(headerLine: string): string {
  const counts = ["\t", ",", ";"].map((d) => [d, headerLine.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

type TCsvRow = { record: string[]; info: { lines: number } };

/**
 * A header row names the columns: id, claim, verdict, url, publisher (all but claim optional; a
 * missing verdict loads as "unrated"; an unnamed first column is the id, as in CheckThat's TSV;
 * common alternatives such as "text", "rating", "link", "source" are understood). Without an id
 * column, ids derive from the claim text so re-loading the file gives the same ids.
 */
export function loadFactChecksCsv(text: string): TLoadResult {
  const out = new FactCheckCollector();
  const body = text.replace(/^\uFEFF/, "");
  const headerLine = body.split(/\r?\n/, 1)[0] ?? "";
  let rows: TCsvRow[];
  try {
    rows = parse(body, {
      delimiter: sniffDelimiter(headerLine),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as TCsvRow[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    out.fail(
      line ? `line ${line}` : "file",
      `the file is not readable CSV (${(error as { code?: string }).code ?? "parse error"})`,
    );
    return out.result();
  }
  if (rows.length === 0) return out.result();

  // CheckThat's verified_claims.docs.tsv leaves its first (id) column unnamed.
  const header = rows[0].record.map((name, i) =>
    i === 0 && name.trim() === "" ? "id" : fieldOf(name),
  );
  if (!header.includes("claim")) {
    out.fail("line 1", `no claim column: expected one of ${FIELD_ALIASES.claim.join(", ")}`);
    return out.result();
  }
  const hasId = header.includes("id");
  for (const { record, info } of rows.slice(1)) {
    const where = `line ${info.lines}`;
    if (record.length > header.length) {
      out.fail(
        where,
        `${record.length} cells but ${header.length} columns (an unquoted delimiter inside a field?)`,
      );
      continue;
    }
    const fields: Partial<Record<TFactCheckField, unknown>> = {};
    record.forEach((cell, i) => {
      const field = header[i];
      if (field && fields[field] === undefined) fields[field] = cell;
    });
    if (!hasId && typeof fields.claim === "string") fields.id = stableClaimId(fields.claim);
    out.add(fields, where);
  }
  return out.result();
}

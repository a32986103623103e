// Counts the rows of a CSV or NDJSON download as its bytes arrive, for the export progress bar.
// Works on raw bytes: in UTF-8, '"' and '\n' never occur inside a multi-byte character.
import type { TExportFormat } from "./export-kinds";

const QUOTE = 0x22;
const NEWLINE = 0x0a;

export type TRowCounter = { push(chunk: Uint8Array): void; rows(): number };

export function createRowCounter(format: TExportFormat): TRowCounter {
  let lines = 0;
  let inQuotes = false; // CSV only: a newline inside a quoted field is part of the field ("" toggles twice)
  return {
    push(chunk) {
      for (let i = 0; i < chunk.length; i++) {
        const b = chunk[i];
        if (format === "csv" && b === QUOTE) inQuotes = !inQuotes;
        else if (b === NEWLINE && !inQuotes) lines++;
      }
    },
    // CSV starts with a header line; every record, NDJSON or CSV, ends with a newline.
    rows: () => (format === "csv" ? Math.max(0, lines - 1) : lines),
  };
}

// Guesses an import file's format from its content first and its file name second, because
// exports are often misnamed (.txt JSON, .xml from Disqus, .csv that is really a saved page).
import type { TImportFormat } from "@/lib/import/types";
import { parse } from "csv-parse/sync";
import { isKnownCsvHeader } from "./csv-columns";
import { sniffDelimiter } from "./csv";
import { decodeBytes } from "./decode";
import { looksLikeHtmlDocument } from "./html-to-text";

function extensionOf(filename: string | undefined): string {
  const m = filename ? /\.([a-z0-9]+)$/i.exec(filename) : null;
  return m ? m[1].toLowerCase() : "";
}

function sniffXml(head: string): TImportFormat | null {
  if (!head.startsWith("<")) return null;
  if (/<disqus\b/i.test(head) || /xmlns(:dsq)?="http:\/\/disqus\.com/i.test(head)) return "disqus";
  if (/<rss\b/i.test(head) && (/wordpress\.org\/export/i.test(head) || /<wp:/i.test(head)))
    return "wxr";
  return null;
}

function sniffJson(text: string, head: string): TImportFormat | null {
  if (!head.startsWith("{") && !head.startsWith("[")) return null;
  const firstLineEnd = text.indexOf("\n");
  const firstLine = (firstLineEnd === -1 ? text : text.slice(0, firstLineEnd)).trim();
  // A complete object on the first line followed by more lines is JSON Lines.
  if (
    head.startsWith("{") &&
    firstLineEnd !== -1 &&
    text.slice(firstLineEnd).trim().startsWith("{")
  ) {
    try {
      JSON.parse(firstLine);
      return "jsonl";
    } catch {
      return "json";
    }
  }
  return "json";
}

function sniffCsv(text: string): boolean {
  const firstLine = text.slice(0, text.indexOf("\n") === -1 ? text.length : text.indexOf("\n"));
  if (firstLine.length > 2000) return false;
  try {
    const [header] = parse(firstLine, {
      delimiter: sniffDelimiter(firstLine),
      relax_column_count: true,
    }) as string[][];
    return Boolean(header && isKnownCsvHeader(header));
  } catch {
    return false;
  }
}

/** The format of `input` (bytes or already-decoded text); "text" when nothing more specific fits. */
export function detectFormat(input: Uint8Array | string, filename?: string): TImportFormat {
  let text: string;
  if (typeof input === "string") text = input;
  else {
    const decoded = decodeBytes(input.subarray(0, 256 * 1024));
    if (!decoded.ok) return "text";
    text = decoded.text;
  }
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, "")
    .trimStart();
  const ext = extensionOf(filename);
  const xml = sniffXml(head);
  if (xml) return xml;
  const json = sniffJson(text, head);
  if (json) return ext === "jsonl" || ext === "ndjson" ? "jsonl" : json;
  if (looksLikeHtmlDocument(head) || ((ext === "html" || ext === "htm") && head.startsWith("<")))
    return "html";
  if (sniffCsv(head)) return "csv";
  if (ext === "csv" || ext === "tsv") return "csv";
  return "text";
}

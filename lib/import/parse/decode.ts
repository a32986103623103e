// Turns raw file bytes into text: detects UTF-8 (BOM or not), UTF-16 LE/BE and Windows-1252,
// refuses binary and empty input with a clear message, and normalises line endings to "\n".
import iconv from "iconv-lite";

export type TEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export type TDecoded =
  | { ok: true; text: string; encoding: TEncoding; warnings: string[] }
  | { ok: false; message: string };

// Enough bytes to judge the encoding without scanning a multi-gigabyte file twice.
const SNIFF_BYTES = 64 * 1024;

function detectBom(bytes: Uint8Array): { encoding: TEncoding; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: "utf-8", skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  return null;
}

/** UTF-16 text of mostly ASCII has a NUL in every other byte; which half tells the byte order. */
function guessUtf16(sample: Uint8Array): TEncoding | null {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  if (oddNul / pairs > 0.4 && evenNul / pairs < 0.05) return "utf-16le";
  if (evenNul / pairs > 0.4 && oddNul / pairs < 0.05) return "utf-16be";
  return null;
}

/** Share of bytes that never appear in text: NUL and C0 controls other than tab, newlines, form feed, escape. */
function controlByteRatio(sample: Uint8Array): number {
  if (sample.length === 0) return 0;
  let bad = 0;
  for (const b of sample) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) bad++;
  }
  return bad / sample.length;
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): string {
  return new TextDecoder(encoding).decode(bytes);
}

export function normaliseLineEndings(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

export function decodeBytes(bytes: Uint8Array): TDecoded {
  if (bytes.length === 0) return { ok: false, message: "file is empty" };
  const warnings: string[] = [];
  const bom = detectBom(bytes);
  let encoding: TEncoding;
  let text: string;
  const body = bom ? bytes.subarray(bom.skip) : bytes;
  const sample = body.subarray(0, SNIFF_BYTES);

  if (bom?.encoding === "utf-16le" || bom?.encoding === "utf-16be") {
    encoding = bom.encoding;
    text = decodeUtf16(body, encoding);
  } else {
    const utf16 = bom ? null : guessUtf16(sample);
    if (utf16 === "utf-16le" || utf16 === "utf-16be") {
      encoding = utf16;
      text = decodeUtf16(body, encoding);
      warnings.push(
        `no byte-order mark; decoded as ${encoding.toUpperCase()} from the NUL-byte pattern`,
      );
    } else {
      const ratio = controlByteRatio(sample);
      if (ratio > 0.02) {
        return {
          ok: false,
          message: `file looks binary (${Math.round(ratio * 100)}% control bytes), not text`,
        };
      }
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(body);
        encoding = "utf-8";
      } catch {
        // Not valid UTF-8: legacy Western exports (Excel CSV, old WordPress) are Windows-1252.
        text = iconv.decode(
          Buffer.from(body.buffer, body.byteOffset, body.byteLength),
          "windows-1252",
        );
        encoding = "windows-1252";
        warnings.push("not valid UTF-8; decoded as Windows-1252");
      }
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = normaliseLineEndings(text);
  if (text.trim() === "") return { ok: false, message: "file is empty (only whitespace)" };
  // A decoded text still full of NULs (e.g. UTF-16 guessed wrongly) is not something to parse.
  const nuls = text.slice(0, SNIFF_BYTES).split("\0").length - 1;
  if (nuls > 0 && nuls / Math.min(text.length, SNIFF_BYTES) > 0.01) {
    return { ok: false, message: "file looks binary (NUL characters in the text), not text" };
  }
  return { ok: true, text, encoding, warnings };
}

// Encodings: what a file's bytes mean, and which files are refused before any parsing.
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "@/lib/import/parse/decode";
import { isUnreadable, parseFile } from "@/lib/import/parse/parse-file";

const SAMPLE = "“Café” – naïve résumé\r\nsecond line\rthird line";
const EXPECTED = "“Café” – naïve résumé\nsecond line\nthird line";

function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, "utf16le");
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1];
    be[i + 1] = le[i];
  }
  return be;
}

const withBom = (bom: number[], body: Uint8Array) => new Uint8Array([...bom, ...body]);

describe("decodeBytes", () => {
  it.each([
    ["UTF-8", new TextEncoder().encode(SAMPLE), "utf-8"],
    ["UTF-8 with BOM", withBom([0xef, 0xbb, 0xbf], new TextEncoder().encode(SAMPLE)), "utf-8"],
    ["UTF-16LE with BOM", withBom([0xff, 0xfe], Buffer.from(SAMPLE, "utf16le")), "utf-16le"],
    ["UTF-16BE with BOM", withBom([0xfe, 0xff], utf16be(SAMPLE)), "utf-16be"],
    ["UTF-16LE without BOM", new Uint8Array(Buffer.from(SAMPLE, "utf16le")), "utf-16le"],
    ["UTF-16BE without BOM", utf16be(SAMPLE), "utf-16be"],
    ["Windows-1252", new Uint8Array(iconv.encode(SAMPLE, "windows-1252")), "windows-1252"],
  ])("reads %s and normalises CRLF and CR to LF", (_name, bytes, encoding) => {
    const decoded = decodeBytes(bytes);
    expect(decoded).toMatchObject({ ok: true, text: EXPECTED, encoding });
  });

  it("says when it fell back to Windows-1252", () => {
    const decoded = decodeBytes(new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0xe9]));
    expect(decoded).toEqual({
      ok: true,
      text: "“Hi” é",
      encoding: "windows-1252",
      warnings: ["not valid UTF-8; decoded as Windows-1252"],
    });
  });

  it("keeps non-breaking spaces in the text", () => {
    const decoded = decodeBytes(new TextEncoder().encode("a\u00a0b"));
    expect(decoded.ok && decoded.text).toBe("a\u00a0b");
  });

  it.each([
    ["an empty file", new Uint8Array(), /empty/],
    ["only whitespace", new TextEncoder().encode(" \n\r\n\t"), /empty/],
    ["a BOM and nothing else", new Uint8Array([0xef, 0xbb, 0xbf]), /empty/],
    [
      "a PNG image",
      new Uint8Array([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0,
        1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0,
      ]),
      /binary/,
    ],
    [
      "random bytes",
      new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)),
      /binary/,
    ],
  ])("refuses %s with a clear message", (_name, bytes, message) => {
    const decoded = decodeBytes(bytes);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.message).toMatch(message);
  });
});

describe("parseFile on unreadable input", () => {
  it("returns an error result instead of throwing, and isUnreadable says so", () => {
    const result = parseFile(new Uint8Array([0, 0, 0, 1, 2, 3, 0, 0, 0, 0]));
    expect(result).toEqual({
      format: "text",
      articles: [],
      warnings: [],
      errors: [{ where: "file", message: expect.stringMatching(/binary/) }],
    });
    expect(isUnreadable(result)).toBe(true);
    expect(isUnreadable(parseFile(new Uint8Array(), { format: "csv" }))).toBe(true);
  });

  it("parses a cp1252 CSV with curly quotes and accents and notes the encoding", () => {
    const csv = "article_url,author,body\nhttps://a.example/1,Renée,“Très bien” – d’accord\n";
    const result = parseFile(new Uint8Array(iconv.encode(csv, "windows-1252")), {
      filename: "legacy.csv",
    });
    expect(result.articles[0].comments[0]).toMatchObject({
      author: "Renée",
      body: "“Très bien” – d’accord",
    });
    expect(result.warnings[0]).toEqual({
      where: "file",
      message: "not valid UTF-8; decoded as Windows-1252",
    });
    expect(isUnreadable(result)).toBe(false);
  });

  it("parses a UTF-16LE text page", () => {
    const page =
      "Title Of The Story\n\nThe first paragraph of the story is long enough to be read as prose by the parser.\n";
    const result = parseFile(withBom([0xff, 0xfe], Buffer.from(page, "utf16le")));
    expect(result.articles[0].title).toBe("Title Of The Story");
  });
});

// Property: no input, however strange, makes the parsers throw, and no comment is ever empty.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IssueLog } from "@/lib/import/parse/issue-log";
import { parseFile } from "@/lib/import/parse/parse-file";
import { parseTextPage } from "@/lib/import/parse/text-page/parse-text-page";
import type { TParseResult } from "@/lib/import/types";

// Lines that steer the text parser into its interesting branches (headers, widgets, dates, bullets).
const PAGE_LINES = [
  "",
  "",
  "JUNE 2021",
  "30 June 2017 14:33",
  "June 5, 2021 at 3:14 pm",
  "3 hours ago",
  "Michael Qiao",
  "Goran Grubić HardyVeles",
  "  1. Mohammed Mohammed says:",
  "• Jane Doe",
  "Reply",
  "12 likes",
  "Notify of",
  "View all comments",
  "Leave a Reply",
  "Post a Comment",
  "comment image",
  "0 $",
  "Support SouthFront",
  "Share this:",
  "Facebook Twitter",
  "Related Posts",
  "The article is provided by X exclusively for Y",
  "Source: Wire",
  "@Tom you are wrong!",
  "https://example.com/x",
  "The army said on Monday that the operation continued, according to officials in the region.",
  "lol :D",
  "(",
  "•",
  ":",
];

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/import");
const REAL_FILES = [
  "wxr/sample.xml",
  "disqus/sample.xml",
  "csv/comments.csv",
  "json/articles.json",
  "json/flat.jsonl",
  "pages/wordpress-says.txt",
].map((f) => readFileSync(path.join(FIXTURES, f), "utf8"));

function expectWellFormed(result: TParseResult): void {
  for (const article of result.articles) {
    expect(typeof article.body).toBe("string");
    for (const comment of article.comments) expect(comment.body.trim().length).toBeGreaterThan(0);
  }
}

describe("parsers never throw", () => {
  it("parseTextPage on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        const page = parseTextPage(text, new IssueLog());
        for (const c of page.article?.comments ?? []) expect(c.body.trim()).not.toBe("");
      }),
      { numRuns: 400 },
    );
  });

  it("parseTextPage on pages assembled from tricky lines", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...PAGE_LINES), fc.string({ maxLength: 60 })), {
          maxLength: 60,
        }),
        (lines) => {
          const page = parseTextPage(lines.join("\n"), new IssueLog());
          for (const c of page.article?.comments ?? []) expect(c.body.trim()).not.toBe("");
        },
      ),
      { numRuns: 400 },
    );
  });

  it("parseFile with format auto on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) =>
        expectWellFormed(parseFile(bytes, { format: "auto" })),
      ),
      { numRuns: 400 },
    );
  });

  it("parseFile with every format on strings that look a bit like each format", () => {
    const starts = [
      "",
      "{",
      "[",
      "<",
      '<?xml version="1.0"?><rss><channel><item>',
      '<disqus><thread dsq:id="1">',
      "article_url,body\n",
      '{"articleUrl":"u","body":',
    ];
    const formats = ["auto", "text", "json", "jsonl", "csv", "wxr", "disqus"] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...starts),
        fc.string({ maxLength: 200 }),
        fc.constantFrom(...formats),
        (start, rest, format) => {
          expectWellFormed(parseFile(new TextEncoder().encode(start + rest), { format }));
        },
      ),
      { numRuns: 600 },
    );
  });

  it("parseFile on real export files cut short or with a stretch deleted", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REAL_FILES),
        fc.nat(),
        fc.nat(),
        fc.nat({ max: 40 }),
        (file, cutAt, deleteAt, deleteLength) => {
          const cut = file.slice(0, cutAt % (file.length + 1));
          const at = deleteAt % (cut.length + 1);
          const damaged = cut.slice(0, at) + cut.slice(at + deleteLength);
          if (damaged.trim() === "") return;
          expectWellFormed(parseFile(new TextEncoder().encode(damaged), { format: "auto" }));
        },
      ),
      { numRuns: 600 },
    );
  });
});

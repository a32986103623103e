// CSV import: documented columns, common alternative names, and broken rows reported as "row N".
import { readFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { parseText } from "@/lib/import/parse/parse-file";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/import/csv");
const HEADER = [
  "article_url",
  "article_title",
  "article_body",
  "article_published_at",
  "comment_id",
  "parent_id",
  "author",
  "posted_at",
  "body",
];

describe("CSV round trip", () => {
  it("reads back articles and comments written with csv-stringify (quotes, commas, newlines)", () => {
    const rows = [
      [
        "https://a.example/1",
        "First, with comma",
        "Body one.",
        "2021-06-05T09:00:00.000Z",
        "c1",
        "",
        "Jane",
        "2021-06-05T10:00:00.000Z",
        'She said "no",\nthen left.',
      ],
      ["https://a.example/1", "First, with comma", "", "", "c2", "c1", "Tom", "", "Reply to Jane"],
      ["https://a.example/2", "Second", "Body two.", "", "c3", "", "", "", "Authorless"],
    ];
    const result = parseText(stringify([HEADER, ...rows]), { filename: "export.csv" });
    expect(result.format).toBe("csv");
    expect(result.errors).toEqual([]);
    expect(result.articles).toEqual([
      {
        title: "First, with comma",
        url: "https://a.example/1",
        source: null,
        publishedAt: "2021-06-05T09:00:00.000Z",
        body: "Body one.",
        externalId: null,
        comments: [
          {
            externalId: "c1",
            author: "Jane",
            replyTo: null,
            parentExternalId: null,
            postedAt: "2021-06-05T10:00:00.000Z",
            body: 'She said "no",\nthen left.',
          },
          {
            externalId: "c2",
            author: "Tom",
            replyTo: "Jane",
            parentExternalId: "c1",
            postedAt: null,
            body: "Reply to Jane",
          },
        ],
      },
      {
        title: "Second",
        url: "https://a.example/2",
        source: null,
        publishedAt: null,
        body: "Body two.",
        externalId: null,
        comments: [
          {
            externalId: "c3",
            author: null,
            replyTo: null,
            parentExternalId: null,
            postedAt: null,
            body: "Authorless",
          },
        ],
      },
    ]);
  });
});

describe("broken rows", () => {
  const result = parseText(readFileSync(path.join(FIXTURES, "comments.csv"), "utf8"));

  it("reports a row with a missing column and one with bad quoting, and keeps every other row", () => {
    expect(result.errors).toEqual([
      { where: "row 4", message: "expected 9 columns, found 8" },
      { where: "row 6", message: expect.stringMatching(/Invalid Closing Quote.*\(line 8\)$/) },
    ]);
    expect(result.articles.map((a) => a.comments.map((c) => c.externalId))).toEqual([
      ["c1", "c2"],
      ["c4", "c6"],
    ]);
    expect(result.articles[0].comments[0].body).toBe(
      "Finally! My commute was forty minutes longer.\n\nThanks to the crews.",
    );
  });

  it("keeps a row whose date cannot be read, with a warning and a null date", () => {
    expect(result.articles[1].comments[1]).toMatchObject({
      author: "Bob",
      postedAt: null,
      replyTo: "Ann",
    });
    expect(result.warnings).toContainEqual({
      where: "row 7",
      message: 'posted_at: "not a date" is not a recognised date; left null',
    });
  });

  it("recovers after an unclosed quote that would swallow the rest of the file", () => {
    const text = 'article_url,body\nu,"never closed\nu,next row\nu,last row\n';
    const r = parseText(text, { format: "csv" });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({
      where: "row 2",
      message: expect.stringMatching(/Quote Not Closed/),
    });
    expect(r.articles[0].comments.map((c) => c.body)).toEqual(["next row", "last row"]);
  });

  it("rejects a 5 MB comment and keeps the rows around it", () => {
    const text = stringify([
      ["article_url", "body"],
      ["u", "before"],
      ["u", "b".repeat(5_000_000)],
      ["u", "after"],
    ]);
    const r = parseText(text, { format: "csv" });
    expect(r.errors).toEqual([
      { where: "row 3", message: "comment too long (5 000 000 chars, limit 100 000)" },
    ]);
    expect(r.articles[0].comments.map((c) => c.body)).toEqual(["before", "after"]);
  });
});

describe("column names", () => {
  it("maps common alternative names and a semicolon delimiter", () => {
    const r = parseText(readFileSync(path.join(FIXTURES, "aliases.csv"), "utf8"));
    expect(r.format).toBe("csv");
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]).toMatchObject({ title: "Story X", url: "https://a.example/x" });
    expect(r.articles[0].comments).toEqual([
      {
        externalId: "1",
        author: "Jane",
        replyTo: null,
        parentExternalId: null,
        postedAt: null,
        body: "Hello from a semicolon file",
      },
      {
        externalId: "2",
        author: "Tom",
        replyTo: "Jane",
        parentExternalId: "1",
        postedAt: "2021-06-05",
        body: "Reply here",
      },
    ]);
    // 05/06/2021 could be 5 June or 6 May: left null rather than guessed.
    expect(r.warnings).toContainEqual({
      where: "row 2",
      message: expect.stringMatching(/05\/06\/2021/),
    });
  });

  it("reads camelCase and spaced headers, warns about unknown columns, and groups article-less rows", () => {
    const r = parseText("User Name,Text,Likes\nJane,hello,3\nTom,<p>hi &amp; bye</p>,0\n", {
      format: "csv",
    });
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0].comments.map((c) => [c.author, c.body])).toEqual([
      ["Jane", "hello"],
      ["Tom", "hi & bye"],
    ]);
    expect(r.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        "ignored unknown columns: Likes",
        expect.stringMatching(/name no article/),
      ]),
    );
  });

  it("refuses a header without a body column", () => {
    const r = parseText("author,date\nJane,2021-06-05\n", { format: "csv" });
    expect(r.articles).toEqual([]);
    expect(r.errors).toEqual([
      { where: "row 1", message: expect.stringMatching(/no body column/) },
    ]);
  });
});

describe("CSV: an unterminated quote (issue 10, defect 3)", () => {
  it("costs only its own row: the next valid rows are read, and later errors keep their row numbers", () => {
    const text = readFileSync(path.join(FIXTURES, "unterminated-quote.csv"), "utf8");
    const result = parseText(text, { filename: "unterminated-quote.csv" });
    expect(result.articles.map((a) => [a.title, a.comments.map((c) => c.externalId)])).toEqual([
      ["First article", ["c2", "c3"]],
      ["Second article", ["c4", "c6"]],
    ]);
    expect(result.articles[0].comments[0].body).toBe("a valid, quoted row");
    expect(result.errors.map((e) => e.where)).toEqual(["row 2", "row 6"]);
    expect(result.errors[0].message).toMatch(/quote/i);
    expect(result.errors[0].message).toContain("line 2");
    expect(result.errors[1].message).toContain("expected 4 columns, found 2");
  });
});

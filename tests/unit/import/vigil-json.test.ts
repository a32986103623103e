// Vigil JSON / JSONL: the documented record shapes, per-record errors, and the streaming entry point.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_COMMENT_CHARS } from "@/lib/import/parse/limits";
import { parseText } from "@/lib/import/parse/parse-file";
import { parseVigilLine, parseVigilRecord } from "@/lib/import/parse/vigil-json";
import type { TParsedArticle } from "@/lib/import/types";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/import/json");

const ARTICLES: TParsedArticle[] = [
  {
    title: "Bridge Reopens",
    url: "https://valley.example.com/bridge",
    source: "Valley Wire",
    publishedAt: "2021-06-05T09:00:00.000Z",
    body: "The old river bridge reopened on Saturday.\n\nEngineers said trucks can cross again.",
    externalId: "101",
    comments: [
      {
        externalId: "c1",
        author: "Jane Doe",
        replyTo: null,
        parentExternalId: null,
        postedAt: "2021-06-05T10:14:00.000Z",
        body: "Finally!",
      },
      {
        externalId: "c2",
        author: "Tom Becker",
        replyTo: "Jane Doe",
        parentExternalId: "c1",
        postedAt: null,
        body: "Forty? It was\nan hour for me.",
      },
    ],
  },
  {
    title: "Election Results",
    url: null,
    source: null,
    publishedAt: null,
    body: "",
    externalId: "103",
    comments: [],
  },
];

describe("Vigil JSON round trip", () => {
  it.each([
    ["an array of articles", JSON.stringify(ARTICLES)],
    ['{"articles": [...]}', JSON.stringify({ articles: ARTICLES }, null, 2)],
  ])("reads %s back as written", (_shape, text) => {
    const result = parseText(text, { format: "json" });
    expect(result).toEqual({ format: "json", articles: ARTICLES, warnings: [], errors: [] });
  });

  it("reads a single article object", () => {
    expect(parseText(JSON.stringify(ARTICLES[0])).articles).toEqual([ARTICLES[0]]);
  });

  it("reads JSONL articles, one per line, and detects the format from content", () => {
    const text = ARTICLES.map((a) => JSON.stringify(a)).join("\n");
    const result = parseText(text);
    expect(result.format).toBe("jsonl");
    expect(result.articles).toEqual(ARTICLES);
  });
});

describe("flat comment records", () => {
  it("groups JSONL comments by article, links replies, and reports bad lines by number", () => {
    const result = parseText(readFileSync(path.join(FIXTURES, "flat.jsonl"), "utf8"), {
      filename: "flat.jsonl",
    });
    expect(
      result.articles.map((a) => [a.url ?? a.externalId, a.comments.map((c) => c.externalId)]),
    ).toEqual([
      ["https://valley.example.com/bridge", ["c1", "c3"]],
      ["https://valley.example.com/election", ["2"]],
      ["post-77", ["c6"]],
    ]);
    const [bridge, election] = result.articles;
    expect(bridge.title).toBe("Bridge Reopens");
    expect(bridge.comments[1]).toMatchObject({
      parentExternalId: "c1",
      replyTo: "Jane Doe",
      postedAt: "2021-06-05T12:00:00",
    });
    expect(election.comments[0].body).toBe("Low turnout — again.");
    expect(result.errors).toEqual([
      { where: "line 5", message: "body: Invalid input: expected string, received number" },
      { where: "line 6", message: expect.stringMatching(/^invalid JSON: /) },
    ]);
  });

  it("reports wrong-shaped records in a JSON file as 'record N' and keeps the others", () => {
    const result = parseText(readFileSync(path.join(FIXTURES, "articles.json"), "utf8"));
    expect(result.articles.map((a) => a.title)).toEqual(["Bridge Reopens", "Election Results"]);
    expect(result.articles[0].comments.map((c) => c.externalId)).toEqual(["c1", "c2"]);
    expect(result.errors).toEqual([
      { where: "record 1, comment 3", message: "comments.2.body: must not be empty" },
      { where: "record 2", message: "publishedAt: not a recognised date or time" },
      { where: "record 4", message: "comments: Invalid input: expected array, received string" },
    ]);
  });
});

describe("parseVigilRecord (one record at a time, for streaming imports)", () => {
  it("returns a comment with its article key", () => {
    const record = parseVigilRecord(
      { articleId: 77, externalId: 5, author: " Ann ", body: "Hi", postedAt: 1622887200 },
      "line 1",
    );
    expect(record).toEqual({
      kind: "comment",
      articleKey: "id:77",
      article: {
        url: null,
        externalId: "77",
        title: null,
        source: null,
        publishedAt: null,
        body: "",
      },
      comment: {
        externalId: "5",
        author: "Ann",
        replyTo: null,
        parentExternalId: null,
        postedAt: "2021-06-05T10:00:00.000Z",
        body: "Hi",
      },
    });
  });

  it("names the zod path and problem for a record of the wrong shape", () => {
    expect(parseVigilRecord({ article: { url: "u" }, body: ["x"] }, "line 7")).toEqual({
      kind: "error",
      error: { where: "line 7", message: "body: Invalid input: expected string, received array" },
    });
    expect(parseVigilRecord("text", "record 3")).toEqual({
      kind: "error",
      error: { where: "record 3", message: "(root): expected an object, received string" },
    });
    expect(parseVigilRecord({ body: "orphan" }, "line 2")).toMatchObject({
      kind: "error",
      error: { message: expect.stringMatching(/^\(root\): neither an article/) },
    });
  });

  it("rejects an over-long comment with the size in the message", () => {
    const body = "x".repeat(5_000_000);
    expect(parseVigilRecord({ articleUrl: "u", body }, "line 9")).toEqual({
      kind: "error",
      error: { where: "line 9", message: "comment too long (5 000 000 chars, limit 100 000)" },
    });
    expect(MAX_COMMENT_CHARS).toBe(100_000);
    expect(
      parseVigilRecord({ articleUrl: "u", body: "y".repeat(MAX_COMMENT_CHARS) }, "line 10").kind,
    ).toBe("comment");
  });

  it("skips blank JSONL lines and reports invalid JSON with the line number", () => {
    expect(parseVigilLine("   ", 4)).toBeNull();
    expect(parseVigilLine("{oops", 12)).toMatchObject({
      kind: "error",
      error: { where: "line 12" },
    });
  });
});

describe("one 5 MB comment in a file", () => {
  it("is an error for that record only", () => {
    const lines = [
      JSON.stringify({ articleUrl: "u", externalId: "a", body: "fine" }),
      JSON.stringify({ articleUrl: "u", externalId: "b", body: "z".repeat(5_000_000) }),
      JSON.stringify({ articleUrl: "u", externalId: "c", body: "also fine" }),
    ];
    const result = parseText(lines.join("\n"), { format: "jsonl" });
    expect(result.articles[0].comments.map((c) => c.externalId)).toEqual(["a", "c"]);
    expect(result.errors).toEqual([
      { where: "line 2", message: "comment too long (5 000 000 chars, limit 100 000)" },
    ]);
  });
});

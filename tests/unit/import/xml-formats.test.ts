// WordPress WXR and Disqus XML: round trips, skipped spam/deleted records, and salvage of broken files.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseFile, parseText } from "@/lib/import/parse/parse-file";
import type { TParsedArticle } from "@/lib/import/types";
import { buildDisqus, buildWxr } from "./xml-builders";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/import");
const read = (name: string) => readFileSync(path.join(FIXTURES, name));

const ARTICLES: TParsedArticle[] = [
  {
    title: "Bridge Reopens After Repairs & Inspection",
    url: "https://valley.example.com/bridge?a=1&b=2",
    source: null,
    publishedAt: "2021-06-05T09:00:00.000Z",
    body: "The old river bridge reopened on Saturday.\n\nEngineers said <trucks> can cross again.",
    externalId: "101",
    comments: [
      {
        externalId: "7",
        author: "Jane Doe",
        replyTo: null,
        parentExternalId: null,
        postedAt: "2021-06-05T10:14:00.000Z",
        body: "Finally! It took ]]> forever.\n\nThanks, crews.",
      },
      {
        externalId: "8",
        author: "Tom Becker",
        replyTo: "Jane Doe",
        parentExternalId: "7",
        postedAt: "2021-06-05T12:00:00.000Z",
        body: "Forty?\nIt was an hour for me.",
      },
      {
        externalId: "9",
        author: "Ann",
        replyTo: "Tom Becker",
        parentExternalId: "8",
        postedAt: "2021-06-05T13:00:00.000Z",
        body: "Same here — über slow.",
      },
    ],
  },
  {
    title: "Quiet Day",
    url: "https://valley.example.com/quiet",
    source: null,
    publishedAt: "2021-06-06T08:00:00.000Z",
    body: "Nothing happened.",
    externalId: "102",
    comments: [],
  },
];

describe("WordPress WXR", () => {
  it("round-trips articles and threaded comments", () => {
    const result = parseText(buildWxr(ARTICLES));
    expect(result.format).toBe("wxr");
    expect(result.errors).toEqual([]);
    expect(result.articles).toEqual(ARTICLES);
  });

  it("reads a realistic export: HTML to text, GMT dates, spam and trash skipped with warnings, attachments ignored", () => {
    const result = parseFile(read("wxr/sample.xml"), { filename: "export.xml" });
    expect(result.format).toBe("wxr");
    expect(result.articles.map((a) => a.title)).toEqual([
      "Bridge Reopens After Repairs & Inspection",
      "Council Election Results",
    ]);
    const [bridge, election] = result.articles;
    expect(bridge.body).toBe(
      "The old river bridge reopened on Saturday after six months of repairs.\n\nEngineers said the new deck can carry trucks again.",
    );
    expect(
      bridge.comments.map((c) => [
        c.externalId,
        c.author,
        c.parentExternalId,
        c.replyTo,
        c.postedAt,
      ]),
    ).toEqual([
      ["7", "Jane Doe", null, null, "2021-06-05T10:14:00.000Z"],
      ["8", "Tom Becker", "7", "Jane Doe", "2021-06-05T12:00:00.000Z"],
    ]);
    expect(bridge.comments[0].body).toBe(
      "Finally! My commute was forty minutes longer.\n\nThanks to the crews.",
    );
    expect(election.comments[0]).toMatchObject({
      author: "Ann & Bob",
      body: "Low turnout — again.",
    });
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        { where: "item 1, comment 3", message: "skipped comment 9 marked spam" },
        { where: "item 1, comment 4", message: "skipped comment 10 marked trash" },
      ]),
    );
  });

  it("salvages the complete items of a truncated export and says where it broke", () => {
    const result = parseFile(read("wxr/truncated.xml"));
    expect(result.format).toBe("wxr");
    expect(result.articles.map((a) => a.externalId)).toEqual(["101"]);
    expect(result.articles[0].comments).toHaveLength(2);
    expect(result.errors).toEqual([
      { where: "line 71", message: expect.stringMatching(/unclosed element.*truncated/) },
      { where: "line 69", message: "incomplete <item> (no closing tag): dropped" },
    ]);
  });

  it("skips one malformed item in the middle and keeps the items after it", () => {
    const result = parseFile(read("wxr/malformed-middle.xml"));
    expect(result.articles.map((a) => a.title)).toEqual(["First Story", "Third Story"]);
    expect(result.articles[1].comments[0].body).toBe("Still here.");
    expect(result.errors.map((e) => e.where)).toEqual(["line 12", "line 12"]);
  });

  it("rejects a 5 MB comment and keeps the rest of the item", () => {
    const big = {
      ...ARTICLES[0],
      comments: [
        ARTICLES[0].comments[0],
        { ...ARTICLES[0].comments[1], body: "w".repeat(5_000_000) },
      ],
    };
    const result = parseText(buildWxr([big]));
    expect(result.articles[0].comments.map((c) => c.externalId)).toEqual(["7"]);
    expect(result.errors).toEqual([
      { where: "item 1, comment 2", message: "comment too long (5 000 000 chars, limit 100 000)" },
    ]);
  });
});

describe("Disqus XML", () => {
  it("round-trips threads and posts", () => {
    const result = parseText(buildDisqus(ARTICLES));
    expect(result.format).toBe("disqus");
    expect(result.errors).toEqual([]);
    expect(result.articles).toEqual(ARTICLES);
  });

  it("reads a realistic export: HTML messages (CDATA or escaped), spam and deleted posts skipped", () => {
    const result = parseFile(read("disqus/sample.xml"), { filename: "disqus.xml" });
    expect(result.format).toBe("disqus");
    const [bridge, election] = result.articles;
    expect(bridge).toMatchObject({
      externalId: "5001",
      title: "Bridge Reopens After Repairs",
      url: "https://valley.example.com/2021/06/bridge-reopens/",
      body: "",
    });
    expect(
      bridge.comments.map((c) => [c.externalId, c.author, c.parentExternalId, c.replyTo, c.body]),
    ).toEqual([
      [
        "9001",
        "Jane Doe",
        null,
        null,
        "Finally! My commute was forty minutes longer.\n\nThanks to the crews.",
      ],
      ["9002", "Tom Becker", "9001", "Jane Doe", "Forty? It was an hour for me."],
    ]);
    expect(election.comments[0].body).toBe("Low turnout — again.");
    expect(result.warnings.map((w) => w.message)).toEqual([
      "skipped post 9003 marked spam",
      "skipped post 9004 marked deleted",
    ]);
  });

  it("salvages complete posts from a truncated export", () => {
    const result = parseFile(read("disqus/truncated.xml"));
    expect(result.articles.map((a) => a.comments.length)).toEqual([2, 0]);
    expect(result.errors[0]).toEqual({
      where: "line 74",
      message: expect.stringMatching(/unclosed element/),
    });
    expect(result.errors[1]).toEqual({
      where: "line 73",
      message: "incomplete <post> (no closing tag): dropped",
    });
  });

  it("reports a post whose thread is missing", () => {
    const xml = `<disqus xmlns:dsq="x"><post dsq:id="1"><message>hi</message><thread dsq:id="404"/></post></disqus>`;
    const result = parseText(xml, { format: "disqus" });
    expect(result.errors).toEqual([
      { where: "post 1", message: "post 1 refers to unknown thread 404" },
    ]);
  });
});

describe("XML the validator accepts but the parser cannot read", () => {
  it.each(["wxr", "disqus"] as const)("is an error for %s, not a throw", (format) => {
    const result = parseText("<:/", { format });
    expect(result.articles).toEqual([]);
    expect(result.errors[0].message).toMatch(/malformed XML/);
  });
});

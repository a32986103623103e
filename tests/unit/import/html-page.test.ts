// Saved HTML pages: the comment list is found as repeated blocks with author, time and text (real
// pages from the development corpus), threads come from nesting, pingbacks and sidebars stay out.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseFile, parseText } from "@/lib/import/parse/parse-file";

const PAGES = path.resolve(import.meta.dirname, "../../fixtures/pages/html");
const parsePage = (name: string) =>
  parseFile(readFileSync(path.join(PAGES, name)), { filename: name });

describe("saved HTML pages", () => {
  it("reads a threaded WordPress page: title, date, body without sidebars, five comments with replies", () => {
    const result = parsePage("lemire-json-parsing.html");
    expect(result.format).toBe("html");
    const [article] = result.articles;
    expect(article.title).toBe("JSON parsing: simdjson vs. JSON for Modern C++");
    expect(article.publishedAt).toBe("2019-08-02T15:57:41.000Z");
    expect(article.body).toMatch(/^JSON is the ubiquitous data format/);
    expect(article.body).not.toMatch(/Recent Comments|Support my work|Leave a Reply|degski/);
    expect(
      article.comments.map((c) => [c.author, c.postedAt, c.parentExternalId, c.replyTo]),
    ).toEqual([
      ["degski", "2019-08-03T04:11:57.000Z", null, null],
      ["degski", "2019-08-05T02:51:17.000Z", null, null],
      ["Daniel Lemire", "2019-08-05T13:46:09.000Z", "comment-422154", "degski"],
      ["wmu", "2019-08-05T16:43:48.000Z", null, null],
      ["Daniel Lemire", "2019-08-05T20:28:59.000Z", "comment-422240", "wmu"],
    ]);
    expect(article.comments[0].body).toBe(
      "Thanks, for posting this.\n\nThat is well a mega difference, very impressive. I’m just using it [nlohmann/json] for some settings and some data from the web, so speed is not relevant, but if it got to be relevant for another application, I’d definitely look into simdjson.",
    );
  });

  it("reads a French SPIP forum: dates like (22 juin 2018 @11h13), anonymous messages, quoted replies", () => {
    const [article] = parsePage("mondediplo-blog-turpitude.html").articles;
    expect(article.title).toBe("Turpitude et architecture");
    expect(article.body).not.toMatch(/Partager cet article|27 commentaires/);
    expect(article.comments).toHaveLength(8);
    expect(article.comments[0]).toMatchObject({
      author: null,
      postedAt: "2018-06-22T11:13:00",
      externalId: "forum226836",
    });
    expect(article.comments[1]).toMatchObject({
      author: "Red Bastard",
      body: expect.stringMatching(/^La Corée du Sud est un pays capitaliste/),
    });
    expect(article.comments[5].body).toMatch(/^ANONYMOUS\n\nPeut être que les États Unis/);
  });

  it("keeps pingbacks out and does not take the Recent Comments widget for comments", () => {
    const result = parsePage("jovelstefan-de-gefallt-mir.html");
    const [article] = result.articles;
    expect(article.title).toBe("Gefällt mir");
    expect(article.publishedAt).toBe("2011-09-11T16:20:00");
    expect(article.body).toContain("Gut investierte 20 Cent");
    expect(article.comments).toEqual([]);
    expect(result.warnings).toContainEqual({
      where: "comments",
      message: "skipped 3 pingbacks/trackbacks (not reader comments)",
    });
  });

  it("finds schema.org/Comment microdata without comment class names", () => {
    const html = `<!doctype html><html><head><title>Bridge Reopens | Daily</title></head><body><article><h1>Bridge Reopens</h1>
      <p>The bridge reopened on Monday after two years of repairs, the city said in a statement today.</p></article>
      <section><div itemscope itemtype="https://schema.org/Comment" id="c1"><span itemprop="author">Jane</span>
      <time itemprop="dateCreated" datetime="2021-06-05T10:14:00Z">June 5</time><div itemprop="text"><p>Finally!</p></div></div>
      <div itemscope itemtype="https://schema.org/Comment" id="c2"><span itemprop="author">Tom</span>
      <time itemprop="dateCreated" datetime="2021-06-05T11:00:00Z">June 5</time><div itemprop="text"><p>It took forever.</p></div></div></section></body></html>`;
    const [article] = parseText(html).articles;
    expect(article.title).toBe("Bridge Reopens");
    expect(article.comments.map((c) => [c.externalId, c.author, c.postedAt, c.body])).toEqual([
      ["c1", "Jane", "2021-06-05T10:14:00.000Z", "Finally!"],
      ["c2", "Tom", "2021-06-05T11:00:00.000Z", "It took forever."],
    ]);
  });

  it("falls back to the page's text when the markup has no comment list", () => {
    const html = `<!doctype html><html><head><title>x</title></head><body>
      <h1>Storm Closes Port</h1><p>The port was closed on Monday after a storm damaged two cranes, the harbour authority said in a statement.</p>
      <h3>2 Comments</h3><p><b>Jane Doe</b></p><p>Hope nobody was hurt!</p><p><b>Tom</b></p><p>Who pays for the cranes?</p></body></html>`;
    const result = parseText(html);
    expect(result.format).toBe("html");
    expect(result.articles[0].title).toBe("Storm Closes Port");
    expect(result.articles[0].comments.map((c) => [c.author, c.body])).toEqual([
      ["Jane Doe", "Hope nobody was hurt!"],
      ["Tom", "Who pays for the cranes?"],
    ]);
  });
});

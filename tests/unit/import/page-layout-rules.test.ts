// The layout rules added for page import v2, one small page each (written for the test, in the shape
// real comment systems print): names narrowed out of header lines, one-comment pages, threads drawn by
// indentation, comment frames without their article, signatures under comments, page footers.
import { describe, expect, it } from "vitest";
import { parseText } from "@/lib/import/parse/parse-file";

const html = (body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;
const article =
  "<article><h1>Harbour plans</h1><p>The council voted on Monday to rebuild the old harbour wall before winter storms.</p><p>Work starts in May and will take two years to finish.</p></article>";
const one = (input: string, format: "html" | "text") => parseText(input, { format }).articles[0];

describe("saved HTML pages", () => {
  it("takes the name out of a header that also holds the date and the Reply button", () => {
    const li = (id: string, name: string, when: string, text: string) =>
      `<li class="comment" id="comment-${id}"><div class="comment-author meta"><strong>${name}</strong> ${when} <a class="comment-reply-link" href="#">- Antworten</a></div><div class="comment-text"><p>${text}</p></div></li>`;
    const page = html(
      `${article}<ol class="comment-list">${li("11", "Ben", "19. Juni 2018 um 15:28 Uhr", "Erster Kommentar hier.")}${li("12", "Anne Burmester", "21. Juni 2018 um 7:32 Uhr", "Zweiter Kommentar.")}</ol>`,
    );
    expect(one(page, "html").comments.map((c) => [c.author, c.body])).toEqual([
      ["Ben", "Erster Kommentar hier."],
      ["Anne Burmester", "Zweiter Kommentar."],
    ]);
  });

  it("reads 'Comment by X — date' signatures printed under the text", () => {
    const li = (id: string, text: string, sig: string) =>
      `<li id="comment-${id}"><p>${text}</p><p><cite>Comment by ${sig}</cite></p></li>`;
    const page = html(
      `${article}<ol id="commentlist">${li("1", "Also im Klartext.", '<a href="http://x.example" class="url">Mirko Lange</a> &#8212; 17.07, 2011 @ <a href="#c1">13:04</a>')}${li("2", "Das Gesetz steht darüber.", 'Daniel &#8212; 17.07, 2011 @ <a href="#c2">13:10</a>')}</ol>`,
    );
    expect(one(page, "html").comments.map((c) => c.author)).toEqual(["Mirko Lange", "Daniel"]);
  });

  it("reads a page with a single comment", () => {
    const page = html(
      `${article}<ol><li class="comment" id="comment-53"><cite class="fn">Cassio</cite> <span class="says">disse:</span><time datetime="2019-02-21T17:20:30+00:00">fevereiro 21, 2019</time><div class="comment-content"><p>Excelente artigo!</p></div></li></ol>`,
    );
    expect(one(page, "html").comments.map((c) => [c.author, c.body, c.postedAt])).toEqual([
      ["Cassio", "Excelente artigo!", "2019-02-21T17:20:30.000Z"],
    ]);
  });

  it("threads flat rows by their indentation spacer", () => {
    const row = (id: string, width: number, user: string, text: string) =>
      `<tr class="athing comtr" id="${id}"><td><table><tr><td class="ind"><img src="s.gif" height="1" width="${width}"></td><td><span class="comhead"><a class="hnuser">${user}</a> <span class="age"><a href="item?id=${id}">2 days ago</a></span></span><div class="comment"><span class="commtext">${text}</span></div></td></tr></table></td></tr>`;
    const page = html(
      `${article}<table class="comment-tree">${row("1", 0, "ann", "Top level point.")}${row("2", 40, "bob", "A reply to ann.")}${row("3", 80, "cy", "A reply to bob.")}${row("4", 0, "dee", "Another top level point.")}</table>`,
    );
    expect(one(page, "html").comments.map((c) => [c.author, c.replyTo])).toEqual([
      ["ann", null],
      ["bob", "ann"],
      ["cy", "bob"],
      ["dee", null],
    ]);
  });

  it("keeps a comment frame saved without its article as comments, with no title and no body", () => {
    const post = (name: string, text: string, children = "") =>
      `<li class="post"><div class="post-body"><header><span class="author"><a data-role="username">${name}</a></span> <a class="time-ago" title="Friday, February 7 2014 8:54 PM">6 days ago</a></header><div class="post-message"><p>${text}</p></div></div><ul class="children">${children}</ul></li>`;
    const page = html(
      `<ul id="post-list">${post("Mara", "The first comment of the frame.", post("Lior", "An answer to it."))}</ul>`,
    );
    const parsed = one(page, "html");
    expect([parsed.title, parsed.body]).toEqual([null, ""]);
    expect(parsed.comments.map((c) => [c.author, c.replyTo])).toEqual([
      ["Mara", null],
      ["Lior", "Mara"],
    ]);
  });

  it("names the post from '3 thoughts on “…”' when the page has no headline", () => {
    const li = (id: string, name: string) =>
      `<li class="comment" id="comment-${id}"><b class="fn">${name}</b> <span class="says">says:</span><div class="comment-content"><p>Comment number ${id} here.</p></div></li>`;
    const page = html(
      `<p><a href="/post">2 thoughts on &ldquo;Numbers in the dark&rdquo;</a></p><ol class="comment-list">${li("41", "Ann")}${li("42", "Bo")}</ol>`,
    );
    const parsed = one(page, "html");
    expect([parsed.title, parsed.body, parsed.comments.length]).toEqual([
      "Numbers in the dark",
      "",
      2,
    ]);
  });
});

describe("text pages", () => {
  const body =
    "Harbour plans\n\nThe council voted on Monday to rebuild the old harbour wall before winter storms. Work starts in May and will take two years to finish.\n\n";

  it("reads signatures under the comments they sign", () => {
    const page = `${body}Comments (2)\n\nAlso im Klartext: das ist richtig so.\n\nComment by Mirko Lange — 17.07, 2011 @ 13:04\n\nDas Gesetz steht im Zweifelsfall über den AGB.\n\nComment by Daniel — 17.07, 2011 @ 13:10\n`;
    expect(one(page, "text").comments.map((c) => [c.author, c.body])).toEqual([
      ["Mirko Lange", "Also im Klartext: das ist richtig so."],
      ["Daniel", "Das Gesetz steht im Zweifelsfall über den AGB."],
    ]);
  });

  it("reads a Russian 'говорит:' header and leaves the like counters and Reply buttons out", () => {
    const page = `${body}2 комментариев: Harbour plans\nНаталья говорит:\n27.02.2013 в 10:08 дп\n\nСпасибо огромнейшее за этот прекрасный сайт!\n\n2\n\n0\nОтветить\nSergio говорит:\n19.09.2013 в 1:51 пп\n\nДействительно потрясающий ресурс!\n\n1\n\n0\nОтветить\n`;
    expect(one(page, "text").comments.map((c) => [c.author, c.body])).toEqual([
      ["Наталья", "Спасибо огромнейшее за этот прекрасный сайт!"],
      ["Sergio", "Действительно потрясающий ресурс!"],
    ]);
  });

  it("leaves the page footer after the last comment out, and never reads '\\o/' as a name", () => {
    const page = `${body}2 Comments\n\nann 2 days ago\n\nFirst point here.\n\n\\o/\n\nStill the same comment.\n\nreply\n\nbob 1 day ago\n\nSecond point here.\n\nreply\n\nApplications are open for the summer batch\n\nSearch:\n`;
    expect(one(page, "text").comments.map((c) => [c.author, c.body])).toEqual([
      ["ann", "First point here.\n\n\\o/\n\nStill the same comment."],
      ["bob", "Second point here."],
    ]);
  });

  it("reads Italian 'ha detto:' headers and Facebook-style 'Like · Reply · 2 · 3y' controls", () => {
    const italian = `${body}2 commenti su “Harbour plans”\n\nGiulia ha detto:\n12 febbraio 2020 alle 14:05\n\nFinalmente una buona notizia.\n\nRispondi\nMarco ha detto:\n13 febbraio 2020 alle 8:30\n\nSperiamo bene.\n\nRispondi\n`;
    expect(one(italian, "text").comments.map((c) => [c.author, c.body, c.postedAt])).toEqual([
      ["Giulia", "Finalmente una buona notizia.", "2020-02-12T14:05:00"],
      ["Marco", "Speriamo bene.", "2020-02-13T08:30:00"],
    ]);
    const facebook = `${body}27 Comments\nSort by Top\n\nJohn Carter\nGlad they made the call early.\nLike · Reply · 3y\n\nMary Ellen Price\nKids will be thrilled.\nLike · Reply · 2 · 3y\n`;
    expect(one(facebook, "text").comments.map((c) => [c.author, c.body])).toEqual([
      ["John Carter", "Glad they made the call early."],
      ["Mary Ellen Price", "Kids will be thrilled."],
    ]);
  });
});

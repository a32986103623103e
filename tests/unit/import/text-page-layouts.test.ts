// Pages from other sites and layouts than the seeds: the text parser must work from general rules.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { IssueLog } from "@/lib/import/parse/issue-log";
import { parseTextPage } from "@/lib/import/parse/text-page/parse-text-page";

const PAGES = path.resolve(import.meta.dirname, "../../fixtures/import/pages");

function parsePage(name: string) {
  const log = new IssueLog();
  const page = parseTextPage(readFileSync(path.join(PAGES, name), "utf8"), log);
  expect(page.article).not.toBeNull();
  return { page, article: page.article!, log };
}

const authorsAndStarts = (comments: { author: string | null; body: string }[]) =>
  comments.map((c) => [c.author, c.body.split(/\s+/).slice(0, 3).join(" ")]);

describe("bulleted comments with timestamps, Reply buttons and a 'Post a Comment' footer", () => {
  const { article, page } = parsePage("bulleted-blogger.txt");

  it("drops navigation, share buttons and the newsletter box from the article", () => {
    expect(article.title).toBe("Council Approves New Budget After Heated Debate");
    expect(article.publishedAt).toBe("2021-06-05");
    expect(article.body.split("\n\n")).toHaveLength(3);
    expect(article.body).not.toMatch(/Subscribe|Enter your email|Facebook|Share this/);
    expect(page.boilerplate.map((b) => b.reason)).toEqual(
      expect.arrayContaining(["navigation", "share buttons", "newsletter"]),
    );
  });

  it("reads each bulleted comment with its time, merging paragraphs up to the Reply button", () => {
    expect(authorsAndStarts(article.comments)).toEqual([
      ["Mark T.", "Finally some common"],
      [null, "Who is going"],
      ["Linda Bauer", "@Mark common sense?"],
    ]);
    expect(article.comments.map((c) => c.postedAt)).toEqual([
      "2021-06-05T15:14:00",
      "2021-06-05T16:02:00",
      "2021-06-06T09:30:00",
    ]);
    expect(article.comments[1].body).toBe(
      "Who is going to pay for this? Us, as always!\n\nAnd the parking fees went up again last month.",
    );
    expect(article.comments[2].replyTo).toBe("Mark");
    expect(article.comments.some((c) => /Older Post|Subscribe to/.test(c.body))).toBe(false);
  });
});

describe("WordPress 'Name says:' comments under a 'N Responses to' heading", () => {
  const { article } = parsePage("wordpress-says.txt");

  it("drops the cookie banner, byline noise and related links", () => {
    expect(article.title).toBe("Flood Waters Recede in River Valley Towns");
    expect(article.publishedAt).toBe("2021-06-05");
    expect(article.body).toBe(
      "Residents of three river valley towns began returning home on Saturday as flood waters receded, officials said.\n\nThe regional emergency agency reported that 240 homes were damaged and two bridges remain closed pending inspection.",
    );
  });

  it("reads authors, times and multi-paragraph bodies, and nothing of the reply form", () => {
    expect(authorsAndStarts(article.comments)).toEqual([
      ["Jane Doe", "My parents lost"],
      ["Tom Becker", "Jane, the levee"],
      ["bob_1987", "thoughts and prayers"],
    ]);
    expect(article.comments[0].body.endsWith("\n\nI have been asking for years.")).toBe(true);
    expect(article.comments[2].postedAt).toBe("2021-06-06T08:02:00");
  });
});

describe("a page without comments", () => {
  it("keeps a short closing paragraph in the article and drops cookie, share, newsletter and related boxes", () => {
    const { article, page } = parsePage("no-comments-newsletter.txt");
    expect(article.title).toBe("Talks on Border Crossing Resume in Geneva");
    expect(article.publishedAt).toBe("2020-03-12");
    expect(article.comments).toEqual([]);
    expect(page.commentsStartLine).toBeNull();
    expect(article.body.startsWith("Delegations from both governments")).toBe(true);
    expect(article.body.endsWith("The talks continue next week.")).toBe(true);
    expect(article.body).not.toMatch(
      /cookie|newsletter|Sign up|Share on|Related|Read more|©|Privacy/i,
    );
  });

  it("does not turn a bullet list or a quote introduction into comments", () => {
    const { article } = parsePage("list-no-comments.txt");
    expect(article.comments).toEqual([]);
    expect(article.body).toContain("• Deposits\n• Notice periods\n• Rent reviews");
    expect(article.body).toContain("The minister said:");
  });
});

describe("a page cut off mid-sentence", () => {
  it("keeps the partial paragraph, finds no comments and warns where it stops", () => {
    const { article, log } = parsePage("cut-off.txt");
    expect(article.title).toBe("Drought Forces Water Rationing in Three Provinces");
    expect(article.comments).toEqual([]);
    expect(article.body.endsWith("has already asked residents to")).toBe(true);
    expect(log.warnings).toContainEqual({
      where: "line 8",
      message: "page seems cut off mid-sentence here",
    });
  });
});

describe("a Disqus-like thread with relative times and like counters", () => {
  const { article, log } = parsePage("disqus-relative.txt");

  it("reads names above relative timestamps, leaves postedAt null and says why", () => {
    expect(authorsAndStarts(article.comments)).toEqual([
      ["Mike_R", "This is exactly"],
      ["Sandra K", "Source? Nothing in"],
      ["Dr. Amir Haddad", "As a nurse"],
    ]);
    expect(article.comments.every((c) => c.postedAt === null)).toBe(true);
    expect(log.warnings.some((w) => /relative timestamps/.test(w.message))).toBe(true);
    expect(article.comments[2].body).toBe(
      "As a nurse myself I can tell you staffing is the real issue, not pay.\n\nThe overtime is unsustainable.",
    );
  });
});

describe("names printed right above their text, with no section heading", () => {
  it("finds the comment section from the repeated name-then-text pattern", () => {
    const { article, log } = parsePage("inline-names.txt");
    expect(article.body.endsWith("according to a joint statement.")).toBe(true);
    expect(authorsAndStarts(article.comments)).toEqual([
      ["Peter Novak", "Typical. They always"],
      ["Maria Lopez", "I agree with"],
      ["Peter Novak", "@Maria the taxpayer,"],
    ]);
    expect(article.comments[1].body).toBe(
      "I agree with Peter, but at least my train will run tomorrow!\nAlso, who pays for the mediator?",
    );
    expect(article.comments[2].replyTo).toBe("Maria");
    expect(log.warnings.some((w) => w.where === "line 9" && /inferred/.test(w.message))).toBe(true);
  });
});

describe("Blogger 'Name said...' comments with the time under the text", () => {
  it("splits a headline saved without a blank line, drops the byline and labels, reads 'said...' headers", () => {
    const { article } = parsePage("blogger-said.txt");
    expect(article.title).toBe("Mayor Resigns After Audit");
    expect(article.publishedAt).toBe("2021-06-05");
    expect(article.body).toBe(
      "The mayor of Riverton resigned on Friday, two days after an audit found irregularities in the city's procurement of road salt, the council said in a statement.",
    );
    expect(article.comments.map((c) => [c.author, c.postedAt, c.body])).toEqual([
      [null, "2021-06-05T10:12:00", "Good riddance. Took them long enough."],
      [
        "Jim Harlow",
        "2021-06-05T11:40:00",
        "Who audits the auditors? Serious question.\n\nI have seen this before in 2015.",
      ],
    ]);
  });
});

describe("'Name on DATE said:' headers under a 'N thoughts on' heading", () => {
  it("reads author and time from the header line", () => {
    const { article } = parsePage("said-on.txt");
    expect(article.comments.map((c) => [c.author, c.postedAt, c.body])).toEqual([
      ["Paul K", "2023-03-03T09:12:00", "Wages are not keeping up. Simple as that."],
      ["Ines", "2023-03-03T10:01:00", "My rent went up 12% this year!!"],
    ]);
  });
});

describe("an empty comment section", () => {
  it("finds no comments under 'Be the first to comment'", () => {
    const { article } = parsePage("be-first.txt");
    expect(article).toMatchObject({
      title: "New Park Opens Downtown",
      publishedAt: "2022-04-02",
      comments: [],
    });
    expect(article.body).not.toMatch(/Posted on|Leave a Reply|Be the first/);
  });
});

describe("a byline above the date, and comments separated by two blank lines", () => {
  it("does not take the byline for the title, and resolves an @mention to a commenter's full name", () => {
    const { article } = parsePage("two-blank-byline.txt");
    expect(article.title).toBe("Why the Ceasefire Will Not Last");
    expect(article.publishedAt).toBe("2019-08-07T10:15:00");
    expect(article.body).not.toMatch(/Telegram|Ahmed Karim|Opinion/);
    expect(article.comments.map((c) => [c.author, c.replyTo, c.body.slice(0, 12)])).toEqual([
      ["John Smith", null, "Spot on. Nob"],
      [null, "John Smith", "@John Smith "],
      ["Karen W.", null, "I disagree. "],
    ]);
  });
});

describe("a social-plugin thread: avatars, names above text, 'Like · Reply · 3h' rows", () => {
  it("reads names printed right above their text and drops the avatar and control lines", () => {
    const { article } = parsePage("fb-style.txt");
    expect(article.comments.map((c) => [c.author, c.body])).toEqual([
      ["Rosa Mendes", "Thank you firefighters, heroes all of you"],
      ["Dan Whitfield", "Arson again? Somebody should go to jail for this."],
      ["Kevin Brandt", "who pays for the damage?"],
    ]);
  });
});

describe("inline text built in the test", () => {
  it("rejects a 5 MB comment with an error and keeps the others", () => {
    const text = `Title Here\n\nThe first paragraph of the story is long enough to be read as prose, officials said.\n\n3 Comments\n\nJane Doe\n\n${"w".repeat(5_000_000)}\n\nTom\n\nShort and fine.\n`;
    const log = new IssueLog();
    const { article } = parseTextPage(text, log);
    expect(article!.comments.map((c) => c.author)).toEqual(["Tom"]);
    expect(log.errors).toEqual([
      { where: "line 7", message: "comment too long (5 000 000 chars, limit 100 000)" },
    ]);
  });

  it("returns no article for a page of furniture only, with a warning", () => {
    const log = new IssueLog();
    const page = parseTextPage(
      "Home\nMenu\n\nShare this:\nFacebook Twitter\n\nLeave a Reply\n",
      log,
    );
    expect(page.article).toBeNull();
    expect(log.warnings.some((w) => /no article text/.test(w.message))).toBe(true);
  });

  it("reads an explicit 'Source:' line and a date with a zone-free time", () => {
    const text = [
      "Ceasefire Holds for a Third Day",
      "June 5, 2021 at 3:14 pm",
      "",
      "Source: Example Wire Service",
      "",
      "The ceasefire between the two militias held for a third day on Saturday, local officials said, as aid convoys reached the city.",
    ].join("\n");
    const { article } = parseTextPage(text);
    expect(article).toMatchObject({
      title: "Ceasefire Holds for a Third Day",
      publishedAt: "2021-06-05T15:14:00",
      source: "Example Wire Service",
    });
    expect(article!.body).not.toContain("Source:");
  });

  it("does not take 'according to …' for a source", () => {
    const text =
      "Army Retakes Village\n\nAccording to local sources the army retook the village on Monday after heavy fighting in the area, officials said.\n";
    expect(parseTextPage(text).article!.source).toBeNull();
  });

  it("reads a saved HTML page through the same pipeline", () => {
    const html = `<!doctype html><html><head><title>x</title><style>p{color:red}</style></head><body>
      <h1>Storm Closes Port</h1><p>The port was closed on Monday after a storm damaged two cranes, the harbour authority said in a statement.</p>
      <h3>2 Comments</h3><p><b>Jane Doe</b></p><p>Hope nobody was hurt!</p><p><b>Tom</b></p><p>Who pays for the cranes?</p></body></html>`;
    const { article } = parseTextPage(html);
    expect(article!.title).toBe("Storm Closes Port");
    expect(article!.comments.map((c) => [c.author, c.body])).toEqual([
      ["Jane Doe", "Hope nobody was hurt!"],
      ["Tom", "Who pays for the cranes?"],
    ]);
  });
});

// The five sample pages in seeds/, split the way a careful reader would split them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseFile } from "@/lib/import/parse/parse-file";
import type { TParsedArticle, TParseResult } from "@/lib/import/types";

const SEEDS = path.resolve(import.meta.dirname, "../../../seeds");

function parseSeed(name: string): { result: TParseResult; article: TParsedArticle } {
  const result = parseFile(readFileSync(path.join(SEEDS, name)), { filename: name });
  expect(result.format).toBe("text");
  expect(result.errors).toEqual([]);
  expect(result.articles).toHaveLength(1);
  return { result, article: result.articles[0] };
}

/** [author, first words] per comment, in page order. */
function expectComments(article: TParsedArticle, expected: [string | null, string][]): void {
  expect(
    article.comments.map((c) => [c.author, c.body.slice(0, expected[0]?.[1].length ?? 0)]),
  ).toHaveLength(expected.length);
  article.comments.forEach((c, i) => {
    expect(c.author, `comment ${i + 1} author`).toBe(expected[i][0]);
    expect(
      c.body.startsWith(expected[i][1]),
      `comment ${i + 1} starts with "${expected[i][1]}" but is "${c.body.slice(0, 60)}"`,
    ).toBe(true);
  });
}

describe("seed 000: month-year date, source line, Disqus-style comments with authorless replies", () => {
  const { result, article } = parseSeed("000_29266f679b1960d9.txt");

  it("reads title, month-year date (first of month, with a warning) and the explicit source", () => {
    expect(article.title).toBe("ISIS Lost Last Chance To Regain Initiative In Central Syria");
    expect(article.publishedAt).toBe("2021-06-01");
    expect(
      result.warnings.some((w) => w.where === "line 1" && /month and year/.test(w.message)),
    ).toBe(true);
    expect(article.source).toBe("Islamic World News");
    expect(article.url).toBeNull();
  });

  it("keeps only the article paragraphs in the body", () => {
    expect(article.body.startsWith("The recent ISIS counter attacks were")).toBe(true);
    expect(article.body.endsWith("readying for the battle for Deir Ezzor.")).toBe(true);
    expect(article.body).not.toMatch(/Click to see|provided by|Michael Qiao/);
    expect(article.body.split("\n\n")).toHaveLength(6);
  });

  it("finds every comment with its author, or null for authorless replies", () => {
    expectComments(article, [
      ["Michael Qiao", "seems like the race to deir ezzor has begun"],
      [null, "i think the east Hama pocket has to be secured first"],
      ["Terra Cotta Woolpuller", "They have already launched the attack"],
      [null, "capturing t2 will be an important step"],
      [null, "I’d go for the central pocket"],
      [null, "Haha sounds good bruh"],
      [null, "Cant Click on the Picture for Full-Size! Please Fix."],
      [null, "I can see it just fine, switch browsers"],
      ["Goran Grubić", "I have the same problem, can-t open the map."],
      ["Jan Tjarks", "This statement can’t be overrated."],
      [null, "ISIS never had a chance to regain the initiative"],
      [null, "The counter-attack on the Euphrates"],
      [null, "We can not say that this was their last chance"],
      [null, "But Russia can expose the obvious!"],
      [null, "These contained areas are extermination zones"],
    ]);
  });

  it("reads the reply hint after an author name and keeps multi-line comments whole", () => {
    const goran = article.comments[8];
    expect(goran.replyTo).toBe("HardyVeles");
    expect(result.warnings.some((w) => w.where === "line 47")).toBe(true);
    const multi = article.comments[13];
    expect(multi.body.split("\n")).toHaveLength(3);
    expect(multi.body.endsWith("But this will fail!")).toBe(true);
  });

  it("drops the image placeholder instead of making it a comment", () => {
    expect(article.comments.some((c) => /comment image/.test(c.body))).toBe(false);
    expect(
      result.warnings.some((w) => w.where === "line 52" && /placeholder/.test(w.message)),
    ).toBe(true);
  });
});

describe("seed 001: donation widget, numbered 'Name says:' comments, reply form footer", () => {
  const { article } = parseSeed("001_bd5afbfa4d7f944d.txt");

  it("reads title and date, and drops the widget and support lines", () => {
    expect(article.title).toBe(
      "Pro-Government Forces Continue Operations Against ISIS Cells In Central Syria (Video)",
    );
    expect(article.publishedAt).toBe("2021-05-01");
    expect(article.source).toBeNull();
    expect(
      article.body.startsWith(
        "Syrian pro-government forces are conducting new security operations",
      ),
    ).toBe(true);
    expect(article.body.endsWith("fully neutralize the terrorist threat.")).toBe(true);
    expect(article.body).not.toMatch(/Support SouthFront|\$/);
  });

  it("reads both numbered comments, keeping a two-paragraph comment whole", () => {
    expectComments(article, [
      ["Mohammed Mohammed", "Islamic State was a REAL state"],
      ["northerntruthseeker", "It is hard to eliminate the “ISIS” cells"],
    ]);
    const [first, second] = article.comments;
    expect(first.body.split("\n\n")).toHaveLength(2);
    expect(first.body.endsWith("Now everything is in chaos.")).toBe(true);
    expect(second.body).not.toMatch(/Leave a Reply|email address/);
  });
});

describe("seed 002: one paragraph per line, comments follow the article with no marker", () => {
  const { result, article } = parseSeed("002_f535dcb6fbed5922.txt");

  it("has no title line; the body is the news paragraphs without the donation appeal", () => {
    expect(article.title).toBeNull();
    expect(
      article.body.startsWith(
        "The Jaish al-Islam militant group has made a series of counter-attacks",
      ),
    ).toBe(true);
    expect(
      article.body.endsWith("no confirmed reports are available to estimate the results."),
    ).toBe(true);
    expect(article.body).not.toMatch(/PayPal|Thought of this movie/);
    expect(article.body.split("\n\n")).toHaveLength(7);
  });

  it("starts the comments at the first informal line, with a warning that the boundary is inferred", () => {
    expect(article.comments[0].body).toBe(
      "Thought of this movie!\nhttps://www.youtube.com/watch?v=Eb7BK9MLTrI",
    );
    expect(result.warnings.some((w) => w.where === "line 9" && /inferred/.test(w.message))).toBe(
      true,
    );
    expect(result.warnings.some((w) => /boundaries guessed/.test(w.message))).toBe(true);
  });

  it("reads one comment per line with unknown authors", () => {
    expect(article.comments).toHaveLength(20);
    expect(article.comments.every((c) => c.author === null)).toBe(true);
    expect(article.comments[1].body).toBe("That´s a great movie! just watched it!");
    expect(
      article.comments.at(-1)!.body.startsWith("If they are going to go after ISIS first"),
    ).toBe(true);
  });
});

describe("seed 003: site header with counters, full date and time, no comments", () => {
  const { result, article } = parseSeed("003_8a208e6411342cf7.txt");

  it("picks the headline, not the site name, and the full date", () => {
    expect(article.title).toBe(
      "ISIS in trouble as Syrian Army reaches southern Deir Ezzor countryside",
    );
    expect(article.publishedAt).toBe("2017-06-30T14:33:00");
    expect(article.source).toBeNull();
  });

  it("keeps the article body and finds no comments", () => {
    expect(article.body.startsWith("After being left untouched since 2014")).toBe(true);
    // The page's non-breaking spaces stay in the text; only matching treats them as spaces.
    expect(article.body.endsWith("ISIS-held border\u00a0in the following weeks.")).toBe(true);
    expect(article.body).not.toMatch(/Scroll Up|Islamic Invitation|Total:/);
    expect(article.comments).toEqual([]);
    expect(
      result.warnings.some((w) => /furniture/.test(w.message) && /counter/.test(w.message)),
    ).toBe(true);
  });
});

describe("seed 004: repeated title, comment widget, author lines and authorless replies", () => {
  const { result, article } = parseSeed("004_90cc901d1f5fcac3.txt");

  it("reads the title once and keeps it out of the body", () => {
    expect(article.title).toBe(
      "Syrian Army Kicks Off Large-Scale Security Operation Against ISIS In Homs Desert",
    );
    expect(article.publishedAt).toBe("2022-07-01");
    expect(
      article.body.startsWith("Fierce clashes between the Syrian Army and ISIS terrorists"),
    ).toBe(true);
    expect(article.body.endsWith("designed to demonize the Assad government.")).toBe(true);
    expect(article.body).not.toMatch(/Kicks Off|Support SouthFront|Notify of/);
  });

  it("finds every comment with its author, or null for authorless replies", () => {
    expectComments(article, [
      ["Assad must stay", "Kill every single daeshbag SAA"],
      ["Al Balog", "Just like the with green rats"],
      ["Zaphod Braden", "ISIS never runs out of ammunition or explosives."],
      [null, "yea russians bombed stolen oil by isis"],
      ["Icarus Tanović", "Wahhabi pricks and theirs masters"],
      ["Willing Conscience (The Truths", "Iran, Russia and Syria all have to coordinate"],
      [null, "I don’t know if the SAA have those big rocket systems"],
      ["Willing Conscience (The Truths", "The problem isn’t with adequate weaponry"],
      ["Lone Ranger", "Condolences to the fallen wahabimossad operators"],
      ["Lone Ranger", "CIA trolls and hasbarats will cry and rage :)"],
      [null, "The relative quiet and stability in Idlib"],
      ["Mr T", "So Assad army is fighting Wahhabi ISIS"],
      [null, "so ISIS changed its tactics"],
      ["cechas vodobenikov", "ISIS is amerika"],
    ]);
  });

  it("flags the least certain author line and drops the comment widget footer", () => {
    expect(
      result.warnings.some((w) => w.where === "line 40" && /author name/.test(w.message)),
    ).toBe(true);
    expect(article.comments.some((c) => /Would love your thoughts/.test(c.body))).toBe(false);
    expect(article.comments.every((c) => c.postedAt === null && c.externalId === null)).toBe(true);
  });
});

// Who an author is: the site of an article URL and the matching key (account id, else name).
import { describe, expect, it } from "vitest";
import { authorMatchKey, siteOfUrl } from "@/lib/authors/identity";

describe("author identity", () => {
  it("takes the site from the URL's host, lower-cased, without www., port, user or path", () => {
    expect(siteOfUrl("https://www.Paper.example/story?x=1#c")).toBe("paper.example");
    expect(siteOfUrl("http://user:pw@news.example:8080/a")).toBe("news.example");
    expect(siteOfUrl("not a url")).toBe("");
    expect(siteOfUrl(null)).toBe("");
  });

  it("matches by account id before the name, per site", () => {
    expect(
      authorMatchKey("paper.example", { author: "Ann  Smith", authorExternalId: " 42 " }),
    ).toBe("paper.example|id:42");
    expect(authorMatchKey("paper.example", { author: "Ann  Smith" })).toBe(
      "paper.example|n:ann smith",
    );
    expect(authorMatchKey("other.example", { author: "ann smith" })).not.toBe(
      authorMatchKey("paper.example", { author: "ann smith" }),
    );
    expect(authorMatchKey("", { author: "   " })).toBeNull();
  });
});

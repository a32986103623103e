// Fact-check libraries as they come: loaders reject bad records with their place and keep the rest;
// verdicts and tokens are normalised the same way for every format.

import { describe, expect, it } from "vitest";
import {
  loadClaimReviewJson,
  loadFactChecksCsv,
  loadFactChecksJsonl,
  normalizeVerdict,
  tokenize,
} from "@/lib/triage/factcheck";

describe("loadFactChecksJsonl", () => {
  it("loads good lines, reports bad ones by line number, and folds verdicts", () => {
    const text = [
      '{"id": "f1", "claim": "ISIS is run by the CIA.", "verdict": "Pants on Fire", "url": "https://example.org/f1"}',
      "",
      "{not json",
      '{"id": "f2", "verdict": "false"}',
      '{"id": "f3", "claim": "The OPCW faked its report.", "verdict": "false", "url": "javascript:alert(1)"}',
      '{"id": 4, "text": "US troops steal Syrian oil.", "rating": "Missing context", "source": "Demo"}',
      '{"id": "f1", "claim": "A second record with the same id.", "verdict": "true"}',
      '["an", "array"]',
    ].join("\n");
    const { claims, errors } = loadFactChecksJsonl(text);
    expect(claims).toEqual([
      {
        id: "f1",
        claim: "ISIS is run by the CIA.",
        verdict: "false",
        url: "https://example.org/f1",
        publisher: null,
      },
      {
        id: "4",
        claim: "US troops steal Syrian oil.",
        verdict: "needs-context",
        url: null,
        publisher: "Demo",
      },
    ]);
    expect(errors.map((e) => e.where)).toEqual(["line 3", "line 4", "line 5", "line 7", "line 8"]);
    expect(errors[1].message).toMatch(/claim/);
    expect(errors[2].message).toMatch(/url/);
    expect(errors[3].message).toMatch(/duplicate id "f1"/);
  });
});

describe("loadFactChecksCsv", () => {
  it("reads the standard header, quoted delimiters, and reports rows that do not fit", () => {
    const text = [
      "id,claim,verdict,url,publisher",
      'f1,"ISIS, the group, is run by the CIA.",false,https://example.org/f1,Demo desk',
      "f2,Too,many,cells,here,really",
      "f3,,false,,",
      "f4,Israel never gets attacked by ISIS.,Mostly False,,",
    ].join("\r\n");
    const { claims, errors } = loadFactChecksCsv(text);
    expect(claims.map((c) => [c.id, c.claim, c.verdict, c.publisher])).toEqual([
      ["f1", "ISIS, the group, is run by the CIA.", "false", "Demo desk"],
      ["f4", "Israel never gets attacked by ISIS.", "misleading", null],
    ]);
    expect(errors.map((e) => e.where)).toEqual(["line 3", "line 4"]);
  });

  it("understands common alternative column names and tab separators", () => {
    const text =
      "Claim ID\tClaim Text\tRating\tLink\tSource\nx1\tThe OPCW fabricated its Douma report.\tFALSE\thttps://example.org/x1\tDemo\n";
    const { claims, errors } = loadFactChecksCsv(text);
    expect(errors).toEqual([]);
    expect(claims).toEqual([
      {
        id: "x1",
        claim: "The OPCW fabricated its Douma report.",
        verdict: "false",
        url: "https://example.org/x1",
        publisher: "Demo",
      },
    ]);
  });

  it("derives stable ids when the file has no id column", () => {
    const text = "claim,verdict\nISIS is America.,false\nThe US steals Syrian oil.,mixed\n";
    const first = loadFactChecksCsv(text).claims.map((c) => c.id);
    const reordered = loadFactChecksCsv(
      "claim,verdict\nThe US steals Syrian oil.,mixed\nISIS is America.,false\n",
    );
    expect(first[0]).toMatch(/^fc-[0-9a-f]{8}$/);
    expect(reordered.claims.map((c) => c.id)).toEqual([first[1], first[0]]);
  });

  it("says which column is missing instead of loading nothing silently", () => {
    const { claims, errors } = loadFactChecksCsv("id,statement_of_fact,verdict\n1,abc,false\n");
    expect(claims).toEqual([]);
    expect(errors).toEqual([
      { where: "line 1", message: expect.stringMatching(/no claim column/) },
    ]);
  });
});

describe("loadClaimReviewJson", () => {
  const review = (over: Record<string, unknown> = {}) => ({
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: "https://example.org/review/1",
    claimReviewed: "The United States created ISIS.",
    author: { "@type": "Organization", name: "Example Checks" },
    itemReviewed: { "@type": "Claim", author: { "@type": "Person", name: "A commenter" } },
    reviewRating: {
      "@type": "Rating",
      ratingValue: 1,
      bestRating: 5,
      worstRating: 1,
      alternateName: "False",
    },
    headline: "Did the US create ISIS?",
    ...over,
  });

  it("maps a single ClaimReview object", () => {
    const url = "https://example.org/review/1";
    expect(loadClaimReviewJson(JSON.stringify(review()))).toEqual({
      claims: [
        {
          id: url,
          claim: "The United States created ISIS.",
          verdict: "false",
          url,
          publisher: "Example Checks",
          title: "Did the US create ISIS?",
          claimant: "A commenter",
        },
      ],
      errors: [],
      undated: [],
    });
  });

  it("finds reviews in arrays, @graph and DataFeeds, skipping other node types", () => {
    const graph = {
      "@graph": [
        { "@type": "WebPage", name: "page" },
        review({ url: "https://example.org/review/2" }),
      ],
    };
    const feed = {
      "@type": "DataFeed",
      dataFeedElement: [
        { "@type": "DataFeedItem", item: [review({ url: "https://example.org/review/3" })] },
      ],
    };
    const array = [
      review({ url: "https://example.org/review/4", claimReviewed: "Israel arms ISIS." }),
    ];
    expect(loadClaimReviewJson(JSON.stringify(graph)).claims.map((c) => c.id)).toEqual([
      "https://example.org/review/2",
    ]);
    expect(loadClaimReviewJson(JSON.stringify(feed)).claims.map((c) => c.id)).toEqual([
      "https://example.org/review/3",
    ]);
    expect(loadClaimReviewJson(JSON.stringify(array)).claims[0].claim).toBe("Israel arms ISIS.");
  });

  it("uses numeric ratings when there is no label, loads unrated reviews and reports reviews it cannot use", () => {
    const numeric = review({ reviewRating: { ratingValue: 5, bestRating: 5, worstRating: 1 } });
    const unrated = review({ url: "https://example.org/review/9", reviewRating: {} });
    const noClaim = review({ url: "https://example.org/review/10", claimReviewed: undefined });
    const { claims, errors } = loadClaimReviewJson(JSON.stringify([numeric, unrated, noClaim]));
    expect(claims.map((c) => c.verdict)).toEqual(["true", "unrated"]);
    expect(errors.map((e) => e.where)).toEqual(["$[2]"]);
  });

  it("reports unreadable files and files without any ClaimReview", () => {
    expect(loadClaimReviewJson("{oops").errors).toEqual([
      { where: "file", message: "not valid JSON" },
    ]);
    expect(loadClaimReviewJson('{"@type": "WebPage"}').errors[0].message).toMatch(/no ClaimReview/);
  });
});

describe("normalizeVerdict", () => {
  it("folds publishers' labels into Vigil's vocabulary and keeps unknown ones", () => {
    const labels = [
      "Pants on Fire!",
      "Mostly False",
      "Half True",
      "Missing context",
      "Unproven",
      "Mostly true",
      "Satire",
      "Four Pinocchios",
      "Some house label",
    ];
    expect(labels.map(normalizeVerdict)).toEqual([
      "false",
      "misleading",
      "mixed",
      "needs-context",
      "unproven",
      "true",
      "satire",
      "false",
      "some house label",
    ]);
  });
});

describe("tokenize", () => {
  it("folds the many names of ISIS and the United States into one term each", () => {
    for (const text of ["ISIS", "ISIL", "Daesh", "Dáesh", "the Islamic State", "IS fighters"]) {
      expect(tokenize(text)).toContain("isis");
    }
    for (const text of ["the U.S. army", "USA", "amerika", "the United States", "the US base"]) {
      expect(tokenize(text)).toContain("usa");
    }
  });

  it("keeps shouted pronouns and the verb 'is' out of it", () => {
    expect(tokenize("TELL US THE TRUTH")).not.toContain("usa");
    expect(tokenize("this IS FAKE")).not.toContain("isis");
    expect(tokenize("let us see what is left")).toEqual(["see", "left"]);
  });

  it("stems, splits hashtags and drops links", () => {
    expect(tokenize("#StopTheWar created creating https://t.co/abc")).toEqual([
      "stop",
      "war",
      "creat",
      "creat",
    ]);
  });
});

// Dates in fact-check matching: when a fact-check was published and when a comment (or the post it
// quotes) was written. The ranker prefers fact-checks published soon after the comment; an unknown
// date changes nothing. Libraries and `vigil score` lines carry dates in the usual forms and a bad
// one is reported where it is.
import { describe, expect, it } from "vitest";
import {
  bylineDay,
  commentDay,
  DATE_FEATURES,
  dateFeatures,
  isoDay,
  parseDay,
} from "@/lib/triage/factcheck/claim-dates";
import { createClaimMatcher } from "@/lib/triage/factcheck/claim-matcher";
import { loadLibrary } from "@/lib/triage/factcheck/load-library";
import {
  RANKER_WEIGHTS,
  rawLogit,
  scoreCandidates,
  STAGE1_FEATURES,
} from "@/lib/triage/factcheck/ranker";
import { parseLine } from "@/lib/cli/commands/score";

const day = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 864e5;

describe("dates", () => {
  it("reads ISO, day-month-year and month-day-year dates, and nothing else", () => {
    expect(parseDay("2019-03-24")).toBe(day("2019-03-24"));
    expect(parseDay("2019-03-24T23:10:00Z")).toBe(day("2019-03-24"));
    expect(parseDay("2019-03-24T10:00:00.000+02:00")).toBe(day("2019-03-24"));
    expect(parseDay("26 May 2015")).toBe(day("2015-05-26"));
    expect(parseDay(" 6 march 2021 ")).toBe(day("2021-03-06"));
    expect(parseDay("March 24, 2019")).toBe(day("2019-03-24"));
    expect(parseDay("Sep 3 2020")).toBe(day("2020-09-03"));
    expect(parseDay(new Date(Date.UTC(2020, 0, 2, 15)))).toBe(day("2020-01-02"));
    expect(parseDay("24/03/2019")).toBe(day("2019-03-24"));
    expect(parseDay("Fri, 30 Jun 2017 14:33:00 +0000")).toBe(day("2017-06-30"));
    for (const bad of ["", "yesterday", "2019-13-01", "05/06/2019", "1850-01-01", "31/02/2019"])
      expect(parseDay(bad), bad).toBeNull();
    expect(parseDay(null)).toBeNull();
    expect(parseDay(undefined)).toBeNull();
    expect(isoDay(day("2015-05-26"))).toBe("2015-05-26");
  });

  it("dates a text by the last embedded post's byline, else by the comment's own date", () => {
    const quoted =
      "No Collusion, No Obstruction! — Some Person (@someone) March 24, 2019 and a reply — Other (@other) March 25, 2019";
    expect(bylineDay(quoted)).toBe(day("2019-03-25"));
    // A date in the words is not a byline: it may name any time.
    expect(bylineDay("On December 7, 1941 the fleet was attacked")).toBeNull();
    expect(commentDay(quoted, "2024-01-01")).toBe(day("2019-03-25"));
    expect(commentDay("plain words", "2024-01-01")).toBe(day("2024-01-01"));
    expect(commentDay("plain words")).toBeNull();
  });

  it("turns the days between comment and fact-check into the gap, 'near' and 'before' features", () => {
    expect(DATE_FEATURES).toHaveLength(3);
    expect(dateFeatures(100, 102)).toEqual([Math.log1p(2), 1, 0]);
    expect(dateFeatures(100, 98)).toEqual([Math.log1p(2), 1, 0]);
    expect(dateFeatures(100, 50)).toEqual([Math.log1p(50), 0, 1]);
    expect(dateFeatures(100, 200)).toEqual([Math.log1p(100), 0, 0]);
    expect(dateFeatures(null, 5)).toEqual([NaN, NaN, NaN]);
    expect(dateFeatures(5, null)).toEqual([NaN, NaN, NaN]);
  });
});

describe("the ranker and dates", () => {
  it("counts an unknown date as no evidence: the logit is the one without the date features", () => {
    const model = RANKER_WEIGHTS.stage1;
    expect(model.features).toEqual([...STAGE1_FEATURES]);
    const at = DATE_FEATURES.map((f) => STAGE1_FEATURES.indexOf(f));
    const x = model.mean.map((m, j) => m + (j % 2 ? 0.5 : -0.5) * model.scale[j]);
    const unknown = x.map((v, j) => (at.includes(j) ? NaN : v));
    const withoutDates = {
      ...model,
      weights: model.weights.map((w, j) => (at.includes(j) ? 0 : w)),
    };
    expect(rawLogit(model, unknown)).toBeCloseTo(rawLogit(withoutDates, x), 10);
    // The shipped weights read a fact-check from soon after the comment as the likelier one.
    const near = [...x];
    const far = [...x];
    [near[at[0]], near[at[1]], near[at[2]]] = dateFeatures(0, 2);
    [far[at[0]], far[at[1]], far[at[2]]] = dateFeatures(0, -1500);
    expect(rawLogit(model, near)).toBeGreaterThan(rawLogit(model, far));
  });

  it("scores a candidate without a known gap with its own calibration and cut-off", () => {
    for (const model of [RANKER_WEIGHTS.stage1, RANKER_WEIGHTS.stage2]) {
      expect(model.undatedCalibration).toBeDefined();
      expect(model.undatedShift).toEqual(expect.any(Number));
      expect(model.undatedChosenOn!.precision).toBeGreaterThanOrEqual(0.85);
      expect(model.chosenOn!.precision).toBeGreaterThanOrEqual(0.85);
    }
    const model = RANKER_WEIGHTS.stage1;
    const at = DATE_FEATURES.map((f) => STAGE1_FEATURES.indexOf(f));
    const x = [...model.mean];
    x[STAGE1_FEATURES.indexOf("claimShare")] = 1;
    const unknown = x.map((v, j) => (at.includes(j) ? NaN : v));
    // A lone candidate leads by nothing.
    const z = rawLogit(model, unknown);
    const cal = model.undatedCalibration!;
    const expected = 1 / (1 + Math.exp(-(cal.bias + cal.weights[0] * z - model.undatedShift!)));
    expect(scoreCandidates(model, [unknown])[0]).toBeCloseTo(expected, 10);
    const known = model.calibration!;
    const dated =
      1 / (1 + Math.exp(-(known.bias + known.weights[0] * rawLogit(model, x) - model.shift)));
    expect(scoreCandidates(model, [x])[0]).toBeCloseTo(dated, 10);
  });

  const library = [
    {
      id: "old",
      claim: "A video shows a crowd in London chanting that they love the president.",
      date: "2012-06-05",
    },
    {
      id: "new",
      claim: "A video shows a crowd in London chanting that they love the president.",
      date: "2019-06-05",
    },
  ];

  it("puts the fact-check published just after the comment first, whichever it is", () => {
    const matcher = createClaimMatcher(library);
    const text = "Look at this crowd in London chanting that they love the president";
    expect(matcher.candidates(text, 30, undefined, "2019-06-04")[0].id).toBe("new");
    expect(matcher.candidates(text, 30, undefined, "2012-06-03")[0].id).toBe("old");
    // A quoted post's byline dates the comment too.
    expect(matcher.candidates(`${text} — A Reporter (@reporter) June 3, 2012`)[0].id).toBe("old");
    // Undated claims: the comment's date alone changes nothing.
    const undated = createClaimMatcher(library.map(({ id, claim }) => ({ id, claim })));
    expect(undated.candidates(text, 30, undefined, "2019-06-04")).toEqual(undated.candidates(text));
  });
});

describe("dates in libraries and input lines", () => {
  it("loads a library's dates in any accepted form; an unreadable date costs the date, not the claim", () => {
    const { result } = loadLibrary(
      "dated.jsonl",
      [
        { id: "a", claim: "The bridge was painted purple overnight.", date: "26 May 2015" },
        { id: "b", claim: "Carrots give you night vision.", datePublished: "2019-03-24T10:00:00Z" },
        { id: "c", claim: "The lake turns pink every full moon." },
        { id: "d", claim: "Cows stop giving milk near wind turbines.", date: "last spring" },
        { id: "e", claim: "The moon landing was filmed in a studio.", date: "21February 2009" },
        { id: "f", claim: "A shark swam down a flooded highway.", date: { year: 2017 } },
      ]
        .map((r) => JSON.stringify(r))
        .join("\n"),
    );
    expect(result.errors).toEqual([]);
    expect(result.claims.map((c) => [c.id, c.date ?? null])).toEqual([
      ["a", "2015-05-26"],
      ["b", "2019-03-24"],
      ["c", null],
      ["d", null],
      ["e", null],
      ["f", null],
    ]);
    expect(result.undated).toEqual([
      { where: "line 4", message: 'date "last spring" is not a date; loaded without one' },
      { where: "line 5", message: 'date "21February 2009" is not a date; loaded without one' },
      { where: "line 6", message: 'date "{"year":2017}" is not a date; loaded without one' },
    ]);
  });

  it("reads ClaimReview's datePublished", () => {
    const { result } = loadLibrary(
      "review.json",
      JSON.stringify({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        url: "https://example.org/review/z",
        claimReviewed: "Wind turbines make nearby cows stop giving milk.",
        datePublished: "2020-02-03",
        reviewRating: { "@type": "Rating", alternateName: "False" },
      }),
    );
    expect(result.errors).toEqual([]);
    expect(result.claims[0].date).toBe("2020-02-03");
  });

  it("takes a comment's date from a `vigil score` line and rejects one that is not a date", () => {
    expect(parseLine(JSON.stringify({ id: 1, text: "x", date: "2019-03-24" }))).toEqual({
      id: 1,
      input: { text: "x", context: { title: null, parent: null, postedAt: "2019-03-24" } },
    });
    expect(
      parseLine(
        JSON.stringify({ id: 2, text: "x", context: { title: "T", postedAt: "March 1, 2020" } }),
      ),
    ).toEqual({
      id: 2,
      input: { text: "x", context: { title: "T", parent: null, postedAt: "March 1, 2020" } },
    });
    expect(parseLine(JSON.stringify({ id: 3, text: "x", postedAt: "soon" }))).toEqual({
      id: 3,
      error: expect.stringMatching(/^"postedAt" must be a date/),
    });
    expect(parseLine(JSON.stringify({ id: 4, text: "x", date: 20190324 }))).toEqual({
      id: 4,
      error: expect.stringMatching(/^"date" must be a date/),
    });
    expect(parseLine(JSON.stringify({ id: 5, text: "x" }))).toEqual({
      id: 5,
      input: { text: "x", context: undefined },
    });
  });
});

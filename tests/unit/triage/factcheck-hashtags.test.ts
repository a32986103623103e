// Run-together hashtags and handles split into the library's own words, so a tagged comment finds
// the claim that spells the words apart.

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createClaimMatcher, type TClaimDocument } from "@/lib/triage/factcheck";
import { createTagSplitter, segment } from "@/lib/triage/factcheck/hashtags";
import { commentEmbeddingText } from "@/lib/triage/factcheck/rerank";

const VOCABULARY = new Set(
  "fyre festival music stoneman douglas shooting fake bombs false flag corn flakes in of".split(
    " ",
  ),
);

describe("segment", () => {
  it("splits a run-together word into known words, fewest pieces first", () => {
    expect(segment("fyrefestival", VOCABULARY)).toEqual(["fyre", "festival"]);
    expect(segment("stonemanshooting", VOCABULARY)).toEqual(["stoneman", "shooting"]);
    expect(segment("falseflag", VOCABULARY)).toEqual(["false", "flag"]);
  });

  it("leaves a word alone when any part of it is unknown or it is one word", () => {
    expect(segment("exumaairport", VOCABULARY)).toBeNull();
    expect(segment("festival", VOCABULARY)).toBeNull();
    expect(segment("", VOCABULARY)).toBeNull();
  });

  it("rebuilds the word from its pieces, every piece known (any input)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{0,24}$/), (word) => {
        const pieces = segment(word, VOCABULARY);
        if (pieces === null) return;
        expect(pieces.join("")).toBe(word);
        expect(pieces.length).toBeGreaterThanOrEqual(2);
        for (const p of pieces) expect(p.length >= 3 ? VOCABULARY.has(p) : p.length).toBeTruthy();
      }),
    );
  });
});

describe("createTagSplitter", () => {
  const split = createTagSplitter(VOCABULARY);

  it("reads lower-case hashtags and handles, not ordinary words or camel-cased tags", () => {
    expect(split("What a mess #fyrefestival #hoax @fakebombs")).toEqual([
      "fyre",
      "festival",
      "fake",
      "bombs",
    ]);
    expect(split("fyrefestival without a hash sign")).toEqual([]);
    // Camel case is already split by the tokenizer; its parts are known words.
    expect(split("#FyreFestival")).toEqual([]);
    expect(split("no tags at all")).toEqual([]);
  });
});

describe("claim candidates with run-together tags", () => {
  const LIBRARY: TClaimDocument[] = [
    {
      id: "fyre",
      claim: "The Fyre Festival left attendees stranded on an island.",
      title: "Fyre Festival Descends Into Chaos?",
    },
    { id: "flakes", claim: "Corn flakes were invented to curb appetites." },
    { id: "other", claim: "A music festival in Spain was cancelled because of rain." },
  ];
  const matcher = createClaimMatcher(LIBRARY);

  it("brings up the claim whose words the tag runs together", () => {
    // The tag is the only thing these comments share with a claim.
    expect(matcher.candidates("Absolutely unbelievable scenes #fyrefestival")[0]?.id).toBe("fyre");
    expect(matcher.candidates("breakfast time, anyone? #cornflakes")[0]?.id).toBe("flakes");
  });
});

describe("commentEmbeddingText", () => {
  it("drops links and reads tags as words for the encoder", () => {
    expect(
      commentEmbeddingText("Look #StopTheWar @Some_Body https://t.co/x pic.twitter.com/y"),
    ).toBe("Look Stop The War Some Body");
  });
});

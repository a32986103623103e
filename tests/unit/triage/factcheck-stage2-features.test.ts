// Stage-2 signals of claim matching that need no encoder: the numbers a comment and a claim
// share, the stage-2 feature vector, and how a claim's and its title's vectors are stored as one.
import { describe, expect, it } from "vitest";
import { ENCODER_DIM } from "@/lib/triage/encoder/sentence-encoder";
import { commentNumbers, numberFeatures } from "@/lib/triage/factcheck/claim-numbers";
import { STAGE2_FEATURES, stage2Features } from "@/lib/triage/factcheck/ranker";
import { joinClaimVectors, splitClaimVector } from "@/lib/triage/factcheck/rerank";

describe("numbers as a stage-2 signal", () => {
  it("counts the claim's and title's numbers the comment states, links left out", () => {
    const said = commentNumbers("In 2019 they paid 1.5 million https://t.co/x9 and 3 more");
    expect([...said].sort()).toEqual(["1.5", "2019", "3"]);
    expect(numberFeatures(said, { claim: "Paid 1.5 million in 2019.", title: "3 things" })).toEqual(
      [3, 0],
    );
    expect(numberFeatures(said, { claim: "Paid 7 million in 2019." })).toEqual([1, 1]);
    expect(numberFeatures(new Set(), { claim: "No figures here." })).toEqual([0, 0]);
  });
});

describe("stage-2 feature vectors", () => {
  it("append cosine, title cosine (value, gap, rank) and the numbers to the stage-1 features", () => {
    const stage1 = [
      [1, 2, 3, 4, 5, 6, 7, 8, 9],
      [10, 11, 12, 13, 14, 15, 16, 17, 18],
    ];
    const xs = stage2Features(stage1, {
      cosines: [0.2, 0.6],
      titleCosines: [0.5, 0.1],
      numbers: [
        [1, 0],
        [0, 1],
      ],
    });
    for (const x of xs) expect(x).toHaveLength(STAGE2_FEATURES.length);
    // Without dense signals every candidate counts as a BM25 one, not among the nearest.
    expect(xs[0].slice(9)).toEqual([0.2, 0.2 - 0.6, 0.5, 0.5, 0, 1, 1, 0, 0, 1]);
    expect(xs[1].slice(9)).toEqual([0.6, 0, 1, 0.1, 0.1 - 0.5, 0.5, 0, 1, 0, 1]);
  });

  it("mark how a candidate was found: its rank among the encoder's nearest, and BM25 or not", () => {
    const xs = stage2Features([[1], [2], [3]], {
      cosines: [0.1, 0.2, 0.3],
      titleCosines: [0.1, 0.2, 0.3],
      numbers: [
        [0, 0],
        [0, 0],
        [0, 0],
      ],
      denseRanks: [-1, 0, 3],
      bm25: [true, true, false],
    });
    expect(xs.map((x) => x.slice(-2))).toEqual([
      [0, 1],
      [1, 1],
      [0.25, 0],
    ]);
  });
});

describe("stored claim vectors", () => {
  const claim = Float32Array.from({ length: ENCODER_DIM }, (_, i) => i);
  const title = Float32Array.from({ length: ENCODER_DIM }, (_, i) => -i);

  it("keep the title's vector after the claim's, and split back", () => {
    const joined = joinClaimVectors({ claim, title });
    expect(joined).toHaveLength(2 * ENCODER_DIM);
    const back = splitClaimVector({ title: "A headline" }, joined)!;
    expect([...back.claim]).toEqual([...claim]);
    expect([...back.title!]).toEqual([...title]);
    expect(splitClaimVector({ title: null }, joinClaimVectors({ claim, title: null }))).toEqual({
      claim,
      title: null,
    });
  });

  it("treat a vector stored without the title a titled claim now has as stale", () => {
    expect(splitClaimVector({ title: "A headline" }, claim)).toBeUndefined();
    expect(splitClaimVector({ title: "" }, joinClaimVectors({ claim, title }))).toBeUndefined();
    expect(splitClaimVector({}, null)).toBeUndefined();
  });
});

// Dense candidates of stage 2: the claims nearest to a comment by encoder cosine over the whole
// library join the BM25 candidates, scored with the same stage-1 features and marked as extras.
import { describe, expect, it } from "vitest";
import { ENCODER_DIM } from "@/lib/triage/encoder/sentence-encoder";
import { createClaimMatcher } from "@/lib/triage/factcheck/claim-matcher";
import { identityProjection } from "@/lib/triage/factcheck/embedding-projection";
import { nearestClaims } from "@/lib/triage/factcheck/rerank";

const LIBRARY = [
  { id: "moon", claim: "The moon landing footage was filmed in a film studio." },
  { id: "water", claim: "Drinking cold water after meals causes heart attacks." },
  { id: "carrots", claim: "Eating carrots lets people see in complete darkness." },
  { id: "bridge", claim: "The city will paint the old bridge purple next spring." },
];

function axis(i: number, j = -1): Float32Array {
  const v = new Float32Array(ENCODER_DIM);
  v[i] = 1;
  if (j >= 0) v[j] = 1;
  return v;
}

describe("extra (dense) candidates in stage 1's retrieval", () => {
  const matcher = createClaimMatcher(LIBRARY);

  it("follow the BM25 candidates with the same features, marked as extras, never twice", () => {
    const text = "the moon landing was filmed in a studio";
    const plain = matcher.candidates(text, 100);
    expect(plain.map((c) => c.id)).toEqual(["moon"]);
    const withExtras = matcher.candidates(text, 100, [2, 0, 2]);
    expect(withExtras.map((c) => c.id).sort()).toEqual(["carrots", "moon"]);
    const carrots = withExtras.find((c) => c.id === "carrots")!;
    expect(carrots.extra).toBe(true);
    expect(carrots.features).toHaveLength(plain[0].features.length);
    // It shares no word with the comment: no BM25 share, so it can never be suggested.
    expect(carrots.features[0]).toBe(0);
    expect(carrots.suggested).toBe(false);
    expect(withExtras.find((c) => c.id === "moon")!.extra).toBeUndefined();
  });

  it("ignore positions outside the library", () => {
    expect(matcher.candidates("moon landing", 100, [-1, 99]).map((c) => c.id)).toEqual(["moon"]);
  });
});

describe("nearest claims by cosine over the whole library", () => {
  const vectors = [
    { claim: axis(0), title: null },
    undefined,
    { claim: axis(1, 2), title: null },
    { claim: axis(2), title: null },
  ];

  it("returns the k nearest positions, nearest first, skipping claims without a vector", () => {
    const p = identityProjection(ENCODER_DIM);
    expect(nearestClaims(axis(2), vectors, 2, p)).toEqual([3, 2]);
    // Ties keep library order.
    expect(nearestClaims(axis(0), vectors, 10, p)).toEqual([0, 2, 3]);
    expect(nearestClaims(axis(0), vectors, 0, p)).toEqual([]);
  });
});

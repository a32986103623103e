// Stage 2's re-ranked claims replace stage 1's list and the misinformation score, flags and
// priority follow them: a claim demoted below the cut-off stops raising the comment's priority.
import { describe, expect, it } from "vitest";
import { computePriority, DEFAULT_THRESHOLDS } from "@/lib/triage/combine";
import { CLAIM_WEIGHT, createTriageEngine } from "@/lib/triage/engine";
import { applyRerankedClaims } from "@/lib/triage/factcheck/apply-reranked-claims";
import { createClaimMatcher } from "@/lib/triage/factcheck/claim-matcher";

const LIBRARY = [
  { id: "moon", claim: "The moon landing footage was filmed in a film studio." },
  { id: "water", claim: "Drinking cold water after meals causes heart attacks." },
  { id: "bridge", claim: "The city will paint the old bridge purple next spring." },
];
const engine = createTriageEngine({ terms: [], claimMatcher: createClaimMatcher(LIBRARY) });
const TEXT = "They never went to the moon, the landing footage was filmed in a film studio!";

describe("re-ranked claims in a triage result", () => {
  it("stage 1 suggests the claim and counts it as misinformation", () => {
    const stage1 = engine.score({ text: TEXT });
    expect(stage1.claims[0]).toMatchObject({ id: "moon", suggested: true });
    expect(stage1.scores.misinformation).toBeGreaterThan(0.4);
  });

  it("a list with no suggestion drops misinformation, its flag and the priority", () => {
    const stage1 = engine.score({ text: TEXT });
    const demoted = stage1.claims.map((c) => ({ ...c, score: 0.2, suggested: false }));
    const out = applyRerankedClaims(stage1, demoted, DEFAULT_THRESHOLDS);
    expect(out.claims).toEqual(demoted);
    expect(out.scores.misinformation).toBe(0);
    expect(out.flagged).not.toContain("misinformation");
    expect(out.priority).toBe(computePriority(out.scores));
    expect(out.priority).toBeLessThan(stage1.priority);
    expect(out.analyzers.find((a) => a.name === "claims")?.scores).toEqual({});
    // The input result is left as it was.
    expect(stage1.claims[0].suggested).toBe(true);
  });

  it("a stronger suggestion raises misinformation to its weighted score", () => {
    const stage1 = engine.score({ text: TEXT });
    const promoted = [
      { id: "water", score: 0.95, suggested: true },
      ...stage1.claims.map((c) => ({ ...c, suggested: false })),
    ];
    const out = applyRerankedClaims(stage1, promoted, DEFAULT_THRESHOLDS);
    expect(out.scores.misinformation).toBeCloseTo(0.95 * CLAIM_WEIGHT, 3);
    expect(out.flagged).toContain("misinformation");
    expect(out.priority).toBe(computePriority(out.scores));
  });

  it("leaves misinformation alone when stage 2 scored it itself", () => {
    const stage1 = engine.score({ text: TEXT });
    const withStage2 = {
      ...stage1,
      analyzers: [
        ...stage1.analyzers,
        { name: "stage2", version: "t", scores: { misinformation: 0.7 }, spans: [] },
      ],
    };
    const out = applyRerankedClaims(withStage2, [], DEFAULT_THRESHOLDS);
    expect(out.scores.misinformation).toBe(stage1.scores.misinformation);
  });
});

// Precision and recall of the automatic flags on a hand-made set of decisions; every expected number
// is counted by hand in the comments.
import { describe, expect, it } from "vitest";
import {
  computeQualityFor,
  computeTriageQuality,
  labelFor,
  THRESHOLD_GRID,
  type TQualitySample,
} from "@/lib/reports/triage-quality";
import { DEFAULT_THRESHOLDS } from "@/lib/reports/harms";
import { HARMS, type THarm } from "@/lib/triage/types";

const scores = (s: Partial<Record<THarm, number>>) =>
  Object.fromEntries(HARMS.map((h) => [h, s[h] ?? 0])) as Record<THarm, number>;

// c1..c7 as in the reports fixture, plus two more approved comments to make the curve move.
const SAMPLES: TQualitySample[] = [
  { status: "FLAGGED", category: "HATE", scores: scores({ hate: 0.9 }), flagged: ["hate"] }, // hate: positive, predicted
  { status: "FLAGGED", category: "HATE", scores: scores({ hate: 0.7 }), flagged: ["hate"] }, // hate: positive, predicted
  { status: "FLAGGED", category: "HATE", scores: scores({ hate: 0.2 }), flagged: [] }, // hate: positive, missed
  {
    status: "HIDDEN",
    category: null,
    scores: scores({ misinformation: 0.8 }),
    flagged: ["misinformation"],
  }, // no harm named
  {
    status: "FLAGGED",
    category: "THREAT",
    scores: scores({ hate: 0.6, threat: 0.6 }),
    flagged: ["hate", "threat"],
  }, // threat positive; excluded for hate
  { status: "APPROVED", category: null, scores: scores({ hate: 0.55 }), flagged: ["hate"] }, // negative everywhere; hate false alarm
  { status: "APPROVED", category: null, scores: scores({ hate: 0.1, threat: 0.3 }), flagged: [] }, // negative, quiet
  { status: "FLAGGED", category: "SPAM", scores: scores({ hate: 0.95 }), flagged: ["hate"] }, // spam: excluded for every harm and for "any"
];

describe("labels", () => {
  it("reads a decision as positive only for the harm its category names", () => {
    expect(labelFor(SAMPLES[0], "hate")).toBe(true);
    expect(labelFor(SAMPLES[4], "hate")).toBeNull();
    expect(labelFor(SAMPLES[4], "threat")).toBe(true);
    expect(labelFor(SAMPLES[5], "threat")).toBe(false);
    expect(labelFor(SAMPLES[3], "misinformation")).toBeNull(); // hidden without a category
    expect(labelFor(SAMPLES[3], "any")).toBe(true);
    expect(labelFor(SAMPLES[7], "any")).toBeNull();
  });
});

describe("precision and recall", () => {
  // The hand counts below assume a hate threshold of 0.5 (the shipped default may differ).
  const rows = computeTriageQuality(SAMPLES, { ...DEFAULT_THRESHOLDS, hate: 0.5 });
  const row = (h: string) => rows.find((r) => r.harm === h)!;

  it("grades hate at the current threshold from the stored flags", () => {
    // labelled: c1 +, c2 +, c3 +, c6 -, c7 -  → predicted c1, c2, c6 → TP 2, FP 1, FN 1, TN 1
    expect(row("hate")).toMatchObject({ positives: 3, negatives: 2, excluded: 3 });
    expect(row("hate").current).toMatchObject({ threshold: 0.5, tp: 2, fp: 1, fn: 1, tn: 1 });
    expect(row("hate").current.precision).toBeCloseTo(2 / 3);
    expect(row("hate").current.recall).toBeCloseTo(2 / 3);
    expect(row("hate").current.f1).toBeCloseTo(2 / 3);
  });

  it("draws the hate curve over thresholds", () => {
    const at = (t: number) => row("hate").curve.find((p) => p.threshold === t)!;
    // 0.15: c1, c2, c3 (0.2), c6 (0.55) predicted; c7 (0.1) not → TP 3, FP 1 → P 0.75, R 1
    expect(at(0.15)).toMatchObject({ tp: 3, fp: 1, fn: 0, tn: 1, precision: 0.75, recall: 1 });
    // 0.6: c1, c2 only → P 1, R 2/3
    expect(at(0.6)).toMatchObject({ tp: 2, fp: 0, fn: 1 });
    expect(at(0.6).precision).toBe(1);
    // 0.95: nothing of the labelled reaches it → precision undefined, recall 0
    expect(at(0.95)).toMatchObject({ tp: 0, fp: 0, fn: 3, precision: null, recall: 0, f1: null });
    expect(row("hate").curve.map((p) => p.threshold)).toEqual(THRESHOLD_GRID);
    expect(THRESHOLD_GRID[0]).toBe(0.05);
    expect(THRESHOLD_GRID[18]).toBe(0.95);
  });

  it("grades threat, and leaves undefined what nothing measures", () => {
    // labelled: c5 +, c6 -, c7 - → c5 predicted → P 1, R 1
    expect(row("threat").current).toMatchObject({
      tp: 1,
      fp: 0,
      fn: 0,
      tn: 2,
      precision: 1,
      recall: 1,
    });
    // threat 0.3 on c7 crosses a 0.25 threshold: a false alarm
    expect(row("threat").curve.find((p) => p.threshold === 0.25)).toMatchObject({
      tp: 1,
      fp: 1,
      precision: 0.5,
    });
    // misinformation: only approvals are labelled and none was flagged → no precision, no recall
    expect(row("misinformation").current).toMatchObject({
      tp: 0,
      fp: 0,
      fn: 0,
      tn: 2,
      precision: null,
      recall: null,
    });
  });

  it("grades 'any harm' against every harmful verdict", () => {
    // labelled: c1..c5 +, c6 -, c7 - (spam excluded); predicted: c1, c2, c4, c5, c6 → TP 4, FP 1, FN 1, TN 1
    expect(row("any")).toMatchObject({ positives: 5, negatives: 2, excluded: 1 });
    expect(row("any").current).toMatchObject({
      threshold: null,
      tp: 4,
      fp: 1,
      fn: 1,
      tn: 1,
      precision: 0.8,
      recall: 0.8,
    });
  });

  it("uses the given threshold label and an empty set safely", () => {
    expect(computeQualityFor(SAMPLES, "hate", 0.42).current.threshold).toBe(0.42);
    const empty = computeQualityFor([], "hate", 0.5);
    expect(empty).toMatchObject({ positives: 0, negatives: 0, excluded: 0 });
    expect(empty.current).toMatchObject({ precision: null, recall: null });
  });
});

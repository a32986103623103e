// Report charts (issue 10, defect 8): count axes show whole numbers only, and 13 series (the
// actions-per-day chart) get 13 different colours.
import { describe, expect, it } from "vitest";
import { countAxis, PALETTE } from "@/components/reports/chart-parts";

describe("count axis", () => {
  it.each([0, 1, 2, 3, 7, 13, 37, 99, 101, 2_500, 123_456])(
    "ticks for a largest value of %i are whole numbers covering it",
    (value) => {
      for (const parts of [2, 4]) {
        const { max, ticks } = countAxis(value, parts);
        expect(ticks.every(Number.isInteger)).toBe(true);
        expect(ticks[0]).toBe(0);
        expect(ticks.at(-1)).toBe(max);
        expect(max).toBeGreaterThanOrEqual(value);
        expect(ticks.length - 1).toBeLessThanOrEqual(parts);
      }
    },
  );

  it("a largest value of 2 gets ticks 0, 1, 2 (not 0, 0.5, 1, 1.5, 2)", () => {
    expect(countAxis(2, 4).ticks).toEqual([0, 1, 2]);
  });
});

describe("palette", () => {
  it("has at least 13 distinct colours", () => {
    expect(new Set(PALETTE.slice(0, 13)).size).toBe(13);
  });
});

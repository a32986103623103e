import { describe, expect, it } from "vitest";
import { isRealDay, isRealIsoTimestamp, safeHttpUrl, ZDbId } from "@/lib/validation/values";

describe("shared value checks", () => {
  it("accepts only days that exist", () => {
    expect(isRealDay("2024-02-29")).toBe(true);
    for (const bad of [
      "2021-02-30",
      "2021-13-01",
      "2021-00-10",
      "0000-01-01",
      "2021-2-3",
      "2021-02-28T00:00",
    ])
      expect(isRealDay(bad), bad).toBe(false);
    expect(isRealIsoTimestamp("2026-11-30T20:00:00.123Z")).toBe(true);
    expect(isRealIsoTimestamp("2021-02-30T00:00:00.000Z")).toBe(false);
  });

  it("keeps ids inside int4", () => {
    expect(ZDbId.safeParse(2147483647).success).toBe(true);
    expect(ZDbId.safeParse(2147483648).success).toBe(false);
    expect(ZDbId.safeParse(0).success).toBe(false);
  });

  it("makes links only of http(s) URLs", () => {
    expect(safeHttpUrl("https://paper.example/a?b=1")).toBe("https://paper.example/a?b=1");
    for (const bad of [
      "javascript:alert(1)",
      " JavaScript:alert(1)",
      "data:text/html,<script>x</script>",
      "vbscript:msgbox",
      "/relative",
      "",
      null,
    ]) {
      expect(safeHttpUrl(bad), String(bad)).toBeNull();
    }
  });
});

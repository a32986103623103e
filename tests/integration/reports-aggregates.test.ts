// Report aggregates on a hand-made history: every expected figure below is worked out by hand from
// tests/integration/reports-fixture.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDb } from "@/lib/db/connect";
import { createTestDb } from "../helpers/test-db";
import { loadReportsFixture, type TFixture } from "./reports-fixture";
import type { TReportFilters } from "@/lib/reports/filters";
import {
  loadActionsPerDay,
  loadAutoFlagsByHarm,
  loadCategoryCounts,
  loadTotals,
} from "@/lib/reports/queries/activity";
import { loadBacklogPerDay } from "@/lib/reports/queries/backlog";
import { loadModerators, loadTimeToFirstDecision } from "@/lib/reports/queries/timing";
import { loadTopArticles } from "@/lib/reports/queries/articles";
import { loadTriageQuality } from "@/lib/reports/queries/quality";
import { DEFAULT_THRESHOLDS } from "@/lib/reports/harms";

let db: TDb;
let fx: TFixture;
const period: TReportFilters = { from: "2026-03-01", to: "2026-03-03" };

beforeAll(async () => {
  db = await createTestDb();
  fx = await loadReportsFixture(db);
});
afterAll(async () => db?.close());

describe("report aggregates", () => {
  it("counts actions per day by type, leaving out admin changes", async () => {
    const rows = await loadActionsPerDay(db.sql, period);
    expect(rows).toEqual([
      { day: "2026-03-01", action: "approve", count: 1 },
      { day: "2026-03-01", action: "flag", count: 1 },
      { day: "2026-03-02", action: "flag", count: 1 },
      { day: "2026-03-02", action: "hide", count: 1 },
      { day: "2026-03-03", action: "approve", count: 1 },
      { day: "2026-03-03", action: "flag", count: 2 },
      { day: "2026-03-03", action: "undo", count: 1 },
    ]);
    const m1Only = await loadActionsPerDay(db.sql, { ...period, moderator: fx.m1 });
    expect(m1Only.reduce((n, r) => n + r.count, 0)).toBe(4);
  });

  it("counts flags and hides by category on each comment's latest decision", async () => {
    expect(await loadCategoryCounts(db.sql, period)).toEqual([
      { category: "HATE", flagged: 3, hidden: 0 },
      { category: "THREAT", flagged: 1, hidden: 0 },
      { category: "NONE", flagged: 0, hidden: 1 },
    ]);
    expect(await loadCategoryCounts(db.sql, { ...period, article: fx.a2 })).toEqual([
      { category: "THREAT", flagged: 1, hidden: 0 },
      { category: "NONE", flagged: 0, hidden: 1 },
    ]);
  });

  it("counts the engine's flags by harm and the totals", async () => {
    expect(await loadAutoFlagsByHarm(db.sql, period)).toEqual([
      { harm: "hate", count: 4 },
      { harm: "misinformation", count: 1 },
      { harm: "threat", count: 1 },
    ]);
    expect(await loadTotals(db.sql, period)).toEqual({
      imported: 7,
      autoFlagged: 5,
      pendingNow: 1,
      decided: 6,
      approved: 1,
      flagged: 4,
      hidden: 1,
    });
  });

  it("reconstructs the backlog at the end of each day", async () => {
    const days = await loadBacklogPerDay(db.sql, period);
    expect(days.map((d) => [d.day, d.pending])).toEqual([
      ["2026-03-01", 2],
      ["2026-03-02", 2],
      ["2026-03-03", 1],
    ]);
    expect(days[0].oldestHours).toBeCloseTo(12); // c3 imported 12:00
    expect(days[1].oldestHours).toBeCloseTo(28); // c7 imported the day before at 20:00
    expect(days[2].oldestHours).toBeCloseTo(16); // c6 imported 08:00
  });

  it("measures time from import to first decision", async () => {
    // First decisions (hours): c2 1⅙, c1 2, c4 3.5, c3 24, c5 24, c7 37 → median 13.75, p90 24 + 0.5 × 13
    const t = await loadTimeToFirstDecision(db.sql, period);
    expect(t.decided).toBe(6);
    expect(t.medianSeconds).toBeCloseTo(13.75 * 3600);
    expect(t.p90Seconds).toBeCloseTo(30.5 * 3600);
    const onlyM2 = await loadTimeToFirstDecision(db.sql, { ...period, moderator: fx.m2 });
    expect(onlyM2.decided).toBe(3); // c3, c4, c7 (c2's first decision was m1's)
  });

  it("gives each moderator's counts and pace", async () => {
    const rows = await loadModerators(db.sql, period);
    expect(rows.map((r) => [r.email, r.decisions, r.approved, r.flagged, r.hidden])).toEqual([
      ["m2@fixture.test", 4, 1, 2, 1],
      ["m1@fixture.test", 3, 1, 2, 0],
    ]);
    expect(rows[0].medianHandlingSeconds).toBeCloseTo(1800);
    expect(rows[1].medianHandlingSeconds).toBeCloseTo(600);
  });

  it("ranks articles by flagged comments", async () => {
    expect(await loadTopArticles(db.sql, period)).toEqual([
      { id: fx.a1, title: "Alpha", flagged: 3, hidden: 0, autoFlagged: 3 },
      { id: fx.a2, title: "Beta", flagged: 1, hidden: 1, autoFlagged: 2 },
    ]);
  });

  it("grades the automatic flags against the decisions", async () => {
    const { decided, rows } = await loadTriageQuality(db.sql, period, DEFAULT_THRESHOLDS);
    expect(decided).toBe(6);
    const hate = rows.find((r) => r.harm === "hate")!;
    expect(hate.current).toMatchObject({ tp: 2, fp: 1, fn: 1, tn: 0 });
    expect(hate.current.precision).toBeCloseTo(2 / 3);
    const any = rows.find((r) => r.harm === "any")!;
    expect(any.current).toMatchObject({ tp: 4, fp: 1, fn: 1, tn: 0, precision: 0.8, recall: 0.8 });
  });
});

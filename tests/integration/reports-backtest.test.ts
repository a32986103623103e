// Rule backtests on the hand-made history: what a rule would have acted on, and how often that
// agrees with what moderators decided on those comments.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDb } from "@/lib/db/connect";
import { backtestRule } from "@/lib/reports/backtest";
import { createTestDb } from "../helpers/test-db";
import { loadReportsFixture, type TFixture } from "./reports-fixture";

let db: TDb;
let fx: TFixture;

beforeAll(async () => {
  db = await createTestDb();
  fx = await loadReportsFixture(db);
});
afterAll(async () => db?.close());

describe("rule backtest", () => {
  it("counts matches, shows the strongest examples, and measures agreement", async () => {
    // hate ≥ 0.5: c1 0.9 (flagged), c2 0.7 (flagged after undo), c5 0.6 (flagged as threat), c7 0.55 (approved)
    const r = await backtestRule(db.sql, {
      harm: "hate",
      minScore: 0.5,
      maxScore: 1,
      action: "FLAG",
    });
    expect(r).toMatchObject({
      scanned: 7,
      scored: 7,
      matched: 4,
      decided: 4,
      breakdown: { approved: 1, flagged: 3, hidden: 0 },
      agreeing: 3,
      agreement: 0.75,
    });
    expect(r.examples.map((e) => e.id)).toEqual([fx.c.c1, fx.c.c2, fx.c.c5, fx.c.c7]);
    expect(r.examples[0]).toMatchObject({ score: 0.9, status: "FLAGGED", articleTitle: "Alpha" });
  });

  it("holds HIDE to hiding, and the score range at both ends", async () => {
    const narrow = await backtestRule(db.sql, {
      harm: "hate",
      minScore: 0.55,
      maxScore: 0.7,
      action: "HIDE",
    });
    expect(narrow).toMatchObject({
      matched: 3,
      breakdown: { approved: 1, flagged: 2, hidden: 0 },
      agreeing: 0,
      agreement: 0,
    });
    const misinfo = await backtestRule(db.sql, {
      harm: "misinformation",
      minScore: 0.5,
      maxScore: 1,
      action: "HIDE",
    });
    expect(misinfo).toMatchObject({ matched: 1, agreeing: 1, agreement: 1 });
  });

  it("has no agreement figure when nothing it matches was decided", async () => {
    const r = await backtestRule(db.sql, {
      harm: "threat",
      minScore: 0.9,
      maxScore: 1,
      action: "HOLD",
    });
    expect(r).toMatchObject({ matched: 0, decided: 0, agreement: null, examples: [] });
  });
});

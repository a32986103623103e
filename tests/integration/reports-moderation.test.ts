// The reports read what the moderation module really writes: decisions made through its operations
// (single, bulk, undo) show up in the totals, the categories, triage quality and the exports.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDb } from "@/lib/db/connect";
import { setDb } from "@/lib/db";
import { executeOperation, type TOperation } from "@/lib/auth/operation";
import { createUserWithPassword } from "@/lib/auth/passwords";
import type { TSessionUser } from "@/lib/auth/session-types";
import { approveComment } from "@/lib/moderation/operations/approve-comment";
import { flagComment } from "@/lib/moderation/operations/flag-comment";
import { hideComment } from "@/lib/moderation/operations/hide-comment";
import { bulkModerate } from "@/lib/moderation/operations/bulk-moderate";
import { undoAction } from "@/lib/moderation/operations/undo-action";
import { loadActionsPerDay, loadCategoryCounts, loadTotals } from "@/lib/reports/queries/activity";
import { loadTimeToFirstDecision } from "@/lib/reports/queries/timing";
import { loadTriageQuality } from "@/lib/reports/queries/quality";
import { countExport } from "@/lib/reports/export-stream";
import { DEFAULT_THRESHOLDS } from "@/lib/reports/harms";
import { toDay } from "@/lib/reports/filters";
import { createTestDb } from "../helpers/test-db";

let db: TDb;
let mod: TSessionUser;
const ids: number[] = [];
const today = { from: toDay(new Date()), to: toDay(new Date()) };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function ok(op: TOperation<any, any>, input: unknown) {
  const result = await executeOperation(op, mod, input);
  if (!result.ok) throw new Error(`${result.code}: ${result.error}`);
  return result.data as { auditId?: number };
}

beforeAll(async () => {
  db = await createTestDb();
  setDb(db);
  const { id } = await createUserWithPassword(db.prisma, {
    email: "mod@reports.test",
    name: "Mod",
    role: "MODERATOR",
    password: "mod-password-1",
  });
  mod = { id, email: "mod@reports.test", name: "Mod", role: "MODERATOR" };
  const a = await db.sql.query<{ id: number }>(
    `INSERT INTO "Article" ("key","title","updatedAt") VALUES ('m','Article',now()) RETURNING "id"`,
  );
  const scores = [
    [0.9, ["hate"]],
    [0.8, ["hate"]],
    [0.1, []],
    [0.7, ["hate"]],
    [0.2, []],
  ] as const;
  for (const [i, [hate, flagged]] of scores.entries()) {
    const { rows } = await db.sql.query<{ id: number }>(
      `INSERT INTO "Comment" ("articleId","dedupeKey","body","contentHash","hateScore","flaggedHarms","updatedAt") VALUES ($1,$2,'text','h',$3,$4::text[],now()) RETURNING "id"`,
      [a.rows[0].id, `k${i}`, hate, flagged],
    );
    ids.push(rows[0].id);
  }
});
afterAll(async () => db?.close());

describe("reports over real moderation actions", () => {
  it("counts single, bulk and undone decisions as moderators made them", async () => {
    await ok(flagComment, { id: ids[0], version: 1, category: "HATE" });
    const wrong = await ok(flagComment, { id: ids[1], version: 1, category: "HATE" });
    await ok(undoAction, { actionId: wrong.auditId }); // back to PENDING: no longer a decision
    await ok(hideComment, { id: ids[2], version: 1, reason: "Spam link" });
    await ok(approveComment, { id: ids[3], version: 1 });
    await ok(bulkModerate, {
      action: "approve",
      target: { kind: "ids", items: [{ id: ids[4], status: "PENDING" }] },
    });

    expect(await loadTotals(db.sql, today)).toMatchObject({
      imported: 5,
      decided: 4,
      approved: 2,
      flagged: 1,
      hidden: 1,
      pendingNow: 1,
    });
    expect(await loadCategoryCounts(db.sql, today)).toEqual([
      { category: "HATE", flagged: 1, hidden: 0 },
      { category: "NONE", flagged: 0, hidden: 1 },
    ]);
    const perDay = await loadActionsPerDay(db.sql, today);
    expect(Object.fromEntries(perDay.map((r) => [r.action, r.count]))).toEqual({
      "comment.flag": 2,
      "comment.undo": 1,
      "comment.hide": 1,
      "comment.approve": 2,
    }); // bulk approvals are comment.approve rows too
    expect((await loadTimeToFirstDecision(db.sql, today)).decided).toBe(5); // the undone flag was still a first decision
    expect(
      await countExport(db.sql, "actions", { ...today, moderator: mod.id }),
    ).toBeGreaterThanOrEqual(6);
  });

  it("grades the engine against those decisions", async () => {
    const { rows } = await loadTriageQuality(db.sql, today, DEFAULT_THRESHOLDS);
    // hate: c0 flagged HATE (predicted), c3 approved but predicted (false alarm), c4 approved, not predicted
    expect(rows.find((r) => r.harm === "hate")!.current).toMatchObject({
      tp: 1,
      fp: 1,
      fn: 0,
      tn: 1,
    });
  });
});

// Issue 10, defect 4: a decision that changes nothing (approve an approved comment, hide a hidden
// one, flag with the category it already has) is refused with no write and no audit row, and
// Reports count no such rows, so the summary and the Moderators table agree.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDb } from "@/lib/db/connect";
import { setDb } from "@/lib/db";
import { executeOperation } from "@/lib/auth/operation";
import { createUserWithPassword } from "@/lib/auth/passwords";
import type { TSessionUser } from "@/lib/auth/session-types";
import { approveComment } from "@/lib/moderation/operations/approve-comment";
import { flagComment } from "@/lib/moderation/operations/flag-comment";
import { hideComment } from "@/lib/moderation/operations/hide-comment";
import { loadTotals } from "@/lib/reports/queries/activity";
import { loadModerators } from "@/lib/reports/queries/timing";
import { toDay } from "@/lib/reports/filters";
import { createTestDb } from "../helpers/test-db";

let db: TDb;
let mod: TSessionUser;
const ids: number[] = [];
const today = { from: toDay(new Date()), to: toDay(new Date()) };

const auditRows = async (id: number) =>
  (
    await db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "ModerationAction" WHERE "targetType" = 'COMMENT' AND "targetId" = $1`,
      [String(id)],
    )
  ).rows[0].n;
const versionOf = async (id: number) =>
  (await db.sql.query<{ version: number }>(`SELECT "version" FROM "Comment" WHERE "id" = $1`, [id]))
    .rows[0].version;

beforeAll(async () => {
  db = await createTestDb();
  setDb(db);
  const { id } = await createUserWithPassword(db.prisma, {
    email: "mod@noop.test",
    name: "Mod",
    role: "MODERATOR",
    password: "mod-password-1",
  });
  mod = { id, email: "mod@noop.test", name: "Mod", role: "MODERATOR" };
  const a = await db.sql.query<{ id: number }>(
    `INSERT INTO "Article" ("key","title","updatedAt") VALUES ('noop','Article',now()) RETURNING "id"`,
  );
  for (let i = 0; i < 4; i++) {
    const { rows } = await db.sql.query<{ id: number }>(
      `INSERT INTO "Comment" ("articleId","dedupeKey","body","contentHash","updatedAt") VALUES ($1,$2,'text','h',now()) RETURNING "id"`,
      [a.rows[0].id, `noop${i}`],
    );
    ids.push(rows[0].id);
  }
});
afterAll(async () => db?.close());

describe("decisions that change nothing", () => {
  it("approving an approved comment is refused, with no audit row and no new version", async () => {
    expect(await executeOperation(approveComment, mod, { id: ids[0], version: 1 })).toMatchObject({
      ok: true,
    });
    const before = await auditRows(ids[0]);
    const again = await executeOperation(approveComment, mod, { id: ids[0], version: 2 });
    expect(again).toMatchObject({ ok: false, code: "unchanged" });
    expect(!again.ok && again.error).toMatch(/already approved/);
    expect(await auditRows(ids[0])).toBe(before);
    expect(await versionOf(ids[0])).toBe(2);
  });

  it("hiding a hidden comment is refused", async () => {
    expect(
      await executeOperation(hideComment, mod, { id: ids[1], version: 1, reason: "Spam" }),
    ).toMatchObject({ ok: true });
    expect(
      await executeOperation(hideComment, mod, { id: ids[1], version: 2, reason: "Spam again" }),
    ).toMatchObject({ ok: false, code: "unchanged" });
    expect(await auditRows(ids[1])).toBe(1);
  });

  it("flagging with the same category is refused; a different category is a real change", async () => {
    expect(
      await executeOperation(flagComment, mod, { id: ids[2], version: 1, category: "HATE" }),
    ).toMatchObject({ ok: true });
    expect(
      await executeOperation(flagComment, mod, { id: ids[2], version: 2, category: "HATE" }),
    ).toMatchObject({ ok: false, code: "unchanged" });
    expect(
      await executeOperation(flagComment, mod, { id: ids[2], version: 2, category: "SPAM" }),
    ).toMatchObject({ ok: true });
    expect(await auditRows(ids[2])).toBe(2);
  });

  it("Reports ignore no-op rows written before the fix: the summary and the Moderators table agree", async () => {
    // What the old code wrote for "approve an approved comment", five times over.
    for (let i = 0; i < 5; i++) {
      await db.sql.query(
        `INSERT INTO "ModerationAction" ("actorId","actorEmail","targetType","targetId","action","before","after")
         VALUES ($1,$2,'COMMENT',$3,'comment.approve',$4::jsonb,$5::jsonb)`,
        [
          mod.id,
          mod.email,
          String(ids[0]),
          JSON.stringify({ status: "APPROVED", flagCategory: null, version: 2 + i }),
          JSON.stringify({ status: "APPROVED", flagCategory: null, version: 3 + i }),
        ],
      );
    }
    const totals = await loadTotals(db.sql, today);
    const [moderator] = await loadModerators(db.sql, today);
    expect(totals).toMatchObject({ decided: 3, approved: 1, hidden: 1, flagged: 1 });
    // ids[2] was decided twice (flag as hate, then as spam): two decisions for one comment.
    expect(moderator).toMatchObject({ decisions: 4, approved: 1, hidden: 1, flagged: 2 });
    expect(moderator.approved).toBe(totals.approved);
    expect(moderator.hidden).toBe(totals.hidden);
  });
});

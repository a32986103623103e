// Rescore from the UI (issue 10, capability 4) and per-user review preferences: real operations on
// a real database. Rescore puts one `rescore` job on the queue with the count it will touch, is
// audited, refuses a second one while the first is unfinished, and is admin-only; preferences
// change only the caller's own row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDb } from "@/lib/db/connect";
import { setDb } from "@/lib/db";
import { executeOperation } from "@/lib/auth/operation";
import { createUserWithPassword } from "@/lib/auth/passwords";
import type { TSessionUser } from "@/lib/auth/session-types";
import { startRescore } from "@/lib/rescore/operations/start-rescore";
import { getRescoreState } from "@/lib/rescore/queries";
import { updatePreferences } from "@/lib/preferences/operations/update-preferences";
import { getPreferences } from "@/lib/preferences/queries";
import { createTestDb } from "../helpers/test-db";

let db: TDb;
const users: Record<string, TSessionUser> = {};

beforeAll(async () => {
  db = await createTestDb();
  setDb(db);
  for (const role of ["ADMIN", "EDITOR", "MODERATOR"] as const) {
    const email = `${role.toLowerCase()}@rescore.test`;
    const { id } = await createUserWithPassword(db.prisma, {
      email,
      name: role,
      role,
      password: "rescore-password-1",
    });
    users[role] = { id, email, name: role, role };
  }
  const a = await db.sql.query<{ id: number }>(
    `INSERT INTO "Article" ("key","title","updatedAt") VALUES ('rs','Article',now()) RETURNING "id"`,
  );
  for (let i = 0; i < 5; i++) {
    await db.sql.query(
      `INSERT INTO "Comment" ("articleId","dedupeKey","body","contentHash","updatedAt","scoredAt") VALUES ($1,$2,'text','h',now(),$3)`,
      [a.rows[0].id, `rs${i}`, i < 2 ? null : new Date()],
    );
  }
});
afterAll(async () => db?.close());

describe("rescore stored comments", () => {
  it("shows the counts it will touch before starting", async () => {
    expect(await getRescoreState()).toMatchObject({ all: 5, unscored: 2, job: null });
  });

  it("is refused to editors and moderators", async () => {
    for (const role of ["EDITOR", "MODERATOR"]) {
      expect(await executeOperation(startRescore, users[role], { all: true })).toMatchObject({
        ok: false,
        code: "forbidden",
      });
    }
    expect((await db.sql.query(`SELECT 1 FROM "Job" WHERE "kind" = 'rescore'`)).rows).toHaveLength(
      0,
    );
  });

  it("queues one rescore job with its count, audited, and refuses a second while it is unfinished", async () => {
    const started = await executeOperation(startRescore, users.ADMIN, { all: false });
    expect(started).toMatchObject({ ok: true, data: { total: 2 } });
    const jobId = started.ok ? started.data.jobId : "";
    const { rows } = await db.sql.query<{
      kind: string;
      status: string;
      total: number;
      payload: string;
    }>(`SELECT "kind", "status"::text AS status, "total", "payload" FROM "Job" WHERE "id" = $1`, [
      jobId,
    ]);
    expect(rows[0]).toMatchObject({ kind: "rescore", status: "QUEUED", total: 2 });
    expect(JSON.parse(rows[0].payload)).toEqual({ all: false });
    const audit = await db.sql.query<{ after: { jobId: string; total: number } }>(
      `SELECT "after" FROM "ModerationAction" WHERE "action" = 'triage.rescore'`,
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0].after).toMatchObject({ jobId, total: 2 });
    expect((await getRescoreState()).job).toMatchObject({ id: jobId, finished: false, total: 2 });

    expect(await executeOperation(startRescore, users.ADMIN, { all: true })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect((await db.sql.query(`SELECT 1 FROM "Job" WHERE "kind" = 'rescore'`)).rows).toHaveLength(
      1,
    );
  });
});

describe("review preferences", () => {
  it("default to auto-advance on and comfortable rows, and change only the caller's own row", async () => {
    expect(await getPreferences(users.MODERATOR.id)).toEqual({
      autoAdvance: true,
      compactQueue: false,
    });
    expect(
      await executeOperation(updatePreferences, users.MODERATOR, {
        autoAdvance: false,
        compactQueue: true,
      }),
    ).toMatchObject({ ok: true, data: { autoAdvance: false, compactQueue: true } });
    expect(await getPreferences(users.MODERATOR.id)).toEqual({
      autoAdvance: false,
      compactQueue: true,
    });
    expect(await getPreferences(users.EDITOR.id)).toEqual({
      autoAdvance: true,
      compactQueue: false,
    });
  });

  it("refuse unknown fields and an empty change", async () => {
    expect(
      await executeOperation(updatePreferences, users.EDITOR, { role: "ADMIN" }),
    ).toMatchObject({ ok: false, code: "validation" });
    expect(await executeOperation(updatePreferences, users.EDITOR, {})).toMatchObject({
      ok: false,
      code: "validation",
    });
  });
});

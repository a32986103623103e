// Who may undo whose action (lib/auth/undo-rule.ts), enforced in the undo operations: own actions,
// those of the same rank or below, and automatic ones; never a higher role's.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDb } from "@/lib/db/connect";
import { setDb } from "@/lib/db";
import { executeOperation } from "@/lib/auth/operation";
import { createUserWithPassword } from "@/lib/auth/passwords";
import type { TSessionUser } from "@/lib/auth/session-types";
import { hideComment } from "@/lib/moderation/operations/hide-comment";
import { undoAction } from "@/lib/moderation/operations/undo-action";
import { undoBatch } from "@/lib/moderation/operations/undo-batch";
import { bulkModerate } from "@/lib/moderation/operations/bulk-moderate";
import { createTestDb } from "../helpers/test-db";

let db: TDb;
const users = {} as Record<"mod" | "mod2" | "editor" | "admin", TSessionUser>;
let articleId = 0;

beforeAll(async () => {
  db = await createTestDb();
  setDb(db);
  for (const [key, role] of [
    ["mod", "MODERATOR"],
    ["mod2", "MODERATOR"],
    ["editor", "EDITOR"],
    ["admin", "ADMIN"],
  ] as const) {
    const email = `${key}@undo.test`;
    const { id } = await createUserWithPassword(db.prisma, {
      email,
      name: key,
      role,
      password: "undo-rule-password",
    });
    users[key] = { id, email, name: key, role };
  }
  articleId = (await db.prisma.article.create({ data: { key: "url:undo", title: "Undo rule" } }))
    .id;
});
afterAll(async () => db?.close());

let n = 0;
async function hiddenBy(user: TSessionUser): Promise<number> {
  const c = await db.prisma.comment.create({
    data: { articleId, dedupeKey: `u${++n}`, body: `comment ${n}`, contentHash: `h${n}` },
  });
  const result = await executeOperation(hideComment, user, {
    id: c.id,
    version: c.version,
    reason: "rule test",
  });
  if (!result.ok) throw new Error(result.error);
  return (result.data as { auditId: number }).auditId;
}

describe("undo rule", () => {
  it("a moderator may not undo an admin's or an editor's hide, and is told why", async () => {
    const byAdmin = await hiddenBy(users.admin);
    expect(await executeOperation(undoAction, users.mod, { actionId: byAdmin })).toMatchObject({
      ok: false,
      code: "forbidden",
      error: expect.stringMatching(/Only an admin can undo this action: it was taken by an admin/),
    });
    const byEditor = await hiddenBy(users.editor);
    expect(await executeOperation(undoAction, users.mod, { actionId: byEditor })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await executeOperation(undoAction, users.editor, { actionId: byAdmin })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    // Nothing changed: the comments are still hidden.
    expect(
      await db.prisma.moderationAction.count({ where: { undoOf: { in: [byAdmin, byEditor] } } }),
    ).toBe(0);
  });

  it("allows one's own, a peer's, a lower role's and an automatic action", async () => {
    expect(
      await executeOperation(undoAction, users.mod, { actionId: await hiddenBy(users.mod) }),
    ).toMatchObject({ ok: true });
    expect(
      await executeOperation(undoAction, users.mod2, { actionId: await hiddenBy(users.mod) }),
    ).toMatchObject({ ok: true });
    expect(
      await executeOperation(undoAction, users.editor, { actionId: await hiddenBy(users.mod) }),
    ).toMatchObject({ ok: true });
    expect(
      await executeOperation(undoAction, users.admin, { actionId: await hiddenBy(users.editor) }),
    ).toMatchObject({ ok: true });
    const auto = await hiddenBy(users.admin);
    await db.sql.transaction(async (tx) => {
      await tx.exec(`ALTER TABLE "ModerationAction" DISABLE TRIGGER vigil_audit_no_update`);
      await tx.query(`UPDATE "ModerationAction" SET "actorId" = NULL WHERE id = $1`, [auto]); // as a rule would have written it
      await tx.exec(`ALTER TABLE "ModerationAction" ENABLE TRIGGER vigil_audit_no_update`);
    });
    expect(await executeOperation(undoAction, users.mod, { actionId: auto })).toMatchObject({
      ok: true,
    });
  });

  it("applies to a batch undo too", async () => {
    const ids = [];
    for (let i = 0; i < 3; i++)
      ids.push(
        (
          await db.prisma.comment.create({
            data: { articleId, dedupeKey: `b${i}`, body: `bulk ${i}`, contentHash: `bh${i}` },
          })
        ).id,
      );
    const bulk = await executeOperation(bulkModerate, users.admin, {
      action: "hide",
      reason: "bulk rule test",
      target: { kind: "ids", items: ids.map((id) => ({ id, status: "PENDING" as const })) },
    });
    const batchId = (bulk as { ok: true; data: { batchId: string } }).data.batchId;
    expect(await executeOperation(undoBatch, users.mod, { batchId })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await executeOperation(undoBatch, users.admin, { batchId })).toMatchObject({ ok: true });
  });

  it("refuses ids past int4 as a validation error, not a database error", async () => {
    expect(await executeOperation(undoAction, users.admin, { actionId: 2147483648 })).toMatchObject(
      { ok: false, code: "validation" },
    );
    expect(
      await executeOperation(hideComment, users.admin, { id: 1, version: 2147483648, reason: "x" }),
    ).toMatchObject({ ok: false, code: "validation" });
  });
});

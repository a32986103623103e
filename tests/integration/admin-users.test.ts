// User management through the operation chain: create with a one-time password, change roles,
// deactivate (ending sessions at once), reactivate, and no self lock-out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDb } from "@/lib/db/connect";
import { setDb } from "@/lib/db";
import { executeOperation } from "@/lib/auth/operation";
import { createUserWithPassword } from "@/lib/auth/passwords";
import { getAuth } from "@/lib/auth/server";
import { getSessionUser } from "@/lib/auth/session";
import type { TSessionUser } from "@/lib/auth/session-types";
import { createUser } from "@/lib/admin/operations/create-user";
import { setUserRole } from "@/lib/admin/operations/set-user-role";
import { setUserActive } from "@/lib/admin/operations/set-user-active";
import { listUsers } from "@/lib/admin/queries";
import { createTestDb } from "../helpers/test-db";

let db: TDb;
let admin: TSessionUser;
let editor: TSessionUser;

async function signIn(email: string, password: string): Promise<Headers> {
  const auth = await getAuth();
  const response = await auth.api.signInEmail({
    body: { email, password },
    headers: new Headers(),
    asResponse: true,
  });
  expect(response.ok).toBe(true);
  return new Headers({ cookie: response.headers.get("set-cookie")!.split(";")[0] });
}

const audits = (targetId: string) =>
  db.prisma.moderationAction.findMany({
    where: { targetType: "USER", targetId },
    orderBy: { id: "asc" },
  });

beforeAll(async () => {
  db = await createTestDb();
  setDb(db);
  const a = await createUserWithPassword(db.prisma, {
    email: "root@admin.test",
    name: "Root",
    role: "ADMIN",
    password: "root-password-1",
  });
  admin = { id: a.id, email: "root@admin.test", name: "Root", role: "ADMIN" };
  const e = await createUserWithPassword(db.prisma, {
    email: "ed@admin.test",
    name: "Ed",
    role: "EDITOR",
    password: "ed-password-12",
  });
  editor = { id: e.id, email: "ed@admin.test", name: "Ed", role: "EDITOR" };
});
afterAll(async () => db?.close());

describe("user management", () => {
  it("creates a user whose generated password signs in, and audits it without the password", async () => {
    const result = await executeOperation(createUser, admin, {
      email: "  New.Mod@Admin.TEST ",
      name: "New Mod",
      role: "MODERATOR",
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.data.email).toBe("new.mod@admin.test");
    expect(result.data.password.length).toBeGreaterThanOrEqual(20);
    const headers = await signIn("new.mod@admin.test", result.data.password);
    expect(await getSessionUser(headers)).toMatchObject({
      email: "new.mod@admin.test",
      role: "MODERATOR",
    });
    const [row] = await audits(result.data.id);
    expect(row).toMatchObject({
      action: "user.create",
      actorId: admin.id,
      actorEmail: admin.email,
    });
    expect(JSON.stringify(row)).not.toContain(result.data.password);
    const listed = (await listUsers(db.sql)).find((u) => u.email === "new.mod@admin.test");
    expect(listed).toMatchObject({ name: "New Mod", role: "MODERATOR", active: true });
  });

  it("refuses a duplicate email and an invalid one", async () => {
    expect(
      await executeOperation(createUser, admin, {
        email: "ed@admin.test",
        name: "Dup",
        role: "ADMIN",
      }),
    ).toMatchObject({ ok: false, code: "conflict" });
    expect(
      await executeOperation(createUser, admin, { email: "nope", name: "X", role: "ADMIN" }),
    ).toMatchObject({ ok: false, code: "validation" });
  });

  it("changes a role, audited with before and after, effective on the next request", async () => {
    const headers = await signIn("ed@admin.test", "ed-password-12");
    expect((await getSessionUser(headers))?.role).toBe("EDITOR");
    expect(
      await executeOperation(setUserRole, admin, { userId: editor.id, role: "MODERATOR" }),
    ).toMatchObject({ ok: true, data: { changed: true } });
    expect((await getSessionUser(headers))?.role).toBe("MODERATOR");
    const rows = await audits(editor.id);
    expect(rows.at(-1)).toMatchObject({
      action: "user.role",
      before: { role: "EDITOR" },
      after: { role: "MODERATOR" },
    });
    // Setting the same role again changes and records nothing.
    expect(
      await executeOperation(setUserRole, admin, { userId: editor.id, role: "MODERATOR" }),
    ).toMatchObject({ ok: true, data: { changed: false } });
    expect(await audits(editor.id)).toHaveLength(rows.length);
  });

  it("deactivating ends the user's sessions at once; reactivating lets them sign in again", async () => {
    const h1 = await signIn("ed@admin.test", "ed-password-12");
    const h2 = await signIn("ed@admin.test", "ed-password-12");
    expect(await db.prisma.session.count({ where: { userId: editor.id } })).toBeGreaterThanOrEqual(
      2,
    );
    const result = await executeOperation(setUserActive, admin, {
      userId: editor.id,
      active: false,
    });
    expect(result).toMatchObject({ ok: true, data: { active: false, changed: true } });
    expect(await db.prisma.session.count({ where: { userId: editor.id } })).toBe(0);
    expect(await getSessionUser(h1)).toBeNull();
    expect(await getSessionUser(h2)).toBeNull();
    expect((await audits(editor.id)).at(-1)).toMatchObject({
      action: "user.deactivate",
      after: { active: false },
    });
    expect(
      await executeOperation(setUserActive, admin, { userId: editor.id, active: true }),
    ).toMatchObject({ ok: true, data: { active: true } });
    expect(await getSessionUser(h1)).toBeNull(); // the old sessions are gone, not merely refused
    const h3 = await signIn("ed@admin.test", "ed-password-12");
    expect(await getSessionUser(h3)).toMatchObject({ email: "ed@admin.test" });
  });

  it("refuses to let an admin demote or deactivate themselves", async () => {
    const demote = await executeOperation(setUserRole, admin, { userId: admin.id, role: "EDITOR" });
    expect(demote).toMatchObject({ ok: false, code: "self_lockout" });
    const off = await executeOperation(setUserActive, admin, { userId: admin.id, active: false });
    expect(off).toMatchObject({ ok: false, code: "self_lockout" });
    expect(
      await db.prisma.user.findUnique({
        where: { id: admin.id },
        select: { role: true, active: true },
      }),
    ).toEqual({ role: "ADMIN", active: true });
  });

  it("refuses non-admins and reports a missing user", async () => {
    expect(
      await executeOperation(setUserRole, editor, { userId: admin.id, role: "EDITOR" }),
    ).toMatchObject({ ok: false, code: "forbidden" });
    expect(
      await executeOperation(setUserActive, admin, { userId: "no-such-user", active: false }),
    ).toMatchObject({ ok: false, code: "not_found" });
  });
});

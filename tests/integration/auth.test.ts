import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TDb } from "@/lib/db/connect";
import { setDb } from "@/lib/db";
import { getAuth } from "@/lib/auth/server";
import { createUserWithPassword } from "@/lib/auth/passwords";
import { getSessionUser } from "@/lib/auth/session";
import { forgetKeptSessions, SESSION_CACHE_MS } from "@/lib/auth/session-lookup";
import { executeOperation } from "@/lib/auth/operation";
import { setUserActive } from "@/lib/admin/operations/set-user-active";
import { setUserRole } from "@/lib/admin/operations/set-user-role";
import { createDemoAccountsIfEmpty } from "@/lib/bootstrap/demo-accounts";
import { createTestDb } from "../helpers/test-db";

let db: TDb;

beforeAll(async () => {
  db = await createTestDb();
  setDb(db);
});
afterAll(async () => db?.close());

async function signIn(email: string, password: string): Promise<string | null> {
  const auth = await getAuth();
  const response = await auth.api.signInEmail({
    body: { email, password },
    headers: new Headers(),
    asResponse: true,
  });
  if (!response.ok) return null;
  return response.headers.get("set-cookie");
}

describe("auth on the database", () => {
  it("creates one demo account per role once, and never again", async () => {
    const first = await createDemoAccountsIfEmpty(db.prisma, {
      VIGIL_DEMO_PASSWORD: "demo-password-123",
    });
    expect(first.map((a) => a.role)).toEqual(["ADMIN", "EDITOR", "MODERATOR"]);
    expect(await createDemoAccountsIfEmpty(db.prisma, {})).toEqual([]);
    expect(await db.prisma.user.count()).toBe(3);
  });

  it("signs in with the right password, sets an httpOnly cookie, and resolves the role", async () => {
    const cookie = await signIn("editor@vigil.local", "demo-password-123");
    expect(cookie).toMatch(/HttpOnly/i);
    const user = await getSessionUser(new Headers({ cookie: cookie!.split(";")[0] }));
    expect(user).toMatchObject({ email: "editor@vigil.local", role: "EDITOR" });
  });

  it("refuses a wrong password", async () => {
    expect(await signIn("editor@vigil.local", "not-the-password")).toBeNull();
  });

  it("ends a deactivated user's session at once and picks up role changes", async () => {
    await createUserWithPassword(db.prisma, {
      email: "temp@x.org",
      name: "Temp",
      role: "MODERATOR",
      password: "temp-password-1",
    });
    const admin = await getSessionUser(
      new Headers({
        cookie: (await signIn("admin@vigil.local", "demo-password-123"))!.split(";")[0],
      }),
    );
    const cookie = (await signIn("temp@x.org", "temp-password-1"))!.split(";")[0];
    const headers = new Headers({ cookie });
    const temp = await getSessionUser(headers);
    expect(temp?.role).toBe("MODERATOR");
    // Through the app: the next request already sees the change.
    const role = await executeOperation(setUserRole, admin, { userId: temp!.id, role: "EDITOR" });
    expect(role.ok).toBe(true);
    expect((await getSessionUser(headers))?.role).toBe("EDITOR");
    // Written by another process (the CLI, a second web server): seen once the session kept in
    // this process is SESSION_CACHE_MS old.
    await db.prisma.user.update({ where: { email: "temp@x.org" }, data: { role: "ADMIN" } });
    expect((await getSessionUser(headers))?.role).toBe("EDITOR");
    const now = Date.now();
    const clock = vi.spyOn(Date, "now").mockReturnValue(now + SESSION_CACHE_MS + 1);
    try {
      expect((await getSessionUser(headers))?.role).toBe("ADMIN");
    } finally {
      clock.mockRestore();
    }
    const off = await executeOperation(setUserActive, admin, { userId: temp!.id, active: false });
    expect(off.ok).toBe(true);
    expect(await getSessionUser(headers)).toBeNull();
  });

  it("slides a session due for its refresh and refuses an expired one", async () => {
    const cookie = (await signIn("editor@vigil.local", "demo-password-123"))!.split(";")[0];
    const token = decodeURIComponent(cookie.split("=")[1]).split(".")[0];
    const headers = new Headers({ cookie });
    // Two hours left of a 12-hour session: better-auth extends it on the next request.
    const soon = new Date(Date.now() + 2 * 3600e3);
    await db.prisma.session.update({ where: { token }, data: { expiresAt: soon } });
    forgetKeptSessions();
    expect((await getSessionUser(headers))?.email).toBe("editor@vigil.local");
    const slid = await db.prisma.session.findUnique({ where: { token } });
    expect(slid!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 11 * 3600e3);
    await db.prisma.session.update({
      where: { token },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    forgetKeptSessions();
    expect(await getSessionUser(headers)).toBeNull();
  });

  it("refuses a duplicate email", async () => {
    await expect(
      createUserWithPassword(db.prisma, {
        email: "EDITOR@vigil.local",
        name: "x",
        role: "ADMIN",
        password: "another-pass-1",
      }),
    ).rejects.toThrow(/already exists/);
  });
});

describe("audit log", () => {
  it("is append-only at the database level", async () => {
    const row = await db.prisma.moderationAction.create({
      data: { targetType: "COMMENT", targetId: "1", action: "approve" },
    });
    await expect(
      db.prisma.moderationAction.update({ where: { id: row.id }, data: { action: "hide" } }),
    ).rejects.toThrow();
    await expect(db.prisma.moderationAction.delete({ where: { id: row.id } })).rejects.toThrow();
    await expect(db.sql.exec(`TRUNCATE "ModerationAction"`)).rejects.toThrow(/append-only/);
    expect(
      (await db.prisma.moderationAction.findUniqueOrThrow({ where: { id: row.id } })).action,
    ).toBe("approve");
  });
});

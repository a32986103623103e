// Issue 10, defect 8: a deactivated user who signs in with the right password is told the account
// is deactivated; a wrong password (or an unknown email) still gets the one generic answer, so the
// message reveals nothing to someone who does not know the password.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDb } from "@/lib/db/connect";
import { setDb } from "@/lib/db";
import { createUserWithPassword } from "@/lib/auth/passwords";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { createTestDb } from "../helpers/test-db";

let db: TDb;
const email = "gone@deactivated.test";
const password = "the-right-password-1";

beforeAll(async () => {
  db = await createTestDb();
  setDb(db);
  const { id } = await createUserWithPassword(db.prisma, {
    email,
    name: "Gone",
    role: "MODERATOR",
    password,
  });
  await db.prisma.user.update({ where: { id }, data: { active: false } });
});
afterAll(async () => db?.close());

const attempt = (e: string, p: string) =>
  attemptSignIn(db, { email: e, password: p, ip: "203.0.113.9", headers: new Headers() });

describe("signing in to a deactivated account", () => {
  it("with the right password says why", async () => {
    expect(await attempt(email, password)).toMatchObject({
      ok: false,
      error: "This account has been deactivated. Ask an administrator to reactivate it.",
    });
  });

  it("with a wrong password, or as an unknown email, gives the generic answer", async () => {
    const wrong = await attempt(email, "not-the-password");
    const unknown = await attempt("nobody@deactivated.test", password);
    expect(wrong).toMatchObject({
      ok: false,
      error: "Wrong email or password, or the account is deactivated.",
    });
    expect(unknown).toMatchObject({
      ok: false,
      error: "Wrong email or password, or the account is deactivated.",
    });
  });
});

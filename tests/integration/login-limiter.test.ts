// The login limiter against real PostgreSQL and real password hashing: attempts are counted before
// the password is checked, so bursts cannot slip past, and the owner gets through an account lock.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDb } from "@/lib/db/connect";
import { setDb } from "@/lib/db";
import { createUserWithPassword } from "@/lib/auth/passwords";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { createTestDb } from "../helpers/test-db";

let db: TDb;
const PASSWORD = "the-right-password-1";

beforeAll(async () => {
  db = await createTestDb();
  setDb(db);
  for (const email of ["burst@x.org", "mixed@x.org", "owner@x.org"]) {
    await createUserWithPassword(db.prisma, {
      email,
      name: email,
      role: "MODERATOR",
      password: PASSWORD,
    });
  }
});
afterAll(async () => {
  delete process.env.VIGIL_LOGIN_MAX_ATTEMPTS;
  await db?.close();
});

const attempt = (email: string, password: string, ip: string | null) =>
  attemptSignIn(db, { email, password, ip, headers: new Headers() });

describe("login limiter", () => {
  it("checks at most the limit of 100 parallel wrong passwords", async () => {
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => attempt("burst@x.org", `wrong-${i}`, "203.0.113.1")),
    );
    expect(results.every((r) => !r.ok)).toBe(true);
    expect(results.filter((r) => r.checked).length).toBeLessThanOrEqual(5);
    expect(results.filter((r) => !r.checked)[0]).toMatchObject({
      error: expect.stringMatching(/Too many sign-in attempts/),
    });
  });

  it("does not sign in 40 wrong guesses plus the right one sent in one burst", async () => {
    const burst = [...Array.from({ length: 40 }, (_, i) => `guess-${i}`), PASSWORD];
    const results = await Promise.all(
      burst.map((password) => attempt("mixed@x.org", password, "203.0.113.2")),
    );
    expect(results.some((r) => r.ok)).toBe(false);
    expect(results.filter((r) => r.checked).length).toBeLessThanOrEqual(5);
  });

  it("throttles one address across many accounts", async () => {
    process.env.VIGIL_LOGIN_MAX_ATTEMPTS = "2"; // 8 per address: keeps the number of real hashes small
    const results = [];
    for (let i = 0; i < 12; i++)
      results.push(await attempt(`nobody${i}@x.org`, "whatever-pass", "203.0.113.3"));
    expect(results.filter((r) => r.checked)).toHaveLength(8);
    expect(results.at(-1)).toMatchObject({ ok: false, checked: false });
  });

  it("lets the owner's right password through an account lock that strangers cannot pass", async () => {
    process.env.VIGIL_LOGIN_MAX_ATTEMPTS = "2"; // 2 per address, 20 per account: few real hashes
    expect(await attempt("owner@x.org", PASSWORD, "198.51.100.7")).toMatchObject({ ok: true }); // the owner's usual address
    // A distributed attack: 14 addresses × 2 wrong guesses = 28 > the account-wide 10 × 2.
    for (let a = 0; a < 14; a++) {
      await Promise.all(
        Array.from({ length: 2 }, (_, i) =>
          attempt("owner@x.org", `guess-${a}-${i}`, `192.0.2.${a + 1}`),
        ),
      );
    }
    // A new address with the right password is refused unchecked: the account is locked to strangers.
    expect(await attempt("owner@x.org", PASSWORD, "192.0.2.200")).toMatchObject({
      ok: false,
      checked: false,
    });
    // The attacker's addresses stay throttled, even with the right password.
    expect(await attempt("owner@x.org", PASSWORD, "192.0.2.1")).toMatchObject({
      ok: false,
      checked: false,
    });
    // The owner, from where they signed in before, gets in.
    expect(await attempt("owner@x.org", PASSWORD, "198.51.100.7")).toMatchObject({ ok: true });
  });

  it("answers unknown and deactivated accounts after a real password hash, with the same message unless the password is right", async () => {
    const unknown = await attempt("ghost@x.org", "some-password-1", "203.0.113.9");
    expect(unknown).toMatchObject({
      ok: false,
      checked: true,
      error: "Wrong email or password, or the account is deactivated.",
    });
    await db.prisma.user.update({ where: { email: "burst@x.org" }, data: { active: false } });
    const wrongPassword = await attempt("burst@x.org", "not-the-password-1", "203.0.113.10");
    expect(wrongPassword).toEqual(unknown);
    // Issue 10: whoever knows the password is told why (the account's owner, as a rule).
    const deactivated = await attempt("burst@x.org", PASSWORD, "203.0.113.10");
    expect(deactivated).toMatchObject({
      ok: false,
      checked: true,
      error: "This account has been deactivated. Ask an administrator to reactivate it.",
    });
  });
});

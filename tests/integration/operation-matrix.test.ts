// Every operation (the chain behind each server action and API route) tried as each role and as
// signed-out: a denied role gets "forbidden", signed-out gets "unauthenticated", and an allowed role
// succeeds on rows seeded for that call (tests/helpers/operation-inputs.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDb } from "@/lib/db/connect";
import { setDb } from "@/lib/db";
import { executeOperation, type TOperation } from "@/lib/auth/operation";
import { can, ROLES } from "@/lib/auth/permissions";
import { createUserWithPassword } from "@/lib/auth/passwords";
import { createTestDb } from "../helpers/test-db";
import { inputFor } from "../helpers/operation-inputs";

const modules = import.meta.glob<{ OPERATIONS: TOperation<unknown, unknown>[] }>(
  "/lib/**/operations/index.ts",
  { eager: true },
);
const operations = Object.values(modules).flatMap((m) => m.OPERATIONS);

let db: TDb;
const users: Record<
  string,
  { id: string; email: string; name: string; role: (typeof ROLES)[number] }
> = {};

beforeAll(async () => {
  db = await createTestDb();
  setDb(db);
  for (const role of ROLES) {
    const email = `${role.toLowerCase()}@matrix.test`;
    const { id } = await createUserWithPassword(db.prisma, {
      email,
      name: role,
      role,
      password: "matrix-password",
    });
    users[role] = { id, email, name: role, role };
  }
});
afterAll(async () => db?.close());

describe("role × operation matrix", () => {
  it("finds the operations", () => {
    expect(operations.length).toBeGreaterThan(0);
    expect(new Set(operations.map((o) => o.name)).size).toBe(operations.length);
  });

  for (const op of operations) {
    it(`${op.name}: signed-out is refused`, async () => {
      const result = await executeOperation(op, null, op.example);
      expect(result).toMatchObject({ ok: false, code: "unauthenticated" });
    });
    for (const role of ROLES) {
      const allowed = can(role, op.permission);
      it(`${op.name}: ${role} is ${allowed ? "let through" : "forbidden"}`, async () => {
        if (!allowed) {
          expect(await executeOperation(op, users[role], op.example)).toMatchObject({
            ok: false,
            code: "forbidden",
          });
          return;
        }
        const result = await executeOperation(op, users[role], await inputFor(db, op, users[role]));
        expect(result.ok ? "ok" : `${result.code}: ${result.error}`).toBe("ok");
      });
    }
  }
});

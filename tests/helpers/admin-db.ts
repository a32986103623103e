// A fresh database with one admin for the admin settings tests: runs an operation as that admin
// (failing the test on a refusal) and reads the latest audit row.
import { afterAll, beforeAll } from "vitest";
import type { TDb } from "@/lib/db/connect";
import { setDb } from "@/lib/db";
import { executeOperation, type TOperation } from "@/lib/auth/operation";
import { createUserWithPassword } from "@/lib/auth/passwords";
import type { TSessionUser } from "@/lib/auth/session-types";
import { createTestDb } from "./test-db";

export function withAdminDb(email: string) {
  const ctx = {} as { db: TDb; admin: TSessionUser };
  beforeAll(async () => {
    ctx.db = await createTestDb();
    setDb(ctx.db);
    const { id } = await createUserWithPassword(ctx.db.prisma, {
      email,
      name: "Root",
      role: "ADMIN",
      password: "root-password-1",
    });
    ctx.admin = { id, email, name: "Root", role: "ADMIN" };
  });
  afterAll(async () => ctx.db?.close());

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async function run<T>(op: TOperation<any, any>, input: unknown): Promise<T> {
    const result = await executeOperation(op, ctx.admin, input);
    if (!result.ok)
      throw new Error(
        `${result.code}: ${result.error} ${JSON.stringify(result.fieldErrors ?? {})}`,
      );
    return result.data as T;
  }
  const lastAudit = () =>
    ctx.db.prisma.moderationAction.findFirstOrThrow({ orderBy: { id: "desc" } });
  return { ctx, run, lastAudit };
}

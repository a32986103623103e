// Shared setup for the moderation integration tests: one fresh database per test file with three
// users and the fixture, plus the small readers (queue pages, versions, audit rows) the tests share.
import { afterAll, beforeAll, expect } from "vitest";
import type { TDb } from "@/lib/db/connect";
import { setDb } from "@/lib/db";
import { createUserWithPassword } from "@/lib/auth/passwords";
import type { TSessionUser } from "@/lib/auth/session-types";
import { parseQueueParams, type TQueueParams } from "@/lib/moderation/queue-params";
import { selectQueuePage } from "@/lib/moderation/queue-sql";
import type { TQueueRow } from "@/lib/moderation/types";
import { createTestDb } from "./test-db";
import { seedModerationFixture, type TFixture } from "./moderation-fixture";

// Live bindings: set by the hooks below before any test of the importing file runs.
export let db: TDb;
export let fx: TFixture;
export const users = {} as Record<"alice" | "bob" | "eddie", TSessionUser>;

/** Registers the hooks that open this file's database, create the users and seed the fixture. */
export function setupModerationDb(): void {
  beforeAll(async () => {
    db = await createTestDb();
    setDb(db);
    for (const [key, name, role] of [
      ["alice", "Alice Mod", "MODERATOR"],
      ["bob", "Bob Mod", "MODERATOR"],
      ["eddie", "Eddie Editor", "EDITOR"],
    ] as const) {
      const email = `${key}@moderation.test`;
      const { id } = await createUserWithPassword(db.prisma, {
        email,
        name,
        role,
        password: "moderation-password",
      });
      users[key] = { id, email, name, role };
    }
    fx = await seedModerationFixture(db);
  });
  afterAll(async () => db?.close());
}

export const q = (raw: Record<string, string> = {}): TQueueParams => parseQueueParams(raw);
export async function allPages(params: TQueueParams, limit = 7): Promise<TQueueRow[]> {
  const out: TQueueRow[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 100; i++) {
    const page = await selectQueuePage(db.sql, { ...params, cursor }, limit);
    out.push(...page.rows);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return out;
}
export const ok = <T>(result: { ok: boolean; data?: T }) => {
  expect(result).toMatchObject({ ok: true });
  return (result as { data: T }).data;
};
export const version = async (id: number) =>
  (await db.prisma.comment.findUniqueOrThrow({ where: { id } })).version;
export const audits = (id: number) =>
  db.prisma.moderationAction.findMany({
    where: { targetType: "COMMENT", targetId: String(id) },
    orderBy: { id: "asc" },
  });

// Shared setup for the author and reader-report integration tests: one fresh database per test file
// with an admin, an editor and a moderator, and the small ingest / read helpers those tests share.
import { afterAll, beforeAll, expect } from "vitest";
import type { TDb } from "@/lib/db/connect";
import { setDb } from "@/lib/db";
import { createUserWithPassword } from "@/lib/auth/passwords";
import type { TSessionUser } from "@/lib/auth/session-types";
import { ingestPayload } from "@/lib/import/ingest-api";
import { listPublicComments } from "@/lib/moderation/public-queries";
import { createTestDb } from "./test-db";

// Live binding: set by the hook below before any test of the importing file runs.
export let db: TDb;
export const users = {} as Record<"ADMIN" | "EDITOR" | "MODERATOR", TSessionUser>;
export const URL_A = "https://www.paper.example/story-a";

/** Registers the hooks that open this file's database and create one user per role. */
export function setupAuthorsDb(): void {
  beforeAll(async () => {
    db = await createTestDb();
    setDb(db);
    for (const role of ["ADMIN", "EDITOR", "MODERATOR"] as const) {
      const email = `${role.toLowerCase()}@authors.test`;
      const { id } = await createUserWithPassword(db.prisma, {
        email,
        name: role,
        role,
        password: "authors-password",
      });
      users[role] = { id, email, name: role, role };
    }
  });
  afterAll(async () => db?.close());
}

export async function ingest(records: unknown[]) {
  const result = await ingestPayload(db, { comments: records });
  expect(result.body.errors).toEqual([]);
  return result.body.commentIds;
}
export async function comment(externalId: string) {
  return db.prisma.comment.findFirstOrThrow({ where: { externalId }, include: { author: true } });
}
export async function ok<T>(
  promise: Promise<{ ok: boolean; data?: T; error?: string }>,
): Promise<T> {
  const r = await promise;
  if (!r.ok) throw new Error(`operation refused: ${r.error}`);
  return r.data as T;
}
export const publicIds = async (articleId: number) =>
  (await listPublicComments(articleId, null, 1000))!.comments.map((c) => c.id);

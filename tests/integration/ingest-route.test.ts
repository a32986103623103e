import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDb } from "@/lib/db/connect";
import { setDb } from "@/lib/db";
import { createApiKey } from "@/lib/admin/api-keys";
import { POST } from "@/app/api/v1/comments/route";
import { createTestDb } from "../helpers/test-db";

let db: TDb;
let token = "";
beforeAll(async () => {
  db = await createTestDb();
  setDb(db);
  token = (await createApiKey(db.prisma, { name: "live comments", createdById: null })).token;
});
afterAll(async () => db?.close());

const post = (
  body: string,
  headers: Record<string, string> = { authorization: `Bearer ${token}` },
) =>
  POST(
    new Request("http://localhost/api/v1/comments", {
      method: "POST",
      body,
      headers: { "content-type": "application/json", ...headers },
    }),
  );

describe("POST /api/v1/comments", () => {
  it("takes comments with a valid key and scores them", async () => {
    const res = await post(
      JSON.stringify({
        articleUrl: "https://live.example/r",
        articleTitle: "Route",
        externalId: "r1",
        body: "Jews are rats",
      }),
    );
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.created).toBe(1);
    const comment = await db.prisma.comment.findUniqueOrThrow({
      where: { id: body.commentIds[0] },
    });
    expect(comment.scoredAt).not.toBeNull();
  });

  it("refuses a missing, wrong or revoked key", async () => {
    expect((await post("{}", {})).status).toBe(401);
    expect((await post("{}", { authorization: "Bearer vgl_nope" })).status).toBe(401);
    const revoked = await createApiKey(db.prisma, { name: "old", createdById: null });
    await db.prisma.apiKey.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });
    expect((await post("{}", { authorization: `Bearer ${revoked.token}` })).status).toBe(401);
  });

  it("explains bad JSON and oversized bodies", async () => {
    const bad = await post("{nope");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/not valid JSON/);
    expect((await post("x".repeat(5 * 1024 * 1024 + 10))).status).toBe(413);
  });
});

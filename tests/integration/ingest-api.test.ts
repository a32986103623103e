import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDb } from "@/lib/db/connect";
import { ingestPayload, MAX_INGEST_RECORDS } from "@/lib/import/ingest-api";
import { createTestDb } from "../helpers/test-db";

let db: TDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => db?.close());

describe("live ingestion payloads", () => {
  it("accepts flat comments for one article, threads them, and is idempotent", async () => {
    const payload = {
      comments: [
        {
          articleUrl: "https://live.example/story",
          articleTitle: "Live story",
          externalId: "L1",
          author: "Eve",
          body: "First!",
        },
        {
          articleUrl: "https://live.example/story",
          externalId: "L2",
          author: "Fay",
          body: "Second",
          parentExternalId: "L1",
        },
      ],
    };
    const first = await ingestPayload(db, payload);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ created: 2, rejected: 0 });
    const again = await ingestPayload(db, payload);
    expect(again.body).toMatchObject({ created: 0, unchanged: 2 });
    const reply = await db.prisma.comment.findFirstOrThrow({
      where: { externalId: "L2" },
      include: { parent: true, article: true },
    });
    expect(reply.parent?.externalId).toBe("L1");
    expect(reply.article.title).toBe("Live story");
  });

  it("keeps the good records and reports the bad ones by index", async () => {
    const result = await ingestPayload(db, [
      { articleUrl: "https://live.example/two", externalId: "G1", body: "good" },
      { articleUrl: "https://live.example/two", externalId: "B1" },
      "nonsense",
    ]);
    expect(result.status).toBe(201);
    expect(result.body.created).toBe(1);
    expect(result.body.errors.map((e) => e.where)).toEqual(["record 2", "record 3"]);
  });

  it("refuses a body with nothing usable, and too many records", async () => {
    expect((await ingestPayload(db, 42)).status).toBe(400);
    expect((await ingestPayload(db, [{ body: "no article" }])).status).toBe(400);
    const tooMany = Array.from({ length: MAX_INGEST_RECORDS + 1 }, (_, i) => ({
      articleUrl: "https://x",
      body: `c${i}`,
    }));
    const result = await ingestPayload(db, tooMany);
    expect(result.status).toBe(400);
    expect(result.body.errors[0].message).toMatch(/too many records/);
  });
});

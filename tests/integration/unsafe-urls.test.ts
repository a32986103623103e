// Article links are stored only when they are http(s): a javascript: or data: URL from an import
// or the ingestion API leaves the article without a link instead of planting a script link.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDb } from "@/lib/db/connect";
import { setDb } from "@/lib/db";
import { ingestPayload } from "@/lib/import/ingest-api";
import { createTestDb } from "../helpers/test-db";

let db: TDb;
beforeAll(async () => {
  db = await createTestDb();
  setDb(db);
});
afterAll(async () => db?.close());

describe("article URLs", () => {
  it("stores only http(s) links", async () => {
    for (const [i, url] of [
      "javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "https://paper.example/ok",
    ].entries()) {
      const result = await ingestPayload(db, {
        comments: [
          {
            articleUrl: url,
            articleTitle: `Story ${i}`,
            externalId: `u${i}`,
            author: "Ann",
            body: `comment ${i}`,
          },
        ],
      });
      expect(result.status, url).toBeLessThan(300);
    }
    const urls = (
      await db.prisma.article.findMany({ orderBy: { id: "asc" }, select: { url: true } })
    ).map((a) => a.url);
    expect(urls.filter((u) => u !== null)).toEqual(["https://paper.example/ok"]);
  });
});

// The authors migration on existing data: authors matched by name across sites are split per site
// (the host of the article's URL), each comment keeping the author of its own site.
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { openDb } from "@/lib/db/connect";
import { applyMigrations, MIGRATIONS_DIR } from "@/lib/db/migrate";

const MIGRATION = "20261130205500_authors_reader_reports";

it("splits authors per site and keys them by site and name", async () => {
  const before = await mkdtemp(path.join(tmpdir(), "vigil-mig-"));
  for (const name of await readdir(MIGRATIONS_DIR))
    if (name < MIGRATION && /^\d{14}_/.test(name))
      await cp(path.join(MIGRATIONS_DIR, name), path.join(before, name), { recursive: true });
  const db = await openDb({ kind: "pglite", dataDir: null, display: "authors migration" });
  try {
    await applyMigrations(db.sql, before);
    await db.sql
      .exec(`INSERT INTO "Article" ("key","url","title","updatedAt") VALUES ('a','https://www.a.example/x','A',now()),('b','http://B.example:80/y','B',now()),('c',NULL,'C',now());
      INSERT INTO "Author" ("key","name") VALUES ('sam','Sam'),('kim','Kim'),('nobody','Nobody');
      INSERT INTO "Comment" ("articleId","authorId","dedupeKey","body","contentHash","updatedAt")
      VALUES (1,1,'k1','x','h',now()),(2,1,'k2','x','h',now()),(3,1,'k3','x','h',now()),(2,2,'k4','x','h',now());`);
    await applyMigrations(db.sql);
    const { rows } = await db.sql.query<{ key: string; site: string; articles: string }>(
      `SELECT au."key", au."site", COALESCE(string_agg(c."articleId"::text, ',' ORDER BY c."articleId"), '') AS articles
       FROM "Author" au LEFT JOIN "Comment" c ON c."authorId" = au."id" GROUP BY 1, 2`,
    );
    expect(rows.sort((x, y) => (x.key < y.key ? -1 : 1))).toEqual([
      { key: "a.example|n:sam", site: "a.example", articles: "1" },
      { key: "b.example|n:kim", site: "b.example", articles: "2" },
      { key: "b.example|n:sam", site: "b.example", articles: "2" },
      { key: "|n:nobody", site: "", articles: "" },
      { key: "|n:sam", site: "", articles: "3" },
    ]);
  } finally {
    await db.close();
    await rm(before, { recursive: true, force: true });
  }
});

// Reported view on 200k comments (1 % with open reports) on TEST_DATABASE_URL's server: keyset page and
// view-count timings, and the plan (the partial index). Run: TEST_DATABASE_URL=… npx tsx tests/bench/reported-view.bench.ts
import { createTestDb } from "../helpers/test-db";
import { parseQueueParams } from "@/lib/moderation/queue-params";
import { selectQueuePage } from "@/lib/moderation/queue-sql";
import { countViews } from "@/lib/moderation/queue-counts";

async function main() {
  const db = await createTestDb();
  try {
    await db.sql
      .exec(`INSERT INTO "Article" ("key","title","updatedAt") SELECT 'a' || g, 'A' || g, now() FROM generate_series(1, 200) g;
      INSERT INTO "Comment" ("articleId","dedupeKey","body","contentHash","updatedAt","priority","openReports","status")
      SELECT 1 + g % 200, 'k' || g, 'comment ' || g, 'h', now(), (g * 7919) % 100, CASE WHEN g % 100 = 0 THEN 1 + g % 3 ELSE 0 END,
             (ARRAY['PENDING','PENDING','APPROVED','FLAGGED','HIDDEN'])[1 + g % 5]::"CommentStatus"
      FROM generate_series(1, 200000) g; ANALYZE "Comment";`);
    const p = parseQueueParams({ view: "reported" });
    const times: number[] = [];
    const counts: number[] = [];
    let page = await selectQueuePage(db.sql, p);
    for (let i = 0; i < 30; i++) {
      const t = performance.now();
      page = await selectQueuePage(
        db.sql,
        i % 2 ? { ...p, cursor: page.nextCursor ?? undefined } : p,
      );
      times.push(performance.now() - t);
      const t2 = performance.now();
      await countViews(db.sql, p);
      counts.push(performance.now() - t2);
    }
    times.sort((a, b) => a - b);
    counts.sort((a, b) => a - b);
    console.log(
      `view counts (all tabs incl. Reported): p50 ${counts[15].toFixed(1)} ms, p95 ${counts[28].toFixed(1)} ms`,
    );
    console.log(
      `reported view keyset page, 200k comments / 2k reported: p50 ${times[15].toFixed(1)} ms, p95 ${times[28].toFixed(1)} ms, rows ${page.rows.length}`,
    );
    const { rows } = await db.sql.query<{ "QUERY PLAN": string }>(
      `EXPLAIN SELECT c."id" FROM "Comment" c WHERE c."openReports" > 0 ORDER BY c."priority" DESC, c."id" ASC LIMIT 51`,
    );
    console.log(rows.map((r) => r["QUERY PLAN"]).join("\n"));
  } finally {
    await db.close();
  }
}
void main();

// The queue benchmark's data: synthetic comments (a few sentences combined, skewed harm scores,
// a status mix like a real queue) generated inside PostgreSQL in chunks.
import type { TDb } from "@/lib/db/connect";

const SENTENCES = [
  "These people are rats and should be driven out of the country",
  "I think the ceasefire will hold if both sides keep talking",
  "The OPCW faked its report and everyone knows it",
  "Thanks for the clear map of the front line this week",
  "Government forces recaptured the villages south of the river",
  "ISIS is america and the media will never tell you",
  "Reasonable analysis though the dates look a little off",
  "Nobody asked for your opinion you idiot",
  "The convoy reached the city before nightfall on Tuesday",
  "Kill every single one of them and be done with it",
  "Air support made the difference in the desert pocket",
  "Source please, I cannot find this anywhere else",
  "The bridge reopened after two weeks of repairs",
  "Civilians were evacuated through the northern corridor",
  "Another propaganda piece from the usual suspects",
  "Great reporting, keep it up",
];

/** Loads `rows` comments over 2,000 articles and 50,000 authors, then builds the full-text index once. */
export async function loadQueueComments(db: TDb, ROWS: number): Promise<void> {
  const t = performance.now();
  await db.sql.query(
    `INSERT INTO "Article" ("key","title","body","updatedAt") SELECT 'bench:' || g, 'Bench article ' || g, 'Body', now() FROM generate_series(1, 2000) g`,
  );
  await db.sql.query(
    `INSERT INTO "Author" ("key","name") SELECT 'bench:' || g, 'Reader ' || g FROM generate_series(1, 50000) g`,
  );
  // Building the full-text GIN index once after the load is far faster than maintaining it per row.
  await db.sql.exec(`DROP INDEX "vigil_comment_fts"`);
  const chunk = 100_000;
  for (let from = 1; from <= ROWS; from += chunk) {
    const to = Math.min(ROWS, from + chunk - 1);
    await db.sql.query(
      `INSERT INTO "Comment" ("articleId","authorId","dedupeKey","body","contentHash","status","flagCategory","priority",
         "hateScore","harassmentScore","threatScore","profanityScore","extremismScore","misinfoScore","flaggedHarms","hasClaimMatch",
         "createdAt","postedAt","updatedAt")
       SELECT 1 + (g::bigint * 7919) % 2000, 1 + (g::bigint * 104729) % 50000, 'b' || g,
         s.a || '. ' || s.b || ' (#' || g || ')', md5(g::text),
         st.status::"CommentStatus", CASE WHEN st.status = 'FLAGGED' THEN 'HATE'::"FlagCategory" END,
         round((sc.hate * 60 + sc.misinfo * 40)::numeric, 2)::float8,
         sc.hate, sc.har, sc.thr, sc.prof, sc.ext, sc.misinfo,
         array_remove(ARRAY[CASE WHEN sc.hate >= 0.5 THEN 'hate' END, CASE WHEN sc.misinfo >= 0.5 THEN 'misinformation' END,
                            CASE WHEN sc.thr >= 0.5 THEN 'threat' END], NULL),
         g % 97 = 0, now() - make_interval(secs => ($2::int - g) * 30), now() - make_interval(secs => ($2::int - g) * 30 + 600), now()
       FROM generate_series($1::int, $3::int) g
       CROSS JOIN LATERAL (SELECT (ARRAY[${SENTENCES.map((s) => `'${s}'`).join(",")}])[1 + (g * 31) % ${SENTENCES.length}] AS a,
                                  (ARRAY[${SENTENCES.map((s) => `'${s}'`).join(",")}])[1 + (g * 17) % ${SENTENCES.length}] AS b) s
       CROSS JOIN LATERAL (SELECT CASE WHEN g % 20 < 12 THEN 'PENDING' WHEN g % 20 < 16 THEN 'APPROVED' WHEN g % 20 < 18 THEN 'FLAGGED' ELSE 'HIDDEN' END AS status) st
       -- "WHERE g IS NOT NULL" ties the subquery to the row: uncorrelated, PostgreSQL would run it
       -- once and give every comment of a chunk the same scores.
       CROSS JOIN LATERAL (SELECT power(random(), 3) AS hate, power(random(), 4) AS har, power(random(), 5) AS thr,
                                  power(random(), 3) AS prof, power(random(), 5) AS ext, power(random(), 4) AS misinfo WHERE g IS NOT NULL) sc`,
      [from, ROWS, to],
    );
    process.stdout.write(`  loaded ${to.toLocaleString("en-US")} comments\r`);
  }
  await db.sql.exec(`SET maintenance_work_mem = '512MB'`);
  await db.sql.exec(
    `CREATE INDEX "vigil_comment_fts" ON "Comment" USING GIN (to_tsvector('english', "body"))`,
  );
  await db.sql.exec(`VACUUM ANALYZE "Comment"`);
  console.log(
    `\nLoaded ${ROWS.toLocaleString("en-US")} comments (2,000 articles, 50,000 authors) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
}

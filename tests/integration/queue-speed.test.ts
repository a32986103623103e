// The queue's speed paths give the same answers as the plain queries: a page found by walking the
// sort's index (text search, harm, minimum score) equals the page the filters' indexes find, on
// every page of a keyset walk; and the page's cached tab counts are read afresh after a decision.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDb } from "@/lib/db/connect";
import { setDb } from "@/lib/db";
import { parseQueueParams, type TQueueParams } from "@/lib/moderation/queue-params";
import { selectAdjacent, selectQueuePage } from "@/lib/moderation/queue-sql";
import { commentsVersion, countViews, TEXT_COUNT_CAP } from "@/lib/moderation/queue-counts";
import { getViewCounts } from "@/lib/moderation/queries";
import { createTestDb } from "../helpers/test-db";

// Made-up sentences: one common word ("bridge", every third comment) and one rare ("ferry").
const SENTENCES = [
  "The bridge reopened after the repairs",
  "Talks resumed in the capital today",
  "Heavy rain delayed the convoy again",
  "A ferry crossed the river at dawn",
  "Nobody believes the official numbers",
  "Prices at the market rose this week",
];
const ROWS = 400;

let db: TDb;
beforeAll(async () => {
  db = await createTestDb();
  setDb(db);
  const { id: articleId } = await db.prisma.article.create({
    data: { key: "url:speed", title: "Speed fixture" },
  });
  // Deterministic scores with many ties (two decimals), statuses mixed, times spread.
  await db.sql.query(
    `INSERT INTO "Comment" ("articleId", "dedupeKey", "body", "contentHash", "status", "priority", "hateScore", "misinfoScore",
       "flaggedHarms", "createdAt", "updatedAt")
     SELECT $1, 's' || g, (ARRAY[${SENTENCES.map((x) => `'${x}'`).join(",")}])[1 + (g * 7) % 6] || ' #' || (g % 11), 'sh' || g,
       (ARRAY['PENDING','PENDING','PENDING','APPROVED','FLAGGED','HIDDEN'])[1 + g % 6]::"CommentStatus",
       ((g * 37) % 23)::float8, ((g * 13) % 20) / 20.0, ((g * 29) % 17) / 17.0,
       CASE WHEN (g * 13) % 20 >= 10 THEN ARRAY['hate'] ELSE ARRAY[]::text[] END,
       now() - make_interval(mins => (g * 7) % 97), now()
     FROM generate_series(1, ${ROWS}) g`,
    [articleId],
  );
});
afterAll(async () => db?.close());

const q = (raw: Record<string, string> = {}): TQueueParams => parseQueueParams(raw);

/** Every page's ids, following the cursors. */
async function walkAll(params: TQueueParams, walkRows: number, limit = 7): Promise<number[][]> {
  const pages: number[][] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 200; i++) {
    const page = await selectQueuePage(db.sql, { ...params, cursor }, limit, walkRows);
    pages.push(page.rows.map((r) => r.id));
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return pages;
}

describe("pages found by walking the sort's index", () => {
  const cases: Array<Record<string, string>> = [
    { view: "all", q: "bridge" },
    { q: "bridge repairs" },
    { view: "all", q: "ferry", sort: "newest" },
    // Fewer matches in all than a page: the full-text index answers without a walk.
    { view: "all", q: "ferry 3" },
    { view: "all", q: "ferry 3", sort: "score-hate" },
    { view: "all", q: "bridge", sort: "oldest" },
    { harm: "hate" },
    { view: "all", harm: "hate", sort: "newest" },
    { harm: "hate", sort: "score-hate", minScore: "0.7" },
    { scoreHarm: "misinformation", minScore: "0.8" },
    { view: "all", scoreHarm: "misinformation", minScore: "0.5", q: "bridge", sort: "score-hate" },
  ];
  for (const raw of cases) {
    it(`equal the plain query's pages: ${new URLSearchParams(raw)}`, async () => {
      const plain = await walkAll(q(raw), 0);
      // 3 walked rows rarely fill a page (plain query decides), 40 often do, 1500 covers the fixture.
      for (const walkRows of [3, 40, 1500]) expect(await walkAll(q(raw), walkRows)).toEqual(plain);
      expect(plain.flat().length).toBeGreaterThan(0);
    });
  }
});

describe("the All view, merged from one index range per status", () => {
  for (const sort of ["priority", "score-hate"]) {
    it(`next and previous (j / k) follow the pages' order, sorted by ${sort}`, async () => {
      const order = (await walkAll(q({ view: "all", sort }), 0, 50)).flat();
      const column = sort === "priority" ? `"priority"` : `"hateScore"`;
      const plain = await db.sql.query<{ id: number }>(
        `SELECT "id" FROM "Comment" ORDER BY ${column} DESC, "id" ASC`,
      );
      expect(order).toEqual(plain.rows.map((r) => Number(r.id)));
      for (const i of [0, 1, 57, 200, ROWS - 2]) {
        expect(
          await selectAdjacent(db.sql, q({ view: "all", sort }), order[i], "next", "someone"),
        ).toBe(order[i + 1]);
        expect(
          await selectAdjacent(
            db.sql,
            q({ view: "all", sort }),
            order[i + 1],
            "previous",
            "someone",
          ),
        ).toBe(order[i]);
      }
      expect(
        await selectAdjacent(db.sql, q({ view: "all", sort }), order[ROWS - 1], "next", "someone"),
      ).toBeNull();
    });
  }
});

describe("tab counts", () => {
  it("count each view under a harm filter (the per-harm indexes) like a plain grouping does", async () => {
    const { rows } = await db.sql.query<{ status: string; n: number }>(
      `SELECT "status"::text AS status, count(*)::int AS n FROM "Comment" WHERE 'hate' = ANY("flaggedHarms") GROUP BY 1`,
    );
    const by = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    const counts = await countViews(db.sql, q({ harm: "hate" }));
    expect(counts).toMatchObject({
      needsReview: by.PENDING,
      approved: by.APPROVED,
      flagged: by.FLAGGED,
      hidden: by.HIDDEN,
      capped: false,
    });
    expect(counts.all).toBe(rows.reduce((a, r) => a + Number(r.n), 0));
    expect(counts.all).toBeGreaterThan(0);
  });

  it("the comments' version changes with a decision and with a new comment", async () => {
    const before = await commentsVersion(db.sql);
    const { rows } = await db.sql.query<{ id: number }>(
      `SELECT "id" FROM "Comment" WHERE "status" = 'PENDING' ORDER BY "id" LIMIT 1`,
    );
    await db.sql.query(
      `UPDATE "Comment" SET "status" = 'APPROVED', "updatedAt" = now() WHERE "id" = $1`,
      [rows[0].id],
    );
    const afterDecision = await commentsVersion(db.sql);
    expect(afterDecision).not.toBe(before);
    await db.sql.query(
      `INSERT INTO "Comment" ("articleId", "dedupeKey", "body", "contentHash", "updatedAt") SELECT "articleId", 'extra', 'One more', 'xh', "updatedAt" FROM "Comment" WHERE "id" = $1`,
      [rows[0].id],
    );
    expect(await commentsVersion(db.sql)).not.toBe(afterDecision);
  });

  it("a page's cached counts are read afresh once a comment changed", async () => {
    const params = q();
    const first = await getViewCounts(params, 60_000);
    expect(first).toEqual(await countViews(db.sql, params));
    const { rows } = await db.sql.query<{ id: number }>(
      `SELECT "id" FROM "Comment" WHERE "status" = 'PENDING' ORDER BY "id" LIMIT 1`,
    );
    await db.sql.query(
      `UPDATE "Comment" SET "status" = 'FLAGGED', "updatedAt" = now() WHERE "id" = $1`,
      [rows[0].id],
    );
    const second = await getViewCounts(params, 60_000);
    expect(second.needsReview).toBe(first.needsReview - 1);
    expect(second.flagged).toBe(first.flagged + 1);
    // Unchanged comments: the cached answer is reused (the same object).
    expect(await getViewCounts(params, 60_000)).toBe(second);
  });

  it("under a text search: exact per view when few comments match, lower bounds (shown as N+) past the cap", async () => {
    const exact = async (word: string) => {
      const { rows } = await db.sql.query<{ status: string; n: number }>(
        `SELECT "status"::text AS status, count(*)::int AS n FROM "Comment" WHERE to_tsvector('english', "body") @@ websearch_to_tsquery('english', $1) GROUP BY 1`,
        [word],
      );
      return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])) as Record<string, number>;
    };
    const few = await exact("ferry");
    expect(await countViews(db.sql, q({ q: "ferry" }))).toEqual({
      needsReview: few.PENDING ?? 0,
      flagged: few.FLAGGED ?? 0,
      hidden: few.HIDDEN ?? 0,
      approved: few.APPROVED ?? 0,
      reported: 0,
      all: Object.values(few).reduce((a, b) => a + b, 0),
      capped: false,
    });
    await db.sql.query(
      `INSERT INTO "Comment" ("articleId", "dedupeKey", "body", "contentHash", "status", "updatedAt")
       SELECT "articleId", 'tt' || g, 'The timetable changed again', 'tth' || g, (ARRAY['PENDING','FLAGGED'])[1 + g % 2]::"CommentStatus", now()
       FROM (SELECT "articleId" FROM "Comment" LIMIT 1) a CROSS JOIN generate_series(1, ${TEXT_COUNT_CAP + 50}) g`,
    );
    const many = await exact("timetable");
    const counts = await countViews(db.sql, q({ q: "timetable" }));
    expect(counts).toMatchObject({
      atLeast: true,
      capped: true,
      all: TEXT_COUNT_CAP,
      hidden: 0,
      approved: 0,
    });
    expect(counts.needsReview + counts.flagged).toBe(TEXT_COUNT_CAP + 1);
    expect(counts.needsReview).toBeLessThanOrEqual(many.PENDING);
    expect(counts.flagged).toBeLessThanOrEqual(many.FLAGGED);
  });
});

// Queue queries against a real database: filters, sorts, keyset pages that neither overlap nor
// skip, full-text search, view counts, tolerant URL parsing, and claim leases in the queue.
import { describe, expect, it } from "vitest";
import { executeOperation } from "@/lib/auth/operation";
import { selectAdjacent, selectQueuePage } from "@/lib/moderation/queue-sql";
import { countMatching, countViews } from "@/lib/moderation/queue-counts";
import { claimComment } from "@/lib/moderation/operations/claim-comment";
import { releaseClaim } from "@/lib/moderation/operations/release-claim";
import type { TFixture } from "../helpers/moderation-fixture";
import { allPages, db, fx, ok, q, setupModerationDb, users } from "../helpers/moderation-db";

setupModerationDb();

describe("queue queries", () => {
  it("lists Needs review by priority, highest first, and keyset pages neither overlap nor skip", async () => {
    const rows = await allPages(q());
    const expected = fx.comments
      .filter((c) => c.status === "PENDING")
      .sort((a, b) => b.priority - a.priority || a.id - b.id);
    expect(rows.map((r) => r.id)).toEqual(expected.map((c) => c.id));
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows.every((r) => r.status === "PENDING")).toBe(true);
  });

  for (const sort of ["newest", "oldest", "score-hate"] as const) {
    it(`pages through every row exactly once when sorted by ${sort}`, async () => {
      const rows = await allPages(q({ view: "all", sort }), 9);
      const key = (c: TFixture["comments"][number]) =>
        sort === "score-hate" ? c.hate : c.createdAt.getTime();
      const expected = [...fx.comments].sort((a, b) =>
        sort === "oldest"
          ? key(a) - key(b) || a.id - b.id
          : sort === "newest"
            ? key(b) - key(a) || b.id - a.id
            : key(b) - key(a) || a.id - b.id,
      );
      expect(rows.map((r) => r.id)).toEqual(expected.map((c) => c.id));
    });
  }

  it("filters by harm, min score, article, author, date, claim match and status", async () => {
    const hate = await allPages(q({ view: "all", harm: "hate" }), 50);
    expect(hate.length).toBe(fx.comments.filter((c) => c.harms.includes("hate")).length);
    expect(hate.every((r) => r.flaggedHarms.includes("hate"))).toBe(true);

    const strong = await allPages(q({ view: "all", scoreHarm: "hate", minScore: "0.8" }), 50);
    expect(strong.length).toBe(fx.comments.filter((c) => c.hate >= 0.8).length);
    expect(strong.every((r) => r.scores.hate >= 0.8)).toBe(true);

    const byArticle = await allPages(q({ view: "all", article: String(fx.articleB) }), 50);
    expect(byArticle.length).toBe(fx.comments.filter((c) => c.articleId === fx.articleB).length);

    const byAuthor = await allPages(q({ view: "all", author: String(fx.authorTroll) }), 50);
    expect(byAuthor.length).toBe(fx.comments.filter((c) => c.authorId === fx.authorTroll).length);
    expect(byAuthor.every((r) => r.authorName === "Troll Account")).toBe(true);

    const dated = await allPages(
      q({ view: "all", dateField: "posted", from: "2024-01-10", to: "2024-01-12" }),
      50,
    );
    expect(dated.length).toBe(
      fx.comments.filter((c) => c.postedDay >= 10 && c.postedDay <= 12).length,
    );
    expect(dated.length).toBeGreaterThan(0);

    const claims = await allPages(q({ view: "all", claim: "1" }), 50);
    expect(claims.map((r) => r.id).sort()).toEqual(
      fx.comments
        .filter((c) => c.claim)
        .map((c) => c.id)
        .sort(),
    );

    const flaggedOnly = await allPages(q({ view: "all", status: "FLAGGED" }), 50);
    expect(flaggedOnly.length).toBe(fx.comments.filter((c) => c.status === "FLAGGED").length);
    const flaggedView = await allPages(q({ view: "flagged" }), 50);
    expect(flaggedView.map((r) => r.id)).toEqual(flaggedOnly.map((r) => r.id));
  });

  it("searches the text with PostgreSQL full-text search (stemmed, web syntax)", async () => {
    const rats = await allPages(q({ view: "all", q: "rat" }), 50);
    expect(rats.length).toBe(fx.comments.filter((c) => /\brats?\b/i.test(c.body)).length);
    expect(rats.length).toBeGreaterThan(0);
    const phrase = await allPages(q({ view: "all", q: '"opcw faked" -video' }), 50);
    expect(phrase.every((r) => /opcw faked/i.test(r.excerpt) && !/video/i.test(r.excerpt))).toBe(
      true,
    );
    expect(phrase.length).toBeGreaterThan(0);
  });

  it("counts every view under the current filters", async () => {
    const counts = await countViews(db.sql, q({ article: String(fx.articleA) }));
    const inA = fx.comments.filter((c) => c.articleId === fx.articleA);
    expect(counts).toMatchObject({
      needsReview: inA.filter((c) => c.status === "PENDING").length,
      flagged: inA.filter((c) => c.status === "FLAGGED").length,
      hidden: inA.filter((c) => c.status === "HIDDEN").length,
      approved: inA.filter((c) => c.status === "APPROVED").length,
      all: inA.length,
      capped: false,
    });
    expect(await countMatching(db.sql, q({ view: "all" }), 5)).toBe(6);
  });

  it("ignores a cursor from another sort or a tampered one, and bad URL values fall back to defaults", async () => {
    const first = await selectQueuePage(db.sql, q(), 5);
    const other = await selectQueuePage(
      db.sql,
      { ...q({ sort: "newest" }), cursor: first.nextCursor! },
      5,
    );
    expect(other.rows[0].id).toBe(
      (await selectQueuePage(db.sql, q({ sort: "newest" }), 5)).rows[0].id,
    );
    expect(
      (await selectQueuePage(db.sql, { ...q(), cursor: "garbage!!" }, 5)).rows.map((r) => r.id),
    ).toEqual(first.rows.map((r) => r.id));
    expect(q({ view: "nope", sort: "drop table", minScore: "7", article: "-1" })).toMatchObject({
      view: "needs-review",
      sort: "priority",
      minScore: undefined,
      article: undefined,
    });
  });
});

describe("claim leases", () => {
  it("holds a comment for one moderator, shows who, and the next-comment key skips it", async () => {
    const [first, second] = (await selectQueuePage(db.sql, q({ article: String(fx.articleA) }), 2))
      .rows;
    expect(ok(await executeOperation(claimComment, users.alice, { id: second.id }))).toMatchObject({
      held: true,
    });
    expect(ok(await executeOperation(claimComment, users.bob, { id: second.id }))).toMatchObject({
      held: false,
      lease: { byName: "Alice Mod" },
    });
    const page = await selectQueuePage(db.sql, q({ article: String(fx.articleA) }), 2);
    expect(page.rows[1].lease).toMatchObject({ byId: users.alice.id, byName: "Alice Mod" });

    const nextForBob = await selectAdjacent(
      db.sql,
      q({ article: String(fx.articleA) }),
      first.id,
      "next",
      users.bob.id,
    );
    expect(nextForBob).not.toBe(second.id);
    expect(
      await selectAdjacent(
        db.sql,
        q({ article: String(fx.articleA) }),
        first.id,
        "next",
        users.alice.id,
      ),
    ).toBe(second.id);
    expect(
      await selectAdjacent(
        db.sql,
        q({ article: String(fx.articleA) }),
        nextForBob!,
        "previous",
        users.bob.id,
      ),
    ).toBe(first.id);

    expect(ok(await executeOperation(releaseClaim, users.bob, { id: second.id }))).toMatchObject({
      released: false,
    });
    expect(ok(await executeOperation(releaseClaim, users.alice, { id: second.id }))).toMatchObject({
      released: true,
    });
    expect(ok(await executeOperation(claimComment, users.bob, { id: second.id }))).toMatchObject({
      held: true,
    });
    await db.sql.query(
      `UPDATE "Comment" SET "claimExpiresAt" = (now() AT TIME ZONE 'UTC') - interval '1 minute' WHERE "id" = $1`,
      [second.id],
    );
    expect(ok(await executeOperation(claimComment, users.alice, { id: second.id }))).toMatchObject({
      held: true,
    });
  });
});

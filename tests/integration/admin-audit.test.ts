// The audit log is append-only (the database refuses UPDATE, DELETE and TRUNCATE) and the audit page
// query filters and pages through it by keyset.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDb } from "@/lib/db/connect";
import { loadAuditPage } from "@/lib/audit/queries";
import { parseAuditFilters } from "@/lib/audit/filters";
import { createTestDb } from "../helpers/test-db";

let db: TDb;

beforeAll(async () => {
  db = await createTestDb();
  // 7 rows: three share one timestamp so paging must break ties on id.
  const rows: Array<[string, string, string, string, string | null, string]> = [
    ["a1", "a@x.org", "COMMENT", "10", null, "2026-04-01 09:00"],
    ["a1", "a@x.org", "COMMENT", "11", "batch-1", "2026-04-01 10:00"],
    ["a1", "a@x.org", "COMMENT", "12", "batch-1", "2026-04-01 10:00"],
    ["a1", "a@x.org", "COMMENT", "13", "batch-1", "2026-04-01 10:00"],
    ["b2", "b@x.org", "USER", "u9", null, "2026-04-02 08:00"],
    ["b2", "b@x.org", "SETTING", "triage.thresholds", null, "2026-04-03 08:00"],
    ["a1", "a@x.org", "COMMENT", "10", null, "2026-04-04 08:00"],
  ];
  for (const [actorId, email, type, target, batch, at] of rows) {
    await db.sql.query(
      `INSERT INTO "ModerationAction" ("actorId","actorEmail","targetType","targetId","action","before","after","batchId","createdAt")
       VALUES ($1,$2,$3,$4,'test',$5,$6,$7,$8::timestamp)`,
      [actorId, email, type, target, JSON.stringify({ n: 1 }), JSON.stringify({ n: 2 }), batch, at],
    );
  }
});
afterAll(async () => db?.close());

describe("audit log", () => {
  it("refuses UPDATE, DELETE and TRUNCATE at the database, whoever asks", async () => {
    const { rows } = await db.sql.query<{ id: number }>(
      `SELECT "id" FROM "ModerationAction" ORDER BY "id" LIMIT 1`,
    );
    const id = rows[0].id;
    await expect(
      db.sql.query(`UPDATE "ModerationAction" SET "action" = 'forged' WHERE "id" = $1`, [id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      db.sql.query(`DELETE FROM "ModerationAction" WHERE "id" = $1`, [id]),
    ).rejects.toThrow(/append-only/);
    await expect(db.sql.exec(`TRUNCATE "ModerationAction"`)).rejects.toThrow(/append-only/);
    await expect(
      db.prisma.moderationAction.updateMany({ data: { reason: "x" } }),
    ).rejects.toThrow();
    await expect(db.prisma.moderationAction.deleteMany({})).rejects.toThrow();
    const after = await db.sql.query<{ n: number; forged: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE "action" = 'forged')::int AS forged FROM "ModerationAction"`,
    );
    expect(after.rows[0]).toEqual({ n: 7, forged: 0 });
  });

  it("pages newest first by keyset, both ways, with no row lost or repeated", async () => {
    const seen: string[] = [];
    let page = await loadAuditPage(db.sql, parseAuditFilters({}), 2);
    expect(page.newerCursor).toBeNull();
    const pages = [page];
    while (page.olderCursor) {
      page = await loadAuditPage(db.sql, parseAuditFilters({ before: page.olderCursor }), 2);
      pages.push(page);
    }
    for (const p of pages) seen.push(...p.rows.map((r) => `${r.createdAt}#${r.id}`));
    expect(seen).toHaveLength(7);
    expect([...seen].sort().reverse()).toEqual(seen);
    // Back from the last page to the newer one gives the same rows as before.
    const back = await loadAuditPage(
      db.sql,
      parseAuditFilters({ after: pages[pages.length - 1].newerCursor! }),
      2,
    );
    expect(back.rows.map((r) => r.id)).toEqual(pages[pages.length - 2].rows.map((r) => r.id));
  });

  it("filters by actor, target, batch and date, and returns before/after as JSON", async () => {
    const byActor = await loadAuditPage(db.sql, parseAuditFilters({ actor: "B@x.org" }));
    expect(byActor.rows.map((r) => r.targetType)).toEqual(["SETTING", "USER"]);
    expect(byActor.rows[0]).toMatchObject({ before: { n: 1 }, after: { n: 2 } });
    const comment10 = await loadAuditPage(
      db.sql,
      parseAuditFilters({ targetType: "COMMENT", targetId: "10" }),
    );
    expect(comment10.rows).toHaveLength(2);
    expect(
      (await loadAuditPage(db.sql, parseAuditFilters({ batch: "batch-1" }))).rows,
    ).toHaveLength(3);
    expect(
      (await loadAuditPage(db.sql, parseAuditFilters({ from: "2026-04-02", to: "2026-04-03" })))
        .rows,
    ).toHaveLength(2);
    // A malformed filter value is ignored rather than failing the page.
    expect(
      (await loadAuditPage(db.sql, parseAuditFilters({ targetType: "NOPE", before: "garbage" })))
        .rows,
    ).toHaveLength(7);
  });
});

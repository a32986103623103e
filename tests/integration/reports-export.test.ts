// Exports streamed in small keyset batches, parsed back, and checked against the database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import type { TDb } from "@/lib/db/connect";
import { createTestDb } from "../helpers/test-db";
import { loadReportsFixture, type TFixture } from "./reports-fixture";
import { countExport, exportChunks, type TExportOptions } from "@/lib/reports/export-stream";

let db: TDb;
let fx: TFixture;
const period = { from: "2026-03-01", to: "2026-03-03" };

beforeAll(async () => {
  db = await createTestDb();
  fx = await loadReportsFixture(db);
  // Enough extra rows on one day that a batch size of 3 crosses many batch boundaries, several
  // sharing one timestamp (the keyset must break ties on id).
  for (let i = 0; i < 10; i++) {
    await db.sql.query(
      `INSERT INTO "ModerationAction" ("targetType","targetId","action","reason","createdAt") VALUES ('ARTICLE',$1,'article.hide',$2,'2026-03-02 16:00')`,
      [String(fx.a1), i % 2 ? "plain" : "-starts with a dash"],
    );
  }
});
afterAll(async () => db?.close());

async function collect(
  opts: Omit<TExportOptions, "batchSize">,
  batchSize = 3,
): Promise<{ text: string; counted: number }> {
  const chunks: Uint8Array[] = [];
  let counted = 0;
  for await (const chunk of exportChunks(db, { ...opts, batchSize, onRows: (n) => (counted += n) }))
    chunks.push(chunk);
  return { text: Buffer.concat(chunks).toString("utf8"), counted };
}

describe("streamed exports", () => {
  it("exports every audit row in the period as CSV, in order, once", async () => {
    const { text, counted } = await collect({ kind: "actions", format: "csv", filters: period });
    const records = parse(text, { columns: true }) as Array<Record<string, string>>;
    const { rows } = await db.sql.query<{ id: number }>(
      `SELECT "id" FROM "ModerationAction" WHERE "createdAt" >= '2026-03-01' AND "createdAt" < '2026-03-04' ORDER BY "createdAt", "id"`,
    );
    expect(records.map((r) => Number(r.id))).toEqual(rows.map((r) => r.id));
    expect(counted).toBe(rows.length);
    expect(await countExport(db.sql, "actions", period)).toBe(rows.length);
    const flag = records.find((r) => r.action === "flag")!;
    expect(JSON.parse(flag.after)).toMatchObject({ status: "FLAGGED" });
    expect(flag.createdAt).toMatch(/^2026-03-0\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    // Free text that a spreadsheet would run as a formula is neutralised.
    expect(records.filter((r) => r.reason.startsWith("'-starts"))).toHaveLength(5);
  });

  it("applies the moderator and article filters", async () => {
    const { text } = await collect({
      kind: "actions",
      format: "ndjson",
      filters: { ...period, moderator: fx.m1 },
    });
    const lines = text
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(new Set(lines.map((l) => l.actorId))).toEqual(new Set([fx.m1]));
    expect(lines[0].after).toEqual({ status: "FLAGGED", flagCategory: "HATE" });
    const article = await countExport(db.sql, "actions", { ...period, article: fx.a2 });
    expect(article).toBe(2); // c4 hidden, c5 flagged
  });

  it("exports comments with scores and status, CSV and NDJSON alike", async () => {
    const csv = parse((await collect({ kind: "comments", format: "csv", filters: period })).text, {
      columns: true,
    }) as Array<Record<string, string>>;
    const ndjson = (await collect({ kind: "comments", format: "ndjson", filters: period })).text
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const { rows } = await db.sql.query<{ id: number; status: string; hateScore: number }>(
      `SELECT "id", "status"::text AS "status", "hateScore" FROM "Comment" ORDER BY "createdAt", "id"`,
    );
    expect(csv.map((r) => Number(r.id))).toEqual(rows.map((r) => r.id));
    expect(ndjson.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    const c5 = ndjson.find((r) => r.id === fx.c.c5);
    expect(c5).toMatchObject({
      articleTitle: "Beta",
      status: "FLAGGED",
      hateScore: 0.6,
      threatScore: 0.6,
      flaggedHarms: ["hate", "threat"],
      hasClaimMatch: false,
    });
    const c7csv = csv.find((r) => Number(r.id) === fx.c.c7)!;
    expect(c7csv.body).toBe(`'=HYPERLINK("x")\nsecond line, with "quotes"`);
    expect(ndjson.find((r) => r.id === fx.c.c7).body).toBe(
      `=HYPERLINK("x")\nsecond line, with "quotes"`,
    );
    expect(c7csv.flaggedHarms).toBe("hate");
  });

  it("narrows comments by harm and by moderator", async () => {
    expect(await countExport(db.sql, "comments", { ...period, harm: "threat" })).toBe(1);
    expect(await countExport(db.sql, "comments", { ...period, moderator: fx.m2 })).toBe(4); // c2, c3, c4, c7
    expect(await countExport(db.sql, "comments", { from: "2026-03-03", to: "2026-03-03" })).toBe(1);
  });
});

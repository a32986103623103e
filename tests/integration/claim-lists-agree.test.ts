// `vigil score --factchecks` and the app (admin import, then the stage-2 scoring job) list the same
// fact-check candidates for the same comment, context and library: same ids, order, scores to three
// decimals and `suggested` flags. The library here is the demo one (our own wording), as a file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importFactChecks } from "@/lib/admin/operations/import-fact-checks";
import { seedDemoFactChecksIfEmpty } from "@/lib/bootstrap/triage-defaults";
import { command as scoreCommand } from "@/lib/cli/commands/score";
import { drainStage2 } from "@/lib/jobs/handlers/score";
import type { TJobContext } from "@/lib/jobs/runner";
import { createTestDb } from "../helpers/test-db";
import { withAdminDb } from "../helpers/admin-db";
import demo from "@/lib/triage/factcheck/demo-library.json";
import type { TDb } from "@/lib/db/connect";

const { ctx, run } = withAdminDb("root@agree.test");

const ARTICLE = "Syria: who armed the rebels, and who is bombing whom";
const COMMENTS = [
  "ISIS is amerika, the US made them and still pays them",
  "Turkey and Israel buy the oil, NATO looks away, and the USA keeps arming ISIS",
  "The United States and its allies bombed Syria again last night",
  "Nobody knows who really started this war",
];

type TListed = Array<{ id: string; score: number; suggested: boolean }>;

const dir = mkdtempSync(path.join(tmpdir(), "vigil-agree-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the stage-2 job as the worker does and reads each comment's stored list (by external id). */
async function scoreInApp(db: TDb, prefix = "", postedAt?: string): Promise<TListed[]> {
  const article = await db.prisma.article.create({
    data: { key: `agree${postedAt ?? ""}`, title: ARTICLE },
  });
  const ids: number[] = [];
  for (const [i, body] of COMMENTS.entries()) {
    const c = await db.prisma.comment.create({
      data: {
        articleId: article.id,
        body,
        dedupeKey: `c${i}${postedAt ?? ""}`,
        contentHash: `h${i}${postedAt ?? ""}`,
        postedAt: postedAt ? new Date(`${postedAt}T12:00:00Z`) : null,
      },
    });
    ids.push(c.id);
  }
  const job = { db, interactive: false, progress() {} } as unknown as TJobContext;
  await drainStage2(job);
  const lists: TListed[] = [];
  for (const id of ids) {
    const rows = await db.prisma.claimMatch.findMany({
      where: { commentId: id },
      orderBy: { rank: "asc" },
      include: { factCheck: { select: { externalId: true } } },
    });
    lists.push(
      rows.map((r) => ({
        id: r.factCheck.externalId!.slice(prefix.length),
        score: Math.round(r.score * 1000) / 1000,
        suggested: r.suggested,
      })),
    );
  }
  return lists;
}

async function scoreInCli(libraryFile: string, date?: string): Promise<TListed[]> {
  const input = path.join(dir, "in.jsonl");
  const output = path.join(dir, "out.jsonl");
  writeFileSync(
    input,
    COMMENTS.map((text, i) =>
      JSON.stringify({ id: i, text, context: { title: ARTICLE }, ...(date ? { date } : {}) }),
    ).join("\n"),
  );
  const code = await scoreCommand.run([
    "--input",
    input,
    "--output",
    output,
    "--factchecks",
    libraryFile,
  ]);
  expect(code).toBe(0);
  return readFileSync(output, "utf8")
    .trim()
    .split("\n")
    .map((line) => (JSON.parse(line) as { claims: TListed }).claims);
}

const libraryFile = path.join(dir, "library.jsonl");
writeFileSync(libraryFile, demo.claims.map((c) => JSON.stringify(c)).join("\n"));

describe("the CLI and the app agree on the ranked fact-check list", () => {
  it("a library imported by an admin", async () => {
    const imported = await run<{ created: number }>(importFactChecks, {
      filename: "library.jsonl",
      format: "auto",
      text: readFileSync(libraryFile, "utf8"),
    });
    expect(imported.created).toBe(demo.claims.length);
    const app = await scoreInApp(ctx.db);
    expect(app.some((list) => list.length > 1)).toBe(true);
    expect(app).toEqual(await scoreInCli(libraryFile));
  }, 300_000);

  it("a dated library and dated comments: the same dates reach the ranker both ways", async () => {
    // Half the claims were published just after the comments, half years before.
    const dated = demo.claims.map((c, i) => ({
      ...c,
      id: `dated-${c.id}`,
      date: i % 2 ? "2012-01-10" : "2019-06-05",
    }));
    const datedFile = path.join(dir, "dated.jsonl");
    writeFileSync(datedFile, dated.map((c) => JSON.stringify(c)).join("\n"));
    // Only the dated library is matched: the first test's copy is switched off.
    await ctx.db.prisma.factCheck.updateMany({ data: { active: false } });
    await run(importFactChecks, {
      filename: "dated.jsonl",
      format: "auto",
      text: readFileSync(datedFile, "utf8"),
    });
    const stored = await ctx.db.prisma.factCheck.findUnique({
      where: { externalId: dated[1].id },
      select: { publishedAt: true },
    });
    expect(stored?.publishedAt?.toISOString().slice(0, 10)).toBe("2012-01-10");
    const app = await scoreInApp(ctx.db, "", "2019-06-04");
    expect(app.some((list) => list.length > 1)).toBe(true);
    expect(app).toEqual(await scoreInCli(datedFile, "2019-06-04"));
    // The dates changed the lists: scored as of 2012, the order or the scores differ.
    expect(await scoreInCli(datedFile, "2012-01-09")).not.toEqual(app);
  }, 300_000);

  it("the demo library a fresh install seeds", async () => {
    const db = await createTestDb();
    try {
      await seedDemoFactChecksIfEmpty(db);
      const app = await scoreInApp(db, "demo:");
      expect(app.some((list) => list.length > 1)).toBe(true);
      expect(app).toEqual(await scoreInCli(libraryFile));
    } finally {
      await db.close();
    }
  }, 300_000);
});

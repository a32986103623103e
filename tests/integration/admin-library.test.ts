// The fact-check library and API keys through the operation chain, each audited: imports with
// errors listed, edits, deletes refused while matched, and keys shown once and stored hashed.
import { describe, expect, it } from "vitest";
import { executeOperation } from "@/lib/auth/operation";
import type { TSessionUser } from "@/lib/auth/session-types";
import { saveFactCheck } from "@/lib/admin/operations/save-fact-check";
import { deleteFactCheck } from "@/lib/admin/operations/delete-fact-check";
import { importFactChecks } from "@/lib/admin/operations/import-fact-checks";
import { createApiKey } from "@/lib/admin/operations/create-api-key";
import { revokeApiKey } from "@/lib/admin/operations/revoke-api-key";
import { apiTokenFrom, verifyApiKey } from "@/lib/admin/api-keys";
import { listFactChecks } from "@/lib/admin/queries";
import { withAdminDb } from "../helpers/admin-db";

const { ctx, run, lastAudit } = withAdminDb("root@library.test");

describe("fact-check library", () => {
  it("imports JSONL with errors listed, re-imports idempotently, and audits the import", async () => {
    const text = [
      '{"id":"f1","claim":"ISIS is America","verdict":"false","url":"https://example.org/f1"}',
      '{"id":"f2","claim":"The OPCW faked its report","verdict":"misleading"}',
      "not json",
      '{"id":"f3","claim":"","verdict":"false"}',
    ].join("\n");
    const first = await run<{
      created: number;
      updated: number;
      rejected: number;
      errors: Array<{ where: string }>;
    }>(importFactChecks, { filename: "lib.jsonl", format: "auto", text });
    expect(first).toMatchObject({ created: 2, updated: 0, rejected: 2 });
    expect(first.errors.map((e) => e.where)).toEqual(["line 3", "line 4"]);
    expect(await lastAudit()).toMatchObject({
      targetType: "FACTCHECK",
      action: "factcheck.import",
      after: { created: 2, rejected: 2, format: "jsonl" },
    });
    const again = await run<{ created: number; updated: number }>(importFactChecks, {
      filename: "lib.jsonl",
      format: "jsonl",
      text,
    });
    // The same library again changes nothing, and says so.
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, rescore: null });
    expect(await lastAudit()).toMatchObject({ after: { updated: 0, unchanged: 2 } });
    const changed = await run(importFactChecks, {
      filename: "lib.jsonl",
      format: "jsonl",
      text: text.replace('"verdict":"misleading"', '"verdict":"false"'),
    });
    expect(changed).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(await ctx.db.prisma.factCheck.count()).toBe(2);
  });

  it("imports CSV and ClaimReview JSON", async () => {
    const csv =
      "id,claim,verdict,url\nc1,Vaccines contain microchips,false,https://example.org/c1\n";
    expect(
      await run(importFactChecks, { filename: "lib.csv", format: "auto", text: csv }),
    ).toMatchObject({ format: "csv", created: 1 });
    const claimReview = JSON.stringify({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://example.org/cr1",
      claimReviewed: "The moon landing was staged",
      reviewRating: { "@type": "Rating", alternateName: "False" },
      author: { name: "Checker" },
    });
    expect(
      await run(importFactChecks, { filename: "review.json", format: "auto", text: claimReview }),
    ).toMatchObject({ format: "claimreview", created: 1 });
  });

  it("edits one, and refuses to delete one with matches", async () => {
    const fc = await run<{ id: number }>(saveFactCheck, {
      externalId: null,
      claim: "Rats carry the plague in Gaza",
      verdict: "false",
      url: null,
      publisher: null,
      active: true,
    });
    expect(await lastAudit()).toMatchObject({ action: "factcheck.create" });
    const a = await ctx.db.sql.query<{ id: number }>(
      `INSERT INTO "Article" ("key","title","updatedAt") VALUES ('fc','T',now()) RETURNING "id"`,
    );
    const c = await ctx.db.sql.query<{ id: number }>(
      `INSERT INTO "Comment" ("articleId","dedupeKey","body","contentHash","updatedAt") VALUES ($1,'x','b','h',now()) RETURNING "id"`,
      [a.rows[0].id],
    );
    await ctx.db.prisma.claimMatch.create({
      data: { commentId: c.rows[0].id, factCheckId: fc.id, score: 0.9 },
    });
    expect(await executeOperation(deleteFactCheck, ctx.admin, { id: fc.id })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    await run(saveFactCheck, {
      id: fc.id,
      externalId: null,
      claim: "Rats carry the plague in Gaza",
      verdict: "false",
      url: null,
      publisher: null,
      active: false,
    });
    expect(await lastAudit()).toMatchObject({
      action: "factcheck.update",
      before: { active: true },
      after: { active: false },
    });
  });
});

describe("a fact-check's publication date", () => {
  it("is set, listed, kept by an edit that does not send it, cleared, and checked", async () => {
    const input = {
      externalId: "dated-1",
      claim: "The bridge turns purple every spring",
      verdict: "false",
      url: null,
      publisher: null,
      active: true,
    };
    const fc = await run<{ id: number; publishedAt: Date | null }>(saveFactCheck, {
      ...input,
      publishedAt: "2019-06-05",
    });
    expect(fc.publishedAt?.toISOString().slice(0, 10)).toBe("2019-06-05");
    const listed = await listFactChecks(ctx.db.sql, { q: "dated-1" });
    expect(listed.rows.map((r) => r.publishedAt)).toEqual(["2019-06-05"]);
    // Deactivating from the table sends the row back; an edit without the field keeps the date.
    const kept = await run<{ publishedAt: Date | null }>(saveFactCheck, {
      ...input,
      id: fc.id,
      active: false,
    });
    expect(kept.publishedAt?.toISOString().slice(0, 10)).toBe("2019-06-05");
    const cleared = await run<{ publishedAt: Date | null }>(saveFactCheck, {
      ...input,
      id: fc.id,
      publishedAt: "",
    });
    expect(cleared.publishedAt).toBeNull();
    await expect(
      run(saveFactCheck, { ...input, id: fc.id, publishedAt: "2019-13-45" }),
    ).rejects.toThrow(/YYYY-MM-DD/);
  });
});

describe("fact-check library changes reach stored comments", () => {
  const rescoreJobs = () =>
    ctx.db.sql.query<{ id: string; status: string; total: number; payload: string }>(
      `SELECT "id", "status"::text AS status, "total", "payload" FROM "Job" WHERE "kind" = 'rescore' ORDER BY "createdAt"`,
    );
  type TImported = { updated: number; rescore: { jobId: string; total: number } | null };

  it("queues a rescore of every comment when claims are added or changed, once, and none when nothing changed", async () => {
    const a = await ctx.db.sql.query<{ id: number }>(
      `INSERT INTO "Article" ("key","title","updatedAt") VALUES ('rescore','T',now()) RETURNING "id"`,
    );
    for (let i = 0; i < 3; i++)
      await ctx.db.sql.query(
        `INSERT INTO "Comment" ("articleId","dedupeKey","body","contentHash","updatedAt","scoredAt") VALUES ($1,$2,'b','h',now(),now())`,
        [a.rows[0].id, `rescore-${i}`],
      );
    const comments = await ctx.db.prisma.comment.count();
    const text = '{"id":"r1","claim":"Wind turbines cause cancer","verdict":"false"}\n';

    const first = await run<TImported>(importFactChecks, {
      filename: "r.jsonl",
      format: "auto",
      text,
    });
    expect(first.rescore).toEqual({ jobId: expect.any(String), total: comments });
    const jobs = (await rescoreJobs()).rows;
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ id: first.rescore!.jobId, status: "QUEUED", total: comments });
    expect(JSON.parse(jobs[0].payload)).toEqual({ all: true });
    expect(await lastAudit()).toMatchObject({
      action: "triage.rescore",
      after: { all: true, total: comments, jobId: first.rescore!.jobId, via: "factcheck.import" },
    });

    // A second change while that rescore still waits: the waiting one will read the new library.
    const second = await run<TImported>(importFactChecks, {
      filename: "r.jsonl",
      format: "auto",
      text: text.replace("cancer", "cancer and deafness"),
    });
    expect(second).toMatchObject({ updated: 1, rescore: { jobId: first.rescore!.jobId } });
    expect((await rescoreJobs()).rows).toHaveLength(1);

    // Once no rescore waits, an identical library queues nothing.
    await ctx.db.sql.query(`UPDATE "Job" SET "status" = 'DONE' WHERE "kind" = 'rescore'`);
    const same = await run<TImported>(importFactChecks, {
      filename: "r.jsonl",
      format: "auto",
      text: text.replace("cancer", "cancer and deafness"),
    });
    expect(same).toMatchObject({ updated: 0, rescore: null });
    expect((await rescoreJobs()).rows).toHaveLength(1);
  });
});

describe("API keys", () => {
  it("shows the secret once, stores only a hash, verifies, and stops working when revoked", async () => {
    const key = await run<{ id: string; token: string; prefix: string }>(createApiKey, {
      name: "CMS",
    });
    expect(key.token.startsWith(key.prefix)).toBe(true);
    const stored = await ctx.db.prisma.apiKey.findUniqueOrThrow({ where: { id: key.id } });
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(key.token);
    expect(JSON.stringify(await lastAudit())).not.toContain(key.token);
    expect(await lastAudit()).toMatchObject({ targetType: "APIKEY", action: "apikey.create" });
    expect(stored.lastUsedAt).toBeNull();

    expect(await verifyApiKey(key.token)).toEqual({ id: key.id, name: "CMS" });
    expect(
      (await ctx.db.prisma.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt,
    ).not.toBeNull();
    expect(
      await verifyApiKey(key.token.slice(0, -1) + (key.token.endsWith("A") ? "B" : "A")),
    ).toBeNull();
    expect(await verifyApiKey("")).toBeNull();
    expect(apiTokenFrom(new Headers({ authorization: `Bearer ${key.token}` }))).toBe(key.token);

    await run(revokeApiKey, { id: key.id });
    expect(await lastAudit()).toMatchObject({ action: "apikey.revoke" });
    expect(await verifyApiKey(key.token)).toBeNull();
    expect(await executeOperation(revokeApiKey, ctx.admin, { id: key.id })).toMatchObject({
      ok: false,
      code: "conflict",
    });
  });

  it("is refused to an editor", async () => {
    const editor: TSessionUser = { id: "e", email: "e@x", name: "E", role: "EDITOR" };
    expect(await executeOperation(createApiKey, editor, { name: "x" })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
  });
});

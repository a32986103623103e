// The job queue in one process against a real database: web imports run as jobs (a NUL byte in one
// comment does not sink the import), a job that fails three times ends FAILED with its error (in
// `vigil jobs` too), cancel and retry, and unscored comments are always picked up by scoring.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../helpers/test-db";
import { vigil, waitUntil } from "../helpers/vigil-processes";
import type { TDb } from "@/lib/db/connect";
import { startImportJob } from "@/lib/import/jobs";
import { enqueueJob, cancelJob, retryJob } from "@/lib/jobs/enqueue";
import { readJob } from "@/lib/jobs/records";
import { startWorker, type TWorker } from "@/lib/jobs/worker";
import { stopBoss } from "@/lib/jobs/boss";
import type { TStartImport } from "@/lib/import/schemas";
import type { TSessionUser } from "@/lib/auth/session-types";

let db: TDb;
let worker: TWorker;
const admin = {
  id: "u-admin",
  email: "admin@example.org",
  name: "Admin",
  role: "ADMIN",
} as unknown as TSessionUser;
const dbUrl = () => (db.target.kind === "postgres" ? db.target.url : null);

const comment = (i: number, body: string) => ({
  externalId: `q${i}`,
  author: `r${i % 3}`,
  replyTo: null,
  parentExternalId: null,
  postedAt: null,
  body,
});
const article = (n: number, title: string, comments: ReturnType<typeof comment>[]) => ({
  externalId: null,
  title,
  url: `https://q.example/${n}`,
  source: null,
  publishedAt: null,
  body: "",
  comments,
});
const webImport = (bodies: string[]): TStartImport => ({
  files: [
    {
      name: "upload.json",
      format: "json",
      warnings: [],
      errors: [],
      articles: [
        article(
          1,
          "Queue test article",
          bodies.map((b, i) => comment(i, b)),
        ),
        article(2, "A title with a NUL \u0000 byte", [comment(99, "lost with its article")]),
      ],
    },
  ],
});

const finished = (id: string) =>
  waitUntil(
    async () => {
      const job = await readJob(db, id);
      return job && ["DONE", "FAILED", "CANCELLED"].includes(job.status) ? job : null;
    },
    `job ${id} to finish`,
    60_000,
  );

beforeAll(async () => {
  db = await createTestDb();
  await db.prisma.user.create({
    data: { id: admin.id, email: admin.email, name: admin.name, role: "ADMIN" },
  });
  worker = await startWorker(db, {
    kinds: ["import", "score-stage2", "export"],
    housekeepingMs: 500,
  });
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await db?.close();
});

describe("jobs on the queue", () => {
  it("runs a web import as a job; a comment with a NUL byte does not fail the import", async () => {
    const id = await startImportJob(
      db,
      admin,
      webImport(["fine words here", "nul \u0000 inside", "more fine words", "and a fourth one"]),
    );
    const job = await finished(id);
    expect(job.status).toBe("DONE");
    const report = job.report as {
      files: Array<{
        articles: { created: number; rejected: number };
        comments: { created: number };
        rejections: Array<{ where: string; message: string }>;
      }>;
    };
    expect(report.files[0].comments.created, JSON.stringify(report)).toBe(4);
    // The article PostgreSQL cannot store is rejected by name, with the reason; the report is saved.
    expect(report.files[0].articles).toMatchObject({ created: 1, rejected: 1 });
    expect(report.files[0].rejections[0].where).toContain("A title with a NUL");
    expect(report.files[0].rejections[0].message).toMatch(/NUL/);
    const { rows } = await db.sql.query<{ body: string }>(
      `SELECT "body" FROM "Comment" WHERE "externalId" = 'q1'`,
    );
    expect(rows[0].body).toBe("nul  inside");
    // Every written comment is scored, through stage 2, by the jobs that follow.
    await waitUntil(
      async () => {
        const r = await db.sql.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "Comment" WHERE "scoreStage" < 2`,
        );
        return r.rows[0].n === 0;
      },
      "stage-2 scoring of the import",
      60_000,
    );
  }, 90_000);

  it("picks up comments left unscored (stage 0), e.g. by an import that was killed", async () => {
    const article = await db.prisma.article.findFirstOrThrow();
    await db.sql.query(
      `UPDATE "Comment" SET "scoreStage" = 0, "priority" = 0 WHERE "articleId" = $1`,
      [article.id],
    );
    await waitUntil(
      async () => {
        const r = await db.sql.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "Comment" WHERE "scoreStage" < 2`,
        );
        return r.rows[0].n === 0;
      },
      "housekeeping to score the leftovers",
      60_000,
    );
    const scored = await db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Comment" WHERE "scoredAt" IS NOT NULL AND "articleId" = $1`,
      [article.id],
    );
    expect(scored.rows[0].n).toBe(4);
  }, 90_000);

  it("marks a job that fails three times FAILED with its error, shown by `vigil jobs`; retry queues it again", async () => {
    const payload = {
      kind: "comments",
      format: "csv",
      filters: { from: "2026-01-01", to: "2026-12-31" },
      output: "/proc/vigil-cannot-write-here/out.csv",
    };
    const id = await enqueueJob(db, "export", { payload, filenames: ["out.csv"] });
    const job = await finished(id);
    expect(job.status).toBe("FAILED");
    expect(job.attempts).toBe(3);
    expect(job.error).toMatch(/ENOENT|no such file/i);
    const url = dbUrl();
    if (url) {
      const listed = await vigil(["jobs"], { DATABASE_URL: url });
      expect(listed.code).toBe(0);
      expect(listed.stdout).toMatch(new RegExp(`${id}\\s+export\\s+FAILED`));
      expect(listed.stdout).toMatch(/error: .*(ENOENT|no such file)/i);
      const json = JSON.parse(
        (await vigil(["jobs", "--json"], { DATABASE_URL: url })).stdout,
      ) as Array<{ id: string; status: string; attempts: number }>;
      expect(json.find((j) => j.id === id)).toMatchObject({ status: "FAILED", attempts: 3 });
    }
    await retryJob(db, id);
    expect((await readJob(db, id))?.attempts).toBe(0);
    await cancelJob(db, id).catch(() => undefined); // may already be running again
    const after = await finished(id);
    expect(["FAILED", "CANCELLED"]).toContain(after.status);
    await expect(cancelJob(db, id)).rejects.toThrow(/only queued or running/);
  }, 120_000);
});

afterAll(async () => {
  if (db) await stopBoss(db, { graceful: false, timeout: 1000 });
});

// Faults with real processes on a real PostgreSQL: kill -9 a worker in the middle of an import, of
// stage-2 scoring and of a large export, start another, and every comment (row) is there exactly
// once; two processes migrating an empty database at once migrate it once; workers starting at once
// on a fresh queue all start.
import { mkdtempSync, existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { createDatabase, dropDatabase } from "../helpers/databases";
import {
  startVigil,
  vigil,
  waitUntil,
  writeCommentsJsonl,
  type TProcess,
} from "../helpers/vigil-processes";
import { readMigrations } from "@/lib/db/migrate";
import { openDb } from "@/lib/db/connect";
import { getBoss, stopBoss } from "@/lib/jobs/boss";
import { JOB_KINDS } from "@/lib/jobs/kinds";

const SERVER = process.env.TEST_DATABASE_URL;
const COMMENTS = 10_000;
const STAGE2_BACKLOG = 160;
const dir = mkdtempSync(path.join(tmpdir(), "vigil-jobs-faults-"));
const name = `vigil_jobs_faults_${randomBytes(4).toString("hex")}`;
let url = "";
let client: pg.Client;
const workers: TProcess[] = [];

const env = () => ({ DATABASE_URL: url, VIGIL_JOB_STALE_SECONDS: "3", LOG_LEVEL: "warn" });
const one = async <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  (await client.query(text, params)).rows[0] as T;
const job = (id: string) =>
  one<{
    status: string;
    processed: number;
    attempts: number;
    error: string | null;
    report: unknown;
  }>(
    `SELECT "status"::text AS status, "processed", "attempts", "error", "report" FROM "Job" WHERE "id" = $1`,
    [id],
  );
const worker = (queues: string, extra: Record<string, string> = {}) => {
  const w = startVigil(["worker", "--queues", queues], { ...env(), ...extra });
  workers.push(w);
  return w;
};
const kill9 = async (w: TProcess) => {
  w.kill("SIGKILL");
  expect(await w.exited).toBeNull(); // killed by the signal, no clean-up ran
};

describe.skipIf(!SERVER)("jobs survive kill -9 (PostgreSQL)", () => {
  beforeAll(async () => {
    url = await createDatabase(SERVER!, name);
    client = new pg.Client({ connectionString: url });
    await client.connect();
  });

  afterAll(async () => {
    for (const w of workers)
      if (w.child.exitCode === null && w.child.signalCode === null) w.kill("SIGKILL");
    await client?.end();
    if (SERVER) await dropDatabase(SERVER, name);
    rmSync(dir, { recursive: true, force: true });
  });

  it("two processes migrating an empty database at once migrate it once", async () => {
    const [a, b] = await Promise.all([
      vigil(["db", "deploy"], env()),
      vigil(["db", "deploy"], env()),
    ]);
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
    const { n, distinct } = await one<{ n: number; distinct: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT migration_name)::int AS distinct FROM "_prisma_migrations"`,
    );
    expect(n).toBe((await readMigrations()).length);
    expect(distinct).toBe(n);
  }, 120_000);

  it("six workers starting at once on a fresh queue all start (pg-boss's queue creation race ends in a retry)", async () => {
    const dbs = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        openDb({ kind: "postgres", url, display: `starter ${i}` }),
      ),
    );
    try {
      const started = await Promise.allSettled(dbs.map((db) => getBoss(db)));
      expect(
        started
          .filter((s) => s.status === "rejected")
          .map((s) => String((s as PromiseRejectedResult).reason)),
      ).toEqual([]);
      const { n } = await one<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.queue`);
      expect(n).toBe(JOB_KINDS.length); // one per job kind, each made once
    } finally {
      for (const db of dbs)
        await stopBoss(db, { graceful: false, timeout: 1000 }).catch(() => undefined);
      for (const db of dbs) await db.close();
    }
  }, 120_000);

  it("kill -9 of a worker mid-import: another worker finishes the job, every comment exactly once, all scored", async () => {
    const file = path.join(dir, "comments.jsonl");
    await writeCommentsJsonl(file, COMMENTS);
    const queued = await vigil(["import", "--queue", file], env());
    expect(queued.code, queued.stderr).toBe(0);
    const id = queued.stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const first = worker("import");
    // Killed as soon as its first batch is committed (progress reaches the Job row only with the heartbeat).
    await waitUntil(
      async () => (await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Comment"`)).n > 0,
      "the import to be under way",
      90_000,
      20,
    );
    const before = await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Comment"`);
    await kill9(first);
    expect((await job(id)).status).toBe("RUNNING"); // nobody cleaned up: the lease has to expire
    expect(before.n).toBeLessThan(COMMENTS);

    worker("import");
    worker("score-stage2"); // its own process: the encoder would hold up the import's event loop
    const done = await waitUntil(
      async () => {
        const j = await job(id);
        return j.status === "DONE" ? j : null;
      },
      "the job to be finished by the second worker",
      120_000,
    );
    expect(done.attempts).toBe(1);
    expect(done.error).toMatch(/stopped responding/);
    const counts = await one<{ n: number; ids: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT "externalId")::int AS ids FROM "Comment"`,
    );
    expect(counts).toEqual({ n: COMMENTS, ids: COMMENTS });
    // Comments the killed worker wrote but never scored are scored too (stage 1 here; stage 2, the
    // slow sentence encoder, follows in the background and has its own test below).
    await waitUntil(
      async () =>
        (
          await one<{ n: number }>(
            `SELECT count(*)::int AS n FROM "Comment" WHERE "scoreStage" = 0`,
          )
        ).n === 0,
      "every comment scored",
      180_000,
      500,
    );
  }, 400_000);

  it("kill -9 mid stage-2 scoring: the drain resumes, each comment scored once by stage 2", async () => {
    for (const w of workers.splice(0)) if (w.child.exitCode === null) await kill9(w);
    // Stage 2 runs the sentence encoder (a few comments a second on a busy 2-core machine): a
    // backlog of 160 comments is enough to kill the worker in the middle of it.
    await client.query(
      `UPDATE "Comment" SET "scoreStage" = CASE WHEN "id" IN (SELECT "id" FROM "Comment" ORDER BY "id" LIMIT ${STAGE2_BACKLOG}) THEN 1 ELSE 2 END`,
    );
    await client.query(`DELETE FROM "Analysis" WHERE "analyzer" = 'stage2'`);
    const first = worker("score-stage2", { VIGIL_SCORE_BATCH: "8" });
    await waitUntil(
      async () =>
        (
          await one<{ n: number }>(
            `SELECT count(*)::int AS n FROM "Analysis" WHERE "analyzer" = 'stage2'`,
          )
        ).n >= 16,
      "stage 2 to be under way",
      240_000,
      50,
    );
    await kill9(first);
    const left = (
      await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Comment" WHERE "scoreStage" < 2`)
    ).n;
    expect(left).toBeGreaterThan(0);
    worker("score-stage2");
    await waitUntil(
      async () =>
        (
          await one<{ n: number }>(
            `SELECT count(*)::int AS n FROM "Comment" WHERE "scoreStage" < 2`,
          )
        ).n === 0,
      "the drain to finish",
      300_000,
      500,
    );
    const stage2 = await one<{ n: number; ids: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT "commentId")::int AS ids FROM "Analysis" WHERE "analyzer" = 'stage2'`,
    );
    expect(stage2).toEqual({ n: STAGE2_BACKLOG, ids: STAGE2_BACKLOG });
  }, 400_000);

  it("kill -9 mid export: the re-run writes the whole file, every row exactly once", async () => {
    for (const w of workers.splice(0)) if (w.child.exitCode === null) await kill9(w);
    // More rows, cheaply: the export reads comments, so copy the imported ones under new keys.
    for (let k = 1; k <= 5; k++) {
      await client.query(`INSERT INTO "Comment" ("articleId","authorId","externalId","dedupeKey","body","contentHash","scoreStage","updatedAt")
        SELECT "articleId","authorId","externalId" || '-${k}', "dedupeKey" || '-${k}', "body", "contentHash", 2, now() FROM "Comment" WHERE "externalId" NOT LIKE '%-%'`);
    }
    const rows = (await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Comment"`)).n;
    const output = path.join(dir, "export.csv");
    const queued = await vigil(
      [
        "export",
        "--queue",
        "--what",
        "comments",
        "--format",
        "csv",
        "--from",
        "2000-01-01",
        "--to",
        "2100-01-01",
        "--output",
        output,
      ],
      env(),
    );
    expect(queued.code, queued.stderr).toBe(0);
    const id = queued.stdout.trim();
    const first = worker("export", { VIGIL_EXPORT_BATCH: "500" });
    await waitUntil(
      async () => existsSync(`${output}.part`) && statSync(`${output}.part`).size > 1_000_000,
      "the export file to be half written",
      120_000,
      20,
    );
    await kill9(first);
    expect(existsSync(output)).toBe(false);
    worker("export");
    const done = await waitUntil(
      async () => {
        const j = await job(id);
        return j.status === "DONE" ? j : null;
      },
      "the export to finish",
      180_000,
    );
    expect(done.report).toMatchObject({ rows });
    const lines = readFileSync(output, "utf8").trimEnd().split("\n");
    expect(lines.length).toBe(rows + 1); // header + each row once
    const ids = new Set(lines.slice(1).map((l) => l.split(",")[0]));
    expect(ids.size).toBe(rows);
    expect(existsSync(`${output}.part`)).toBe(false);
  }, 400_000);
});

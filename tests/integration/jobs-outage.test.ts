// PostgreSQL going away and coming back, on a server of the test's own (stopped with -m immediate,
// like a crash): `vigil import` ends with one clear line instead of an unhandled 'error' event; an
// import job under way when the database stopped finishes after it returns (not RUNNING forever);
// the live comment feed resumes its events after recovery.
import path from "node:path";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { startOwnPostgres, type TOwnPostgres } from "../helpers/own-postgres";
import { createDatabase } from "../helpers/databases";
import {
  startVigil,
  vigil,
  waitUntil,
  writeCommentsJsonl,
  type TProcess,
} from "../helpers/vigil-processes";
import { openDb, type TDb } from "@/lib/db/connect";
import { applyMigrations } from "@/lib/db/migrate";
import { setDb } from "@/lib/db";
import { subscribeToComments, type TCommentEvent } from "@/lib/moderation/live/comment-events";

// Needs the PostgreSQL 15 server binaries (initdb, pg_ctl), like the shared server the suite uses.
const CAN_RUN = !!process.env.TEST_DATABASE_URL;
const PORT = 55_400 + (process.pid % 90);
const dir = mkdtempSync(path.join(tmpdir(), "vigil-outage-"));
let server: TOwnPostgres;
let url = "";
const procs: TProcess[] = [];

const count = async (sql: string): Promise<number> => {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return Number((await c.query(sql)).rows[0].n);
  } finally {
    await c.end();
  }
};

describe.skipIf(!CAN_RUN)("database outages", () => {
  beforeAll(async () => {
    server = startOwnPostgres(PORT);
    url = await createDatabase(server.url, "vigil_outage");
    expect((await vigil(["db", "deploy"], { DATABASE_URL: url })).code).toBe(0);
  }, 120_000);

  afterAll(() => {
    for (const p of procs)
      if (p.child.exitCode === null && p.child.signalCode === null) p.kill("SIGKILL");
    server?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it("vigil import prints one line, not an unhandled 'error' event, when the database goes away", async () => {
    const file = path.join(dir, "big.jsonl");
    await writeCommentsJsonl(file, 60_000, 600, "o");
    const importing = startVigil(["import", file], { DATABASE_URL: url, LOG_LEVEL: "warn" });
    procs.push(importing);
    await waitUntil(
      async () => (await count(`SELECT count(*)::int AS n FROM "Comment"`)) > 0,
      "the import to be writing",
      60_000,
      100,
    );
    server.stop();
    const code = await importing.exited;
    server.start();
    const output = importing.output();
    expect(code).not.toBe(0);
    expect(output).not.toMatch(/Unhandled 'error' event|\n\s+at /);
    expect(output.trim().split("\n")).toHaveLength(1);
    expect(output).toMatch(
      /^vigil import: lost the connection to the database .* run the same import again/,
    );
  }, 120_000);

  it("an import job under way when PostgreSQL stops finishes after it comes back", async () => {
    const file = path.join(dir, "job.jsonl");
    await writeCommentsJsonl(file, 15_000, 150, "j");
    const worker = startVigil(["worker", "--queues", "import"], {
      DATABASE_URL: url,
      VIGIL_JOB_STALE_SECONDS: "5",
      LOG_LEVEL: "warn",
    });
    procs.push(worker);
    const queued = await vigil(["import", "--queue", file], { DATABASE_URL: url });
    const id = queued.stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await waitUntil(
      async () =>
        (await count(`SELECT count(*)::int AS n FROM "Comment" WHERE "externalId" LIKE 'j%'`)) > 0,
      "the job to be writing",
      60_000,
      100,
    );
    server.stop();
    await new Promise((r) => setTimeout(r, 3000));
    server.start();
    await waitUntil(
      async () =>
        (await count(
          `SELECT count(*)::int AS n FROM "Job" WHERE "id" = '${id}' AND "status" = 'DONE'`,
        )) === 1,
      "the job to finish after the outage",
      90_000,
      500,
    ).catch(async (error) => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const jobs = (
        await c.query(
          `SELECT "id","kind","status","attempts","error","processed","heartbeatAt" FROM "Job"`,
        )
      ).rows;
      const boss = (
        await c
          .query(`SELECT name, state, data, retry_count FROM pgboss.job`)
          .catch((e) => ({ rows: [String(e)] }))
      ).rows;
      await c.end();
      throw new Error(
        `${(error as Error).message}\n${JSON.stringify(jobs)}\n${JSON.stringify(boss)}\n${worker.output().slice(-3000)}`,
      );
    });
    expect(
      await count(`SELECT count(*)::int AS n FROM "Comment" WHERE "externalId" LIKE 'j%'`),
    ).toBe(15_000);
    expect(worker.child.exitCode).toBeNull(); // the worker rode out the outage
  }, 300_000);

  it("the live comment feed delivers events again after the database comes back", async () => {
    const db: TDb = await openDb({ kind: "postgres", url, display: "outage" });
    await applyMigrations(db.sql);
    setDb(db);
    const events: TCommentEvent[] = [];
    const unsubscribe = subscribeToComments((e) => events.push(e));
    try {
      const { rows } = await db.sql.query<{ id: number }>(
        `SELECT "id" FROM "Comment" ORDER BY "id" LIMIT 1`,
      );
      const id = rows[0].id;
      await waitUntil(
        async () => {
          await db.sql.query(
            `UPDATE "Comment" SET "status" = CASE WHEN "status" = 'PENDING' THEN 'APPROVED'::"CommentStatus" ELSE 'PENDING'::"CommentStatus" END WHERE "id" = $1`,
            [id],
          );
          await new Promise((r) => setTimeout(r, 300));
          return events.length > 0;
        },
        "the feed to be listening",
        30_000,
        500,
      );
      server.stop();
      await new Promise((r) => setTimeout(r, 2000));
      server.start();
      events.length = 0;
      await waitUntil(
        async () => {
          await db.sql
            .query(
              `UPDATE "Comment" SET "status" = CASE WHEN "status" = 'PENDING' THEN 'APPROVED'::"CommentStatus" ELSE 'PENDING'::"CommentStatus" END WHERE "id" = $1`,
              [id],
            )
            .catch(() => undefined);
          await new Promise((r) => setTimeout(r, 500));
          return events.some((e) => e.type === "changed" && e.rows.some((r) => r.id === id));
        },
        "an event after recovery",
        60_000,
        500,
      );
    } finally {
      unsubscribe();
      await db.close();
    }
  }, 120_000);
});

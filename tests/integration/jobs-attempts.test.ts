// The Jobs page's "Attempts" column counts attempts made, as pg-boss does (retryCount + 1): a job
// that succeeded at the first try made 1, not 0. Driven through the Job row's real state changes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../helpers/test-db";
import type { TDb } from "@/lib/db/connect";
import { listJobs } from "@/lib/jobs/queries";
import { cancelJobRow, claimJob, failAttempt, finishJob, insertJob } from "@/lib/jobs/records";

let db: TDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => db?.close());

const WORKER = "worker-a";
const progress = { processed: 1, total: 1 };
async function newJob(id: string) {
  await db.sql.transaction((tx) =>
    insertJob(tx, { id, kind: "export", createdById: null, filenames: [], total: 1, payload: {} }),
  );
}
const attemptsOf = async (id: string) =>
  (await listJobs(db, { limit: 500 })).find((j) => j.id === id)!;

describe("attempts shown for a job", () => {
  it("counts 1 for a job done at the first try, 2 after one retry, 3 for a job failed three times", async () => {
    await newJob("first-try");
    await claimJob(db, "first-try", WORKER, 60);
    expect(await attemptsOf("first-try")).toMatchObject({ status: "RUNNING", attempts: 1 });
    await finishJob(db, "first-try", WORKER, { ok: true }, progress);
    expect(await attemptsOf("first-try")).toMatchObject({ status: "DONE", attempts: 1 });

    await newJob("second-try");
    await claimJob(db, "second-try", WORKER, 60);
    expect(await failAttempt(db, "second-try", WORKER, "boom")).toBe("retry");
    expect(await attemptsOf("second-try")).toMatchObject({ status: "QUEUED", attempts: 1 });
    await claimJob(db, "second-try", WORKER, 60);
    await finishJob(db, "second-try", WORKER, { ok: true }, progress);
    expect(await attemptsOf("second-try")).toMatchObject({ status: "DONE", attempts: 2 });

    await newJob("always-fails");
    for (let i = 0; i < 3; i++) {
      await claimJob(db, "always-fails", WORKER, 60);
      await failAttempt(db, "always-fails", WORKER, "boom");
    }
    expect(await attemptsOf("always-fails")).toMatchObject({ status: "FAILED", attempts: 3 });
  });

  it("counts 0 for a job never started and 1 for one cancelled while it ran", async () => {
    await newJob("waiting");
    expect(await attemptsOf("waiting")).toMatchObject({ status: "QUEUED", attempts: 0 });
    await cancelJobRow(db, "waiting");
    expect(await attemptsOf("waiting")).toMatchObject({ status: "CANCELLED", attempts: 0 });

    await newJob("cancelled-running");
    await claimJob(db, "cancelled-running", WORKER, 60);
    await cancelJobRow(db, "cancelled-running");
    expect(await attemptsOf("cancelled-running")).toMatchObject({
      status: "CANCELLED",
      attempts: 1,
    });
  });

  it("counts the lost attempt when a worker takes over a dead worker's job, and leaves the last one to the reaper", async () => {
    const stale = (id: string) =>
      db.sql.query(
        `UPDATE "Job" SET "heartbeatAt" = now() - interval '10 minutes' WHERE "id" = $1`,
        [id],
      );
    await newJob("taken-over");
    await claimJob(db, "taken-over", WORKER, 60);
    // A live worker's job is not taken.
    expect(await claimJob(db, "taken-over", "worker-b", 60)).toBeNull();
    await stale("taken-over");
    const taken = await claimJob(db, "taken-over", "worker-b", 60);
    expect(taken).toMatchObject({ workerId: "worker-b", attempts: 1 });
    expect(taken!.error).toMatch(/stopped responding/);
    await finishJob(db, "taken-over", "worker-b", { ok: true }, progress);
    expect(await attemptsOf("taken-over")).toMatchObject({ status: "DONE", attempts: 2 });

    await newJob("last-try");
    await db.sql.query(`UPDATE "Job" SET "attempts" = 2 WHERE "id" = 'last-try'`);
    await claimJob(db, "last-try", WORKER, 60);
    await stale("last-try");
    expect(await claimJob(db, "last-try", "worker-b", 60)).toBeNull();
  });
});

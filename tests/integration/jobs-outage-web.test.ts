// The web app while PostgreSQL goes away and comes back, in a real Chromium against the production
// server on a PostgreSQL of the test's own (stopped with -m immediate, like a crash): pages show a
// clear "database unavailable" page (no stack trace, no endless spinner), API routes answer 503 with
// a plain message, the same tab recovers with "Try again" once the database is back (no restart),
// and a live-queue stream opened before the outage delivers events after it. Also: a job that fails
// three times is shown FAILED with its error on the admin Jobs page.
// Needs TEST_DATABASE_URL (the suite's PostgreSQL 15 binaries); builds the app when stale.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import type { Browser, Page } from "@playwright/test";
import { startOwnPostgres, type TOwnPostgres } from "../helpers/own-postgres";
import { buildAppOnce } from "../helpers/app-build";
import { createDatabase } from "../helpers/databases";
import { launchBrowser, submitSignIn } from "../helpers/browser";
import { startWebServer, vigil, waitUntil, type TProcess } from "../helpers/vigil-processes";
import { openDb } from "@/lib/db/connect";
import { bootstrap } from "@/lib/bootstrap/bootstrap";

const CAN_RUN = !!process.env.TEST_DATABASE_URL;
const DIST = process.env.VIGIL_TEST_DIST_DIR ?? ".next";
const PG_PORT = 55_500 + (process.pid % 90);
const WEB_PORT = 3126;
const BASE = `http://127.0.0.1:${WEB_PORT}`;
const PASSWORD = "outage-web-pw";
let server: TOwnPostgres;
let url = "";
let web: TProcess;
let browser: Browser;

async function query<T extends pg.QueryResultRow>(
  sql: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

async function signedInPage(email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  expect(await submitSignIn(page, BASE, email, PASSWORD)).toBeNull();
  return page;
}

/** Reads an SSE response until `done(text)` holds; the stream must stay open meanwhile. */
function readStream(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let ended = false;
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) break;
      text += decoder.decode(value);
    }
    ended = true;
  })();
  return { text: () => text, ended: () => ended, pump };
}

describe.skipIf(!CAN_RUN)("the web app through a database outage (real browser)", () => {
  beforeAll(async () => {
    await buildAppOnce(DIST);
    server = startOwnPostgres(PG_PORT);
    url = await createDatabase(server.url, "vigil_outage_web");
    process.env.VIGIL_DEMO_PASSWORD = PASSWORD;
    const db = await openDb({ kind: "postgres", url, display: "outage-web" });
    try {
      await bootstrap(db, { demo: true });
    } finally {
      await db.close();
    }
    // The in-process worker runs only exports here: the stage-2 encoder would compete for the CPU.
    web = startWebServer(WEB_PORT, {
      DATABASE_URL: url,
      VIGIL_DIST_DIR: DIST,
      VIGIL_WORKER_QUEUES: "export",
    });
    await waitUntil(
      async () => (await fetch(`${BASE}/login`)).ok,
      "the web server to listen",
      120_000,
      500,
    );
    browser = await launchBrowser();
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    web?.kill("SIGTERM");
    await Promise.race([web?.exited, new Promise((r) => setTimeout(r, 5000))]);
    if (web && web.child.exitCode === null && web.child.signalCode === null) web.kill("SIGKILL");
    server?.destroy();
  });

  it("shows a job that failed three times as FAILED with its error on the admin Jobs page", async () => {
    const queued = await vigil(
      [
        "export",
        "--queue",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "--format",
        "csv",
        "--output",
        "/proc/vigil-no-such-dir/out.csv",
      ],
      { DATABASE_URL: url },
    );
    expect(queued.code, queued.stderr).toBe(0);
    const id = queued.stdout.trim();
    await waitUntil(
      async () =>
        (await query(`SELECT 1 FROM "Job" WHERE "id" = $1 AND "status" = 'FAILED'`, [id]))
          .length === 1,
      "the export to fail three times",
      90_000,
      500,
    );
    const page = await signedInPage("admin@vigil.local");
    await page.goto(`${BASE}/admin/jobs`);
    const row = page.locator(`tr[data-job-id="${id}"]`);
    await expect.poll(() => row.innerText()).toMatch(/failed/i);
    const text = await row.innerText();
    expect(text).toMatch(/Error: .*(ENOENT|no such file)/i);
    expect(await row.locator("td").nth(3).innerText()).toBe("3"); // attempts
    await row.getByRole("button", { name: "Retry" }).click();
    await expect.poll(() => page.getByText("Queued again.").count()).toBe(1);
    await page.context().close();
  }, 180_000);

  it("shows a clear page while PostgreSQL is down, recovers in the same tab after, and the open live stream resumes", async () => {
    const page = await signedInPage("moderator@vigil.local");
    await page.goto(`${BASE}/queue`);
    await page.getByTestId("whoami").waitFor();
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const events = await fetch(`${BASE}/api/queue/events`, { headers: { cookie } });
    expect(events.status).toBe(200);
    const stream = readStream(events.body!);
    await waitUntil(
      async () => stream.text().includes("event: ready"),
      "the live stream to open",
      30_000,
      100,
    );
    const [{ id }] = await query<{ id: number }>(
      `SELECT "id" FROM "Comment" ORDER BY "id" LIMIT 1`,
    );

    server.stop();
    try {
      // Moving within the app (a client-side navigation) and loading a page afresh both end on the
      // explanation and a way to retry, promptly (no spinner), with no stack trace or driver error.
      const alert = page.getByRole("alert").filter({ hasText: "could not be loaded" });
      await page.getByRole("link", { name: "Articles" }).click();
      await alert.waitFor({ timeout: 20_000 });
      const started = Date.now();
      await page.goto(`${BASE}/queue`);
      await alert.waitFor({ timeout: 20_000 });
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(await alert.innerText()).toMatch(
        /could not be loaded[\s\S]*database may be unavailable/i,
      );
      await expect
        .poll(() => page.getByRole("button", { name: "Try again" }).isVisible())
        .toBe(true);
      const html = await page.content();
      expect(html).not.toMatch(/ECONNREFUSED|\n\s+at [\w.<>]+ \(|PrismaClient|node_modules/);
      // An API route: 503 with a plain message, not a stack trace.
      const api = await fetch(`${BASE}/api/queue/counts`, { headers: { cookie } });
      expect(api.status, web.output().slice(-3000)).toBe(503);
      const body = await api.text();
      expect(body).toMatch(/database/i);
      expect(body).not.toMatch(/ECONNREFUSED|\n\s+at /);
    } finally {
      server.start();
    }

    // Back: "Try again" in the same tab brings the queue, without restarting anything.
    await waitUntil(
      async () => {
        await page
          .getByRole("button", { name: "Try again" })
          .click({ timeout: 2000 })
          .catch(() => undefined);
        return page.getByTestId("whoami").isVisible();
      },
      "the queue page after recovery",
      60_000,
      1000,
    );
    expect(web.child.exitCode).toBeNull();

    // The stream opened before the outage delivers a change made after it.
    await waitUntil(
      async () => {
        await query(
          `UPDATE "Comment" SET "status" = CASE WHEN "status" = 'PENDING' THEN 'APPROVED'::"CommentStatus" ELSE 'PENDING'::"CommentStatus" END WHERE "id" = $1`,
          [id],
        );
        await new Promise((r) => setTimeout(r, 500));
        return stream.text().includes(`"id":${id},`) || stream.ended();
      },
      "an event on the stream opened before the outage",
      60_000,
      500,
    );
    expect(stream.ended(), "the live stream was closed during the outage").toBe(false);
    expect(stream.text()).toMatch(new RegExp(`event: changed\\ndata: .*"id":${id},`));
    await events.body!.cancel().catch(() => undefined);
    await page.context().close();
  }, 240_000);
});

// Two web instances (`next-server` on two ports, as `vigil serve` runs it) and two workers on one
// PostgreSQL: a session made on one is honoured by the other, a lease taken on A is refused to
// another moderator on B, B's live stream sees A's lease at once (LISTEN/NOTIFY), sign-in attempts
// sent through the real form in Chromium count against one limit on both, and the two workers
// finish queued imports.
// Needs TEST_DATABASE_URL; builds the app first when the build is missing or stale (as `vigil serve` does).
import path from "node:path";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAppOnce } from "../helpers/app-build";
import { createDatabase, dropDatabase } from "../helpers/databases";
import {
  startVigil,
  startWebServer,
  vigil,
  waitUntil,
  writeCommentsJsonl,
  type TProcess,
} from "../helpers/vigil-processes";
import { launchBrowser, submitSignIn } from "../helpers/browser";
import { createUserWithPassword } from "@/lib/auth/passwords";
import { openDb, type TDb } from "@/lib/db/connect";
import { setDb } from "@/lib/db";
import { bootstrap } from "@/lib/bootstrap/bootstrap";
import { getAuth } from "@/lib/auth/server";

const SERVER = process.env.TEST_DATABASE_URL;
const DIST = process.env.VIGIL_TEST_DIST_DIR ?? ".next";
const PORTS = [3122, 3123];
const name = `vigil_two_${process.pid}`;
const dir = mkdtempSync(path.join(tmpdir(), "vigil-two-"));
let url = "";
let db: TDb;
const procs: TProcess[] = [];

// Two attempts per account and address per window on both instances, so the shared count shows fast.
const startWeb = (port: number) =>
  procs.push(
    startWebServer(port, {
      DATABASE_URL: url,
      VIGIL_DIST_DIR: DIST,
      VIGIL_WORKER: "0",
      VIGIL_LOGIN_MAX_ATTEMPTS: "2",
    }),
  );

async function cookieFor(email: string): Promise<string> {
  const auth = await getAuth();
  const response = await auth.api.signInEmail({
    body: { email, password: "two-instances-pw" },
    headers: new Headers(),
    asResponse: true,
  });
  expect(response.ok).toBe(true);
  return response.headers.get("set-cookie")!.split(";")[0];
}

const base = (i: number) => `http://127.0.0.1:${PORTS[i]}`;
const lease = (i: number, cookie: string, id: number) =>
  fetch(`${base(i)}/api/queue/lease`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json", origin: base(i) },
    body: JSON.stringify({ id }),
  });

describe.skipIf(!SERVER)("two web instances and two workers on one PostgreSQL", () => {
  beforeAll(async () => {
    await buildAppOnce(DIST);
    url = await createDatabase(SERVER!, name);
    process.env.VIGIL_DEMO_PASSWORD = "two-instances-pw";
    db = await openDb({ kind: "postgres", url, display: name });
    await bootstrap(db, { demo: true });
    setDb(db);
    for (const port of PORTS) startWeb(port);
    for (let i = 0; i < 2; i++)
      procs.push(
        startVigil(["worker", "--queues", "import"], { DATABASE_URL: url, LOG_LEVEL: "warn" }),
      );
    for (let i = 0; i < 2; i++)
      await waitUntil(
        async () => (await fetch(`${base(i)}/login`)).ok,
        `instance ${i} to listen`,
        120_000,
        500,
      );
  }, 600_000);

  afterAll(async () => {
    for (const p of procs) p.kill("SIGTERM");
    await Promise.all(
      procs.map((p) => Promise.race([p.exited, new Promise((r) => setTimeout(r, 5000))])),
    );
    for (const p of procs)
      if (p.child.exitCode === null && p.child.signalCode === null) p.kill("SIGKILL");
    await db?.close();
    if (SERVER) await dropDatabase(SERVER, name);
    rmSync(dir, { recursive: true, force: true });
  });

  it("honours one session on both instances, holds leases across them, and streams A's changes to B", async () => {
    const moderator = await cookieFor("moderator@vigil.local");
    const editor = await cookieFor("editor@vigil.local");
    for (const i of [0, 1])
      expect(
        (await fetch(`${base(i)}/api/queue/counts`, { headers: { cookie: moderator } })).status,
      ).toBe(200);
    expect((await fetch(`${base(1)}/api/queue/counts`)).status).toBe(401);

    const { rows } = await db.sql.query<{ id: number }>(
      `SELECT "id" FROM "Comment" WHERE "status" = 'PENDING' ORDER BY "id" LIMIT 1`,
    );
    const id = rows[0].id;
    const controller = new AbortController();
    const stream = await fetch(`${base(1)}/api/queue/events`, {
      headers: { cookie: editor },
      signal: controller.signal,
    });
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();
    let seen = "";
    const sawLease = (async () => {
      const decoder = new TextDecoder();
      while (!seen.includes(`"id":${id},`)) {
        const { value, done } = await reader.read();
        if (done) break;
        seen += decoder.decode(value);
        if (seen.includes("event: ready") && !seen.includes("leased")) {
          seen += "leased";
          expect((await lease(0, moderator, id)).status).toBe(200); // taken on A, once B's stream is ready
        }
      }
      return seen;
    })();
    const text = await Promise.race([
      sawLease,
      new Promise<string>((_, reject) =>
        setTimeout(() => reject(new Error(`no event on B; got: ${seen}`)), 30_000),
      ),
    ]);
    controller.abort();
    expect(text).toMatch(new RegExp(`event: changed\\ndata: .*"id":${id},.*"lease":\\{"byId"`));
    // B knows A's lease (it is in PostgreSQL): the editor is told who holds it instead of getting it.
    const refused = await lease(1, editor, id);
    const body = JSON.stringify(await refused.json());
    expect(body).toContain('"held":false');
    expect(body).toMatch(/"byName":"[^"]*Moderator[^"]*"/i);
  }, 120_000);

  it("counts sign-in attempts on both instances against one limit (real form, real browser)", async () => {
    await createUserWithPassword(db.prisma, {
      email: "limited@vigil.local",
      name: "Limited",
      role: "MODERATOR",
      password: "two-instances-pw",
    });
    await createUserWithPassword(db.prisma, {
      email: "control@vigil.local",
      name: "Control",
      role: "MODERATOR",
      password: "two-instances-pw",
    });
    const browser = await launchBrowser();
    try {
      const pages = [await browser.newPage(), await browser.newPage()];
      const attempt = (i: number, email: string, password: string) =>
        submitSignIn(pages[i], base(i), email, password);
      // One wrong password on each instance: each alone has seen one attempt, under its limit of 2.
      expect(await attempt(0, "limited@vigil.local", "wrong-on-a")).toMatch(
        /^Wrong email or password/,
      );
      expect(await attempt(1, "limited@vigil.local", "wrong-on-b")).toMatch(
        /^Wrong email or password/,
      );
      // The third attempt, with the right password, is refused on either: the count is shared.
      expect(await attempt(0, "limited@vigil.local", "two-instances-pw")).toMatch(
        /^Too many sign-in attempts/,
      );
      expect(await attempt(1, "limited@vigil.local", "two-instances-pw")).toMatch(
        /^Too many sign-in attempts/,
      );
      // Not a broken sign-in: another account from the same address gets in on B.
      expect(await attempt(1, "control@vigil.local", "two-instances-pw")).toBeNull();
    } finally {
      await browser.close();
    }
  }, 120_000);

  it("two workers on the same queue finish four queued imports, every comment once", async () => {
    const files = [0, 1, 2, 3].map((k) => path.join(dir, `part${k}.jsonl`));
    for (const [k, f] of files.entries()) await writeCommentsJsonl(f, 2000, 20, `t${k}-`);
    const queued = await vigil(["import", "--queue", "--no-score", ...files], {
      DATABASE_URL: url,
    });
    const ids = queued.stdout.trim().split("\n");
    expect(ids).toHaveLength(4);
    const rows = await waitUntil(
      async () => {
        const r = await db.sql.query<{ status: string; workerId: string | null }>(
          `SELECT "status"::text AS status, "startedAt" FROM "Job" WHERE "id" = ANY($1) AND "status" = 'DONE'`,
          [ids],
        );
        return r.rows.length === 4 ? r.rows : null;
      },
      "the four imports",
      180_000,
      500,
    );
    expect(rows).toHaveLength(4);
    const { rows: counts } = await db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Comment" WHERE "externalId" LIKE 't%'`,
    );
    expect(counts[0].n).toBe(8000);
  }, 240_000);
});

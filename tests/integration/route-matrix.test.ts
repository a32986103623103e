// Every API route tried as each role and signed out: the permission table decides who gets through,
// and an allowed role gets a 2xx on rows seeded for it (an import job, a comment to lease).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDb } from "@/lib/db/connect";
import { setDb } from "@/lib/db";
import { getAuth } from "@/lib/auth/server";
import { can, ROLES, type TPermission } from "@/lib/auth/permissions";
import { createUserWithPassword } from "@/lib/auth/passwords";
import { createTestDb } from "../helpers/test-db";
import { seedThread, seedUpload } from "../helpers/operation-inputs";
import { insertJob } from "@/lib/jobs/records";

type THandler = (
  request: Request,
  ctx: { params: Promise<Record<string, string>> },
) => Promise<Response>;
type TRole = (typeof ROLES)[number];
type TRoute = {
  name: string;
  load: () => Promise<Record<string, unknown>>;
  method: "GET" | "POST";
  permission: TPermission;
  request: (role: TRole | null) => Request;
  params?: () => Record<string, string>;
};

/** Rows the routes act on, seeded before the matrix runs: one comment per role, so leases never collide. */
const seeded = {
  jobId: "",
  commentId: {} as Record<TRole, number>,
  uploadId: {} as Record<TRole, string>,
  anyComment: 0,
};

const url = (path: string) => `http://localhost${path}`;
const json = (path: string, body: unknown) =>
  new Request(url(path), {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });
const form = (path: string, field: string) => {
  const data = new FormData();
  data.append(field, new File(['{"url":"https://x.example","title":"T","comments":[]}'], "a.json"));
  return new Request(url(path), { method: "POST", body: data });
};

const ROUTES: TRoute[] = [
  {
    name: "POST /api/import/preview",
    load: () => import("@/app/api/import/preview/route"),
    method: "POST",
    permission: "import:run",
    request: () => form("/api/import/preview", "files"),
  },
  {
    name: "POST /api/import/jobs",
    load: () => import("@/app/api/import/jobs/route"),
    method: "POST",
    permission: "import:run",
    request: (role) =>
      json("/api/import/jobs", {
        uploadId: role ? seeded.uploadId[role] : randomUUID(),
        edits: [],
      }),
  },
  {
    name: "GET /api/import/jobs/[id]",
    load: () => import("@/app/api/import/jobs/[id]/route"),
    method: "GET",
    permission: "import:read",
    request: () => new Request(url(`/api/import/jobs/${seeded.jobId}`)),
    params: () => ({ id: seeded.jobId }),
  },
  {
    name: "GET /api/export",
    load: () => import("@/app/api/export/route"),
    method: "GET",
    permission: "reports:export",
    request: () => new Request(url("/api/export?what=actions&format=csv&count=1")),
  },
  {
    name: "POST /admin/settings/fact-checks/import",
    load: () => import("@/app/(app)/admin/settings/fact-checks/import/route"),
    method: "POST",
    permission: "settings:manage",
    request: () => form("/admin/settings/fact-checks/import", "file"),
  },
  {
    name: "GET /api/queue",
    load: () => import("@/app/api/queue/route"),
    method: "GET",
    permission: "queue:read",
    request: () => new Request(url("/api/queue")),
  },
  {
    name: "GET /api/queue/count",
    load: () => import("@/app/api/queue/count/route"),
    method: "GET",
    permission: "queue:read",
    request: () => new Request(url("/api/queue/count")),
  },
  {
    name: "GET /api/queue/counts",
    load: () => import("@/app/api/queue/counts/route"),
    method: "GET",
    permission: "queue:read",
    request: () => new Request(url("/api/queue/counts?view=all")),
  },
  {
    name: "GET /api/admin/rescore",
    load: () => import("@/app/api/admin/rescore/route"),
    method: "GET",
    permission: "settings:manage",
    request: () => new Request(url("/api/admin/rescore")),
  },
  {
    name: "GET /api/queue/next",
    load: () => import("@/app/api/queue/next/route"),
    method: "GET",
    permission: "queue:read",
    request: () => new Request(url(`/api/queue/next?from=${seeded.anyComment}`)),
  },
  {
    name: "GET /api/queue/events",
    load: () => import("@/app/api/queue/events/route"),
    method: "GET",
    permission: "queue:read",
    request: () => new Request(url("/api/queue/events")),
  },
  {
    name: "POST /api/queue/lease",
    load: () => import("@/app/api/queue/lease/route"),
    method: "POST",
    permission: "comment:moderate",
    request: (role) =>
      json("/api/queue/lease", { id: role ? seeded.commentId[role] : seeded.anyComment }),
  },
];

let db: TDb;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDb();
  setDb(db);
  const auth = await getAuth();
  for (const role of ROLES) {
    const email = `${role.toLowerCase()}@routes.test`;
    await createUserWithPassword(db.prisma, {
      email,
      name: role,
      role,
      password: "route-matrix-pw",
    });
    const res = await auth.api.signInEmail({
      body: { email, password: "route-matrix-pw" },
      headers: new Headers(),
      asResponse: true,
    });
    cookies[role] = res.headers.get("set-cookie")!.split(";")[0];
    seeded.commentId[role] = (await seedThread(db)).commentId;
    seeded.uploadId[role] = (
      await seedUpload(db, (await db.prisma.user.findUniqueOrThrow({ where: { email } })).id)
    ).id;
  }
  seeded.anyComment = (await seedThread(db)).commentId;
  seeded.jobId = randomUUID();
  await insertJob(db.sql, {
    id: seeded.jobId,
    kind: "import",
    createdById: null,
    filenames: ["a.json"],
    total: 0,
    payload: null,
  });
});
afterAll(async () => db?.close());

async function call(route: TRoute, role: TRole | null): Promise<number> {
  const cookie = role ? cookies[role] : null;
  const handler = (await route.load())[route.method] as THandler;
  const request = route.request(role);
  if (cookie) request.headers.set("cookie", cookie);
  const response = await handler(request, { params: Promise.resolve(route.params?.() ?? {}) });
  await response.body?.cancel().catch(() => undefined); // the live event stream never ends by itself
  return response.status;
}

describe("role × route matrix", () => {
  for (const route of ROUTES) {
    it(`${route.name}: signed-out gets 401`, async () => {
      expect(await call(route, null)).toBe(401);
    });
    for (const role of ROLES) {
      const allowed = can(role, route.permission);
      it(`${route.name}: ${role} ${allowed ? "gets through" : "gets 403"}`, async () => {
        const status = await call(route, role);
        if (allowed) expect(String(status)).toMatch(/^2\d\d$/);
        else expect(status).toBe(403);
      });
    }
  }

  it("the reader report API needs no session; an unknown comment is 404 and a bad body 400, signed in or not", async () => {
    const report = (await import("@/app/api/public/comments/[id]/reports/route")).POST as THandler;
    const call = (id: string, body: unknown, cookie?: string) => {
      const request = json(`/api/public/comments/${id}/reports`, body);
      if (cookie) request.headers.set("cookie", cookie);
      return report(request, { params: Promise.resolve({ id }) });
    };
    expect((await call("999999", { reason: "hate" })).status).toBe(404);
    expect((await call("999999", { reason: "hate" }, cookies.ADMIN)).status).toBe(404);
    expect((await call("abc", { reason: "hate" })).status).toBe(404);
    expect((await call("1", { reason: "rude" })).status).toBe(400);
    expect((await call("1", { reason: "hate", note: "x".repeat(501) })).status).toBe(400);
    expect((await call("1", { reason: "hate", extra: 1 })).status).toBe(400);
    expect((await call("1", { reason: "hate", note: "x".repeat(5000) })).status).toBe(413);
  });

  it("the public comments API needs no session and the ingestion API needs a key, not a session", async () => {
    const publicRoute = (await import("@/app/api/public/articles/[id]/comments/route"))
      .GET as THandler;
    expect(
      (
        await publicRoute(new Request(url("/api/public/articles/999/comments")), {
          params: Promise.resolve({ id: "999" }),
        })
      ).status,
    ).toBe(404);
    const ingest = (await import("@/app/api/v1/comments/route")).POST as (
      r: Request,
    ) => Promise<Response>;
    const asAdmin = json("/api/v1/comments", {});
    asAdmin.headers.set("cookie", cookies.ADMIN);
    expect((await ingest(asAdmin)).status).toBe(401);
  });
});

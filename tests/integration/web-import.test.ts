// Web import without the round trip: the preview route keeps the parse in the database and sends a
// preview; starting the import sends the upload id and the split edits only, and the job gets the
// kept parse with those edits applied. An upload is its uploader's, used once, and expires.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDb } from "@/lib/db/connect";
import { setDb } from "@/lib/db";
import { getAuth } from "@/lib/auth/server";
import { executeOperation } from "@/lib/auth/operation";
import type { TSessionUser } from "@/lib/auth/session-types";
import { createUserWithPassword } from "@/lib/auth/passwords";
import { startImport } from "@/lib/import/operations/start-import";
import type { TUploadPreview } from "@/lib/import/web-preview";
import type { TImportPayload } from "@/lib/jobs/handlers/import";
import { createTestDb } from "../helpers/test-db";
import { seedUpload } from "../helpers/operation-inputs";

const COMMENTS = 1_500;
const page = (comments: number) =>
  "Headline Of The Day\n\nThe article body says something long enough to be prose.\n\n" +
  "Jane Doe\n\nI agree with this point about the article.\n\n".repeat(comments);

let db: TDb;
const users: Record<"alice" | "bob", TSessionUser> = {} as never;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDb();
  setDb(db);
  const auth = await getAuth();
  for (const name of ["alice", "bob"] as const) {
    const email = `${name}@web-import.test`;
    const { id } = await createUserWithPassword(db.prisma, {
      email,
      name,
      role: "EDITOR",
      password: "web-import-pw",
    });
    users[name] = { id, email, name, role: "EDITOR" };
    const res = await auth.api.signInEmail({
      body: { email, password: "web-import-pw" },
      headers: new Headers(),
      asResponse: true,
    });
    cookies[name] = res.headers.get("set-cookie")!.split(";")[0];
  }
});
afterAll(async () => db?.close());

async function upload(
  who: "alice" | "bob",
  files: Array<{ name: string; text: string }>,
): Promise<{ status: number; body: TUploadPreview; bytes: number }> {
  const { POST } = await import("@/app/api/import/preview/route");
  const form = new FormData();
  for (const f of files) form.append("files", new File([f.text], f.name));
  const request = new Request("http://localhost/api/import/preview", {
    method: "POST",
    body: form,
    headers: { cookie: cookies[who] },
  });
  const response = await POST(request);
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text), bytes: text.length };
}

async function jobFiles(jobId: string) {
  const { rows } = await db.sql.query<{ payload: string }>(
    `SELECT "payload" FROM "Job" WHERE "id" = $1`,
    [jobId],
  );
  const payload = JSON.parse(rows[0].payload) as TImportPayload;
  if (payload.source !== "web") throw new Error("not a web import");
  return payload.input.files;
}

describe("web import", () => {
  it("answers a preview far smaller than the parse: counts of everything, the first articles and comments", async () => {
    const lines = Array.from({ length: COMMENTS }, (_, i) =>
      JSON.stringify({
        articleUrl: `https://paper.example/a${i % 300}`,
        articleTitle: `Article ${i % 300}`,
        externalId: `c${i}`,
        author: `Reader ${i}`,
        body: `Comment number ${i} on this article.`,
      }),
    );
    const { status, body, bytes } = await upload("alice", [
      { name: "comments.jsonl", text: lines.join("\n") },
    ]);
    expect(status).toBe(200);
    const [file] = body.files;
    expect(file).toMatchObject({
      name: "comments.jsonl",
      format: "jsonl",
      articleCount: 300,
      commentCount: COMMENTS,
      errorCount: 0,
    });
    expect(file.articles).toHaveLength(20);
    expect(file.articles[0].comments).toHaveLength(5);
    expect(file.articles[0].split).toBeNull();
    const { rows } = await db.sql.query<{ files: string }>(
      `SELECT "files" FROM "ImportUpload" WHERE "id" = $1`,
      [body.uploadId],
    );
    expect(bytes).toBeLessThan(rows[0].files.length / 10);
  });

  it("sends a page's lines for re-splitting", async () => {
    const { body } = await upload("alice", [{ name: "page.txt", text: page(40) }]);
    const [file] = body.files;
    expect(file).toMatchObject({ format: "text", articleCount: 1, commentCount: 40 });
    expect(file.articles[0].split?.lines.length).toBeGreaterThan(40);
  });

  it("starts the job from the upload id and the edits: the moved boundary and dropped lines reach the job", async () => {
    const { body } = await upload("alice", [{ name: "page.txt", text: page(10) }]);
    const split = body.files[0].articles[0].split!;
    // Two more lines belong to the article, and the last comment is dropped.
    const edit = {
      file: 0,
      article: 0,
      boundary: split.boundary + 2,
      dropped: [split.lines.length - 1],
    };
    const started = await executeOperation(startImport, users.alice, {
      uploadId: body.uploadId,
      edits: [edit],
    });
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    const [file] = await jobFiles(started.data.jobId);
    expect(file.articles[0].comments).toHaveLength(10 - 3);
    expect(file.articles[0].body).toContain("I agree with this point");
    const again = await executeOperation(startImport, users.alice, {
      uploadId: body.uploadId,
      edits: [],
    });
    expect(again).toMatchObject({ ok: false, code: "not_found" });
  });

  it("refuses someone else's upload and an expired one, and keeps an upload whose edits are refused", async () => {
    const mine = await seedUpload(db, users.alice.id);
    expect(
      await executeOperation(startImport, users.bob, { uploadId: mine.id, edits: [] }),
    ).toMatchObject({ ok: false, code: "not_found" });

    const bad = await executeOperation(startImport, users.alice, {
      uploadId: mine.id,
      edits: [{ file: 0, article: 0, boundary: 0, dropped: [] }],
    });
    expect(bad).toMatchObject({ ok: false, code: "validation" });
    expect(
      (await db.sql.query(`SELECT 1 FROM "ImportUpload" WHERE "id" = $1`, [mine.id])).rows,
    ).toHaveLength(1);

    await db.sql.query(
      `UPDATE "ImportUpload" SET "expiresAt" = timezone('UTC', now()) - interval '1 second' WHERE "id" = $1`,
      [mine.id],
    );
    expect(
      await executeOperation(startImport, users.alice, { uploadId: mine.id, edits: [] }),
    ).toMatchObject({ ok: false, code: "not_found" });
  });

  it("refuses a split edit naming lines the page does not have", async () => {
    const { body } = await upload("bob", [{ name: "page.txt", text: page(3) }]);
    const lines = body.files[0].articles[0].split!.lines.length;
    const result = await executeOperation(startImport, users.bob, {
      uploadId: body.uploadId,
      edits: [{ file: 0, article: 0, boundary: lines + 1, dropped: [] }],
    });
    expect(result).toMatchObject({ ok: false, code: "validation" });
  });
});

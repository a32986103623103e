import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDb } from "@/lib/db/connect";
import { importPaths } from "@/lib/import/import-paths";
import { createTestDb } from "../helpers/test-db";

let db: TDb;
const dir = mkdtempSync(path.join(tmpdir(), "vigil-import-"));
const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};

beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => db?.close());

const SEEDS = path.join(process.cwd(), "seeds");

describe("importing the sample pages", () => {
  it("imports the five seeds, then changes nothing on a second run", async () => {
    const first = await importPaths(db, [SEEDS], { actor: null });
    expect(first.files).toBe(5);
    expect(first.articles.created).toBe(5);
    expect(first.comments.created).toBeGreaterThan(30);
    expect(first.rejections).toEqual([]);
    const second = await importPaths(db, [SEEDS], { actor: null });
    expect(second.articles).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
    expect(second.comments).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: first.comments.created,
    });
    expect(await db.prisma.comment.count()).toBe(first.comments.created);
    const michael = await db.prisma.comment.findFirst({
      where: { author: { name: "Michael Qiao" } },
      include: { article: true },
    });
    expect(michael?.body).toMatch(/^seems like the race to deir ezzor/);
    expect(michael?.article.title).toBe(
      "ISIS Lost Last Chance To Regain Initiative In Central Syria",
    );
  });
});

describe("structured imports", () => {
  it("threads replies by parent id and updates a changed comment instead of duplicating it", async () => {
    const v1 = [
      {
        url: "https://news.example/a1",
        title: "Bridge reopens",
        body: "The bridge reopened today.",
        comments: [
          { externalId: "c1", author: "Ann", body: "Finally!" },
          { externalId: "c2", author: "Bob", body: "Took long enough.", parentExternalId: "c1" },
        ],
      },
    ];
    const p = file("v1.json", JSON.stringify(v1));
    const first = await importPaths(db, [p], { actor: null });
    expect(first.comments.created).toBe(2);
    const bob = await db.prisma.comment.findFirstOrThrow({
      where: { externalId: "c2" },
      include: { parent: true },
    });
    expect(bob.parent?.externalId).toBe("c1");

    await db.prisma.comment.update({ where: { id: bob.id }, data: { status: "APPROVED" } });
    v1[0].comments[1].body = "Took long enough, honestly.";
    writeFileSync(p, JSON.stringify(v1));
    const handed: number[] = [];
    const second = await importPaths(db, [p], {
      actor: null,
      onWritten: async (ids) => void handed.push(...ids),
    });
    expect(handed).toEqual([bob.id]); // only the changed comment goes to scoring
    expect(second.comments).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const edited = await db.prisma.comment.findUniqueOrThrow({ where: { id: bob.id } });
    expect(edited.body).toBe("Took long enough, honestly.");
    expect(edited.version).toBe(bob.version + 1);
    expect(edited.status).toBe("PENDING"); // an edited comment is read again
    expect(second.touched).toBe(1);
  });

  it("streams JSONL, reports bad lines with their place, and keeps the good ones", async () => {
    const lines = [
      JSON.stringify({
        articleUrl: "https://news.example/j1",
        externalId: "j-1",
        author: "Cy",
        body: "First",
      }),
      "{not json",
      JSON.stringify({ articleUrl: "https://news.example/j1", externalId: "j-2", body: 42 }),
      JSON.stringify({
        articleUrl: "https://news.example/j1",
        externalId: "j-3",
        author: "Di",
        body: "Third",
        parentExternalId: "j-1",
      }),
      "",
    ].join("\n");
    const report = await importPaths(db, [file("c.jsonl", lines)], {
      actor: null,
      batchComments: 1,
    });
    expect(report.comments.created).toBe(2);
    expect(report.rejections.map((r) => r.where)).toEqual(["line 2", "line 3"]);
    expect(report.rejections[0].message).toMatch(/invalid JSON/);
    expect(report.rejections[1].message).toMatch(/body/);
    const third = await db.prisma.comment.findFirstOrThrow({
      where: { externalId: "j-3" },
      include: { parent: true },
    });
    expect(third.parent?.externalId).toBe("j-1");
  });

  it("reports an empty file and a missing path clearly", async () => {
    const report = await importPaths(db, [file("empty.txt", "")], { actor: null });
    expect(report.rejections).toHaveLength(1);
    expect(report.rejections[0].where).toBe("file");
    await expect(importPaths(db, [path.join(dir, "nope.json")], { actor: null })).rejects.toThrow(
      /no such file/,
    );
  });

  it("writes an article and its comments all-or-nothing, and the others still land", async () => {
    const articles = [
      {
        url: "https://news.example/ok",
        title: "Fine",
        body: "b",
        comments: [{ externalId: "ok1", body: "good" }],
      },
      // The same comment id twice with different parents is fine; a NUL byte is cleaned, not fatal.
      {
        url: "https://news.example/nul",
        title: "Nul",
        body: "b",
        comments: [{ externalId: "n1", body: "a\u0000b" }],
      },
    ];
    const report = await importPaths(db, [file("mixed.json", JSON.stringify(articles))], {
      actor: null,
    });
    expect(report.articles.created).toBe(2);
    expect((await db.prisma.comment.findFirstOrThrow({ where: { externalId: "n1" } })).body).toBe(
      "ab",
    );
  });
});

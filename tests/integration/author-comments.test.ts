// An author's comments against a real database: hide-all as one audited batch with a count and
// one batch undo, and keyset paging of the author's comments, newest first.
import { describe, expect, it } from "vitest";
import { executeOperation } from "@/lib/auth/operation";
import { undoBatch } from "@/lib/moderation/operations/undo-batch";
import { hideAuthorComments } from "@/lib/authors/operations/hide-author-comments";
import { addAuthorNote } from "@/lib/authors/operations/add-author-note";
import { getAuthorProfile, listAuthorComments } from "@/lib/authors/queries";
import { URL_A, comment, ingest, ok, setupAuthorsDb, users } from "../helpers/authors-db";

setupAuthorsDb();

describe("an author's comments", () => {
  it("hides all of an author's comments as one batch with a count, and undoes it as one", async () => {
    await ingest(
      [1, 2, 3].map((i) => ({
        articleUrl: URL_A,
        externalId: `h${i}`,
        author: "Hal Spammer",
        body: `Buy now ${i}`,
      })),
    );
    const { authorId } = await comment("h1");
    const outcome = await ok(
      executeOperation(hideAuthorComments, users.MODERATOR, { authorId, reason: "Spam account" }),
    );
    expect(outcome).toMatchObject({ done: 3 });
    expect(
      (await listAuthorComments(authorId!, null)).rows.every((r) => r.status === "HIDDEN"),
    ).toBe(true);
    expect((await getAuthorProfile(authorId!))!.stats).toMatchObject({ total: 3, hidden: 3 });
    await ok(
      executeOperation(undoBatch, users.MODERATOR, {
        batchId: (outcome as { batchId: string }).batchId,
      }),
    );
    expect(
      (await listAuthorComments(authorId!, null)).rows.every((r) => r.status === "PENDING"),
    ).toBe(true);
    await ok(
      executeOperation(addAuthorNote, users.MODERATOR, {
        authorId,
        body: "Same link under every story",
      }),
    );
  });

  it("pages an author's comments newest first by keyset", async () => {
    const { authorId } = await comment("h1");
    const first = await listAuthorComments(authorId!, null, 2);
    const second = await listAuthorComments(authorId!, first.nextBefore, 2);
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(
      [...first.rows, ...second.rows].map((r) => r.id).sort((a, b) => b - a),
    );
    expect(second.nextBefore).toBeNull();
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(3);
  });
});

// Authors against a real database: per-site matching, author state applied on ingestion (ban,
// suspend, pre-moderate, trust), hide-all with batch undo, and keyset paging of an author's comments.
import { describe, expect, it } from "vitest";
import { executeOperation } from "@/lib/auth/operation";
import { parseQueueParams } from "@/lib/moderation/queue-params";
import { selectQueuePage } from "@/lib/moderation/queue-sql";
import { approveComment } from "@/lib/moderation/operations/approve-comment";
import { banAuthor } from "@/lib/authors/operations/ban-author";
import { restrictAuthor } from "@/lib/authors/operations/restrict-author";
import { undoAuthorAction } from "@/lib/authors/operations/undo-author-action";
import { getAuthorProfile, listAuthorHistory } from "@/lib/authors/queries";
import {
  URL_A,
  comment,
  db,
  ingest,
  ok,
  publicIds,
  setupAuthorsDb,
  users,
} from "../helpers/authors-db";

setupAuthorsDb();

describe("authors", () => {
  it("matches authors per site: by account id when the source gives one, else by name", async () => {
    await ingest([
      {
        articleUrl: URL_A,
        articleTitle: "A",
        externalId: "m1",
        author: "Sam Reader",
        body: "First on A",
      },
      { articleUrl: URL_A, externalId: "m2", author: "sam  reader", body: "Second on A" },
      {
        articleUrl: "https://other.example/b",
        articleTitle: "B",
        externalId: "m3",
        author: "Sam Reader",
        body: "On another site",
      },
      {
        articleUrl: URL_A,
        externalId: "m4",
        author: "Renamed",
        authorId: 77,
        body: "With an account id",
      },
      {
        articleUrl: URL_A,
        externalId: "m5",
        author: "Renamed Again",
        authorId: "77",
        body: "Same account, new name",
      },
    ]);
    const [m1, m2, m3, m4, m5] = await Promise.all(["m1", "m2", "m3", "m4", "m5"].map(comment));
    expect(m1.authorId).toBe(m2.authorId);
    expect(m1.author?.key).toBe("paper.example|n:sam reader");
    expect(m3.authorId).not.toBe(m1.authorId);
    expect(m4.authorId).toBe(m5.authorId);
    expect(m4.author).toMatchObject({
      key: "paper.example|id:77",
      externalId: "77",
      site: "paper.example",
    });
  });

  it("a banned author's next comment is stored hidden with the reason, and never public; undo of the ban lets new ones through", async () => {
    const { authorId, articleId } = await comment("m1");
    const profile = (await getAuthorProfile(authorId!))!;
    expect(
      await executeOperation(banAuthor, users.MODERATOR, {
        authorId,
        version: profile.version,
        action: "ban",
        reason: "abuse",
      }),
    ).toMatchObject({ ok: false, code: "forbidden" });
    const banned = await ok(
      executeOperation(banAuthor, users.EDITOR, {
        authorId,
        version: profile.version,
        action: "ban",
        reason: "Antisemitic abuse",
      }),
    );
    await expect(publicIds(articleId)).resolves.not.toContain((await comment("m1")).id); // earlier comments vanish from the public view too
    await ingest([
      {
        articleUrl: URL_A,
        externalId: "m6",
        author: "Sam Reader",
        body: "A perfectly polite remark",
      },
    ]);
    const m6 = await comment("m6");
    expect(m6.status).toBe("HIDDEN");
    const audit = await db.prisma.moderationAction.findFirstOrThrow({
      where: { targetType: "COMMENT", targetId: String(m6.id) },
    });
    expect(audit).toMatchObject({
      action: "comment.hide",
      reason: "author banned",
      actorEmail: "author-state",
    });
    expect(await publicIds(articleId)).not.toContain(m6.id);

    const undone = await ok(
      executeOperation(undoAuthorAction, users.EDITOR, {
        actionId: (banned as { auditId: number }).auditId,
      }),
    );
    expect(undone).toMatchObject({ banned: false });
    await ingest([
      { articleUrl: URL_A, externalId: "m7", author: "Sam Reader", body: "Back again, politely" },
    ]);
    expect((await comment("m7")).status).toBe("PENDING");
    expect(await publicIds(articleId)).toContain((await comment("m7")).id);
    const history = await listAuthorHistory(authorId!, true);
    expect(history.map((h) => h.action)).toEqual(["author.undo", "author.ban"]);
  });

  it("a moderator may not undo a ban", async () => {
    const { authorId } = await comment("m3");
    const p = (await getAuthorProfile(authorId!))!;
    const banned = await ok(
      executeOperation(banAuthor, users.ADMIN, {
        authorId,
        version: p.version,
        action: "ban",
        reason: "spam",
      }),
    );
    expect(
      await executeOperation(undoAuthorAction, users.MODERATOR, {
        actionId: (banned as { auditId: number }).auditId,
      }),
    ).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("pre-moderation holds a comment nothing would stop: pending, not public until a person approves", async () => {
    const { authorId, articleId } = await comment("m4");
    const p = (await getAuthorProfile(authorId!))!;
    await ok(
      executeOperation(restrictAuthor, users.MODERATOR, {
        authorId,
        version: p.version,
        action: "premoderate",
        reason: "New account posting links",
      }),
    );
    await ingest([
      {
        articleUrl: URL_A,
        externalId: "m8",
        authorId: 77,
        author: "Renamed",
        body: "Nice article, thanks",
      },
    ]);
    const m8 = await comment("m8");
    expect(m8).toMatchObject({ status: "PENDING", heldReason: "author pre-moderated" });
    expect(await publicIds(articleId)).not.toContain(m8.id);
    const queued = await selectQueuePage(
      db.sql,
      parseQueueParams({ view: "needs-review", author: String(authorId) }),
    );
    expect(queued.rows.find((r) => r.id === m8.id)?.heldReason).toBe("author pre-moderated");
    await ok(executeOperation(approveComment, users.MODERATOR, { id: m8.id, version: m8.version }));
    expect(await publicIds(articleId)).toContain(m8.id);
  });

  it("a suspension hides new comments until its date; a date in the past is refused", async () => {
    const { authorId } = await comment("m7");
    const p = (await getAuthorProfile(authorId!))!;
    expect(
      await executeOperation(restrictAuthor, users.MODERATOR, {
        authorId,
        version: p.version,
        action: "suspend",
        until: "2001-01-01",
        reason: "x",
      }),
    ).toMatchObject({ ok: false });
    const until = new Date(Date.now() + 3 * 86_400_000).toISOString();
    await ok(
      executeOperation(restrictAuthor, users.MODERATOR, {
        authorId,
        version: p.version,
        action: "suspend",
        until,
        reason: "Cooling off",
      }),
    );
    await ingest([
      { articleUrl: URL_A, externalId: "m9", author: "Sam Reader", body: "Still here" },
    ]);
    const m9 = await comment("m9");
    expect(m9.status).toBe("HIDDEN");
    const audit = await db.prisma.moderationAction.findFirstOrThrow({
      where: { targetType: "COMMENT", targetId: String(m9.id) },
    });
    expect(audit.reason).toMatch(/^author suspended until /);
    // a stale version is refused
    expect(
      await executeOperation(restrictAuthor, users.MODERATOR, {
        authorId,
        version: p.version,
        action: "unsuspend",
        reason: "x",
      }),
    ).toMatchObject({ ok: false, code: "conflict" });
  });

  it("a trusted author's comments pass auto-hold rules; others are held", async () => {
    await db.prisma.rule.create({
      data: {
        name: "hold all",
        harm: "hate",
        minScore: 0,
        maxScore: 1,
        action: "HOLD",
        enabled: true,
      },
    });
    await ingest([
      { articleUrl: URL_A, externalId: "t1", author: "Tia Trusted", body: "An ordinary remark" },
    ]);
    const t1 = await comment("t1");
    expect(t1.heldReason).toBe("rules: hold all");
    const p = (await getAuthorProfile(t1.authorId!))!;
    expect(
      await executeOperation(banAuthor, users.MODERATOR, {
        authorId: p.id,
        version: p.version,
        action: "trust",
        reason: "Long-time reader",
      }),
    ).toMatchObject({ ok: false, code: "forbidden" });
    await ok(
      executeOperation(banAuthor, users.EDITOR, {
        authorId: p.id,
        version: p.version,
        action: "trust",
        reason: "Long-time reader",
      }),
    );
    await ingest([
      {
        articleUrl: URL_A,
        externalId: "t2",
        author: "Tia Trusted",
        body: "Another ordinary remark",
      },
    ]);
    expect((await comment("t2")).heldReason).toBeNull();
    await db.prisma.rule.deleteMany({});
  });
});

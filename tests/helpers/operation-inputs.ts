// For the role × operation matrix: seeds the rows one call of an operation needs (a fresh comment,
// article, author, rule, job, earlier action to undo ...) and returns that call's input, so an
// allowed role's call is expected to succeed, not to stop at "not found".
import { randomUUID } from "node:crypto";
import type { TDb } from "@/lib/db/connect";
import type { TSessionUser } from "@/lib/auth/session-types";
import { executeOperation, type TOperation } from "@/lib/auth/operation";
import { createUserWithPassword } from "@/lib/auth/passwords";
import { insertJob } from "@/lib/jobs/records";
import { saveUpload } from "@/lib/import/web-upload";
import { approveComment } from "@/lib/moderation/operations/approve-comment";
import { bulkModerate } from "@/lib/moderation/operations/bulk-moderate";
import { restrictAuthor } from "@/lib/authors/operations/restrict-author";

type TPrepare = (db: TDb, user: TSessionUser, example: Record<string, unknown>) => Promise<unknown>;

let n = 0;
const unique = () => `${Date.now().toString(36)}-${++n}`;

async function must<T>(op: TOperation<unknown, T>, user: TSessionUser, input: unknown): Promise<T> {
  const result = await executeOperation(op, user, input);
  if (!result.ok)
    throw new Error(`seeding through ${op.name} failed: ${result.code} ${result.error}`);
  return result.data;
}

export async function seedThread(
  db: TDb,
  opts: { hidden?: boolean; commentStatus?: "PENDING" | "HIDDEN" } = {},
) {
  const tag = unique();
  const article = await db.prisma.article.create({
    data: { key: `matrix:${tag}`, title: `Matrix ${tag}`, hidden: opts.hidden ?? false },
  });
  const author = await db.prisma.author.create({
    data: { key: `matrix:${tag}`, name: `Reader ${tag}` },
  });
  const comment = await db.prisma.comment.create({
    data: {
      articleId: article.id,
      authorId: author.id,
      body: `Matrix comment ${tag}`,
      dedupeKey: tag,
      contentHash: tag,
      status: opts.commentStatus ?? "PENDING",
    },
  });
  return { articleId: article.id, authorId: author.id, commentId: comment.id };
}

async function lastActionId(
  db: TDb,
  targetType: string,
  targetId: number | string,
): Promise<number> {
  const row = await db.prisma.moderationAction.findFirstOrThrow({
    where: { targetType, targetId: String(targetId) },
    orderBy: { id: "desc" },
  });
  return row.id;
}

const PREPARE: Record<string, TPrepare> = {
  "factcheck.delete": async (db) => ({
    id: (
      await db.prisma.factCheck.create({
        data: { claim: `Claim ${unique()}`, verdict: "false", url: "https://fc.example/x" },
      })
    ).id,
  }),
  "rule.delete": async (db) => ({
    id: (
      await db.prisma.rule.create({
        data: { name: `Rule ${unique()}`, harm: "hate", minScore: 0.9, action: "HOLD" },
      })
    ).id,
  }),
  "rule.setEnabled": async (db, _u, ex) => ({
    ...ex,
    id: (
      await db.prisma.rule.create({
        data: { name: `Rule ${unique()}`, harm: "hate", minScore: 0.9, action: "HOLD" },
      })
    ).id,
  }),
  "term.delete": async (db) => ({
    id: (
      await db.prisma.term.create({
        data: { harm: "hate", pattern: `w${unique()}`.replace(/-/g, ""), reason: "matrix" },
      })
    ).id,
  }),
  "apikey.revoke": async (db) => {
    const id = randomUUID();
    await db.prisma.apiKey.create({
      data: { id, name: "Matrix", prefix: "vk_m", hash: `hash-${id}` },
    });
    return { id };
  },
  "user.setActive": async (db, _u, ex) => ({ ...ex, userId: await seedUser(db) }),
  "user.setRole": async (db, _u, ex) => ({ ...ex, userId: await seedUser(db) }),
  "user.create": async (_db, _u, ex) => ({ ...ex, email: `new-${unique()}@matrix.test` }),
  "factcheck.save": async (_db, _u, ex) => ({ ...ex, claim: `${ex.claim} ${unique()}` }),
  "article.close": async (db) => ({ articleId: (await seedThread(db)).articleId }),
  "article.hide": async (db) => ({ articleId: (await seedThread(db)).articleId }),
  "article.reopen": async (db) => {
    const { articleId } = await seedThread(db);
    await db.prisma.article.update({ where: { id: articleId }, data: { commentsOpen: false } });
    return { articleId };
  },
  "article.restore": async (db) => ({
    articleId: (await seedThread(db, { hidden: true })).articleId,
  }),
  "author.ban": async (db, _u, ex) => ({
    ...ex,
    authorId: (await seedThread(db)).authorId,
    version: 1,
  }),
  "author.restrict": async (db, _u, ex) => ({
    ...ex,
    authorId: (await seedThread(db)).authorId,
    version: 1,
  }),
  "author.hideComments": async (db, _u, ex) => ({
    ...ex,
    authorId: (await seedThread(db)).authorId,
  }),
  "author.note": async (db, _u, ex) => ({ ...ex, authorId: (await seedThread(db)).authorId }),
  "author.undo": async (db, user) => {
    const { authorId } = await seedThread(db);
    await must(restrictAuthor as TOperation<unknown, unknown>, user, {
      authorId,
      version: 1,
      action: "premoderate",
      reason: "matrix",
    });
    return { actionId: await lastActionId(db, "AUTHOR", authorId) };
  },
  "claim.decide": async (db, _u, ex) => {
    const { commentId } = await seedThread(db);
    const fc = await db.prisma.factCheck.create({
      data: { claim: `Claim ${unique()}`, verdict: "false", url: "https://fc.example/y" },
    });
    const match = await db.prisma.claimMatch.create({
      data: { commentId, factCheckId: fc.id, score: 0.8 },
    });
    return { ...ex, matchId: match.id };
  },
  "comment.annotate": async (db, _u, ex) => ({
    ...ex,
    commentId: (await seedThread(db)).commentId,
  }),
  "comment.note": async (db, _u, ex) => ({ ...ex, commentId: (await seedThread(db)).commentId }),
  "comment.approve": async (db, _u, ex) => ({
    ...ex,
    id: (await seedThread(db)).commentId,
    version: 1,
  }),
  "comment.flag": async (db, _u, ex) => ({
    ...ex,
    id: (await seedThread(db)).commentId,
    version: 1,
  }),
  "comment.hide": async (db, _u, ex) => ({
    ...ex,
    id: (await seedThread(db)).commentId,
    version: 1,
  }),
  "comment.unhide": async (db, _u, ex) => ({
    ...ex,
    id: (await seedThread(db, { commentStatus: "HIDDEN" })).commentId,
    version: 1,
  }),
  "comment.claim": async (db) => ({ id: (await seedThread(db)).commentId }),
  "comment.bulk": async (db, _u, ex) => ({
    ...ex,
    target: { kind: "ids", items: [{ id: (await seedThread(db)).commentId, status: "PENDING" }] },
  }),
  "comment.undo": async (db, user) => {
    const { commentId } = await seedThread(db);
    await must(approveComment as TOperation<unknown, unknown>, user, { id: commentId, version: 1 });
    return { actionId: await lastActionId(db, "COMMENT", commentId) };
  },
  "comment.undoBatch": async (db, user) => {
    const { commentId } = await seedThread(db);
    await must(bulkModerate as TOperation<unknown, unknown>, user, {
      action: "approve",
      target: { kind: "ids", items: [{ id: commentId, status: "PENDING" }] },
    });
    const row = await db.prisma.moderationAction.findFirstOrThrow({
      where: { targetId: String(commentId), batchId: { not: null } },
    });
    return { batchId: row.batchId };
  },
  "import.start": async (db, user) => ({ uploadId: (await seedUpload(db, user.id)).id, edits: [] }),
  "reports.dismiss": async (db) => {
    const { commentId } = await seedThread(db);
    await db.prisma.readerReport.create({
      data: { commentId, reason: "SPAM", clientHash: unique() },
    });
    await db.prisma.comment.update({ where: { id: commentId }, data: { openReports: 1 } });
    return { commentId };
  },
  "job.cancel": async (db) => {
    const id = randomUUID();
    await insertJob(db.sql, {
      id,
      kind: "rescore",
      createdById: null,
      filenames: [],
      total: 0,
      payload: { all: false },
    });
    return { id };
  },
  "job.retry": async (db) => {
    const id = randomUUID();
    await insertJob(db.sql, {
      id,
      kind: "rescore",
      createdById: null,
      filenames: [],
      total: 0,
      payload: { all: false },
    });
    await db.sql.query(`UPDATE "Job" SET "status" = 'FAILED', "error" = 'matrix' WHERE "id" = $1`, [
      id,
    ]);
    return { id };
  },
  // One rescore at a time: finish the previous role's job first.
  "triage.rescore": async (db, _u, ex) => {
    await db.sql.query(
      `UPDATE "Job" SET "status" = 'DONE', "finishedAt" = now() WHERE "kind" = 'rescore' AND "status" IN ('QUEUED', 'RUNNING')`,
    );
    return ex;
  },
};

/** A web upload kept on the server, as the import preview leaves it: one article, no comments. */
export function seedUpload(db: TDb, userId: string) {
  const article = {
    title: "Matrix test",
    url: null,
    source: null,
    publishedAt: null,
    body: "",
    comments: [],
  };
  return saveUpload(db, userId, [
    {
      name: "example.json",
      size: 2,
      format: "json",
      articles: [article],
      errors: [],
      warnings: [],
    },
  ]);
}

async function seedUser(db: TDb): Promise<string> {
  const { id } = await createUserWithPassword(db.prisma, {
    email: `target-${unique()}@matrix.test`,
    name: "Target",
    role: "MODERATOR",
    password: "matrix-password",
  });
  return id;
}

/** The input for one call of `op` by `user` that should succeed; the example when it needs no rows. */
export async function inputFor(
  db: TDb,
  op: TOperation<unknown, unknown>,
  user: TSessionUser,
): Promise<unknown> {
  const prepare = PREPARE[op.name];
  return prepare ? prepare(db, user, op.example as Record<string, unknown>) : op.example;
}

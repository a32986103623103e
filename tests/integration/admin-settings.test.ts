// Settings changes through the operation chain, each audited: thresholds, external scorers, terms,
// rules (with the backtest kept when switched on), the fact-check library and API keys.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDb } from "@/lib/db/connect";
import { setDb } from "@/lib/db";
import { executeOperation, type TOperation } from "@/lib/auth/operation";
import { createUserWithPassword } from "@/lib/auth/passwords";
import type { TSessionUser } from "@/lib/auth/session-types";
import { DEFAULT_THRESHOLDS } from "@/lib/triage/thresholds";
import { updateThresholds } from "@/lib/admin/operations/update-thresholds";
import { setExternalScorers } from "@/lib/admin/operations/set-external-scorers";
import { saveTerm } from "@/lib/admin/operations/save-term";
import { deleteTerm } from "@/lib/admin/operations/delete-term";
import { saveRule } from "@/lib/admin/operations/save-rule";
import { setRuleEnabled } from "@/lib/admin/operations/set-rule-enabled";
import { saveFactCheck } from "@/lib/admin/operations/save-fact-check";
import { deleteFactCheck } from "@/lib/admin/operations/delete-fact-check";
import { importFactChecks } from "@/lib/admin/operations/import-fact-checks";
import { createApiKey } from "@/lib/admin/operations/create-api-key";
import { revokeApiKey } from "@/lib/admin/operations/revoke-api-key";
import { apiTokenFrom, verifyApiKey } from "@/lib/admin/api-keys";
import { readExternalScorers, readThresholds } from "@/lib/admin/settings-store";
import { createTestDb } from "../helpers/test-db";

let db: TDb;
let admin: TSessionUser;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function run<T>(op: TOperation<any, any>, input: unknown): Promise<T> {
  const result = await executeOperation(op, admin, input);
  if (!result.ok) throw new Error(`${result.code}: ${result.error} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data as T;
}
const lastAudit = () => db.prisma.moderationAction.findFirstOrThrow({ orderBy: { id: "desc" } });

beforeAll(async () => {
  db = await createTestDb();
  setDb(db);
  const { id } = await createUserWithPassword(db.prisma, { email: "root@settings.test", name: "Root", role: "ADMIN", password: "root-password-1" });
  admin = { id, email: "root@settings.test", name: "Root", role: "ADMIN" };
});
afterAll(async () => db?.close());

describe("triage settings", () => {
  it("stores thresholds and audits before and after", async () => {
    expect((await readThresholds(db.sql)).hate).toBe(DEFAULT_THRESHOLDS.hate);
    await run(updateThresholds, { hate: 0.35, harassment: 0.5, threat: 0.6, profanity: 0.7, extremism: 0.5, misinformation: 0.45 });
    expect(await readThresholds(db.sql)).toMatchObject({ hate: 0.35, threat: 0.6, misinformation: 0.45 });
    expect(await lastAudit()).toMatchObject({ targetType: "SETTING", targetId: "triage.thresholds", actorId: admin.id, before: { hate: DEFAULT_THRESHOLDS.hate }, after: { hate: 0.35 } });
    const bad = await executeOperation(updateThresholds, admin, { hate: 1.5, harassment: 0.5, threat: 0.6, profanity: 0.7, extremism: 0.5, misinformation: 0.45 });
    expect(bad).toMatchObject({ ok: false, code: "validation" });
  });

  it("switches external scorers", async () => {
    await run(setExternalScorers, { perspective: true, openai: false });
    expect(await readExternalScorers(db.sql)).toEqual({ perspective: true, openai: false });
    expect(await lastAudit()).toMatchObject({ targetType: "SETTING", targetId: "triage.external", after: { perspective: true } });
  });
});

describe("terms", () => {
  it("creates, edits and deletes a term, each audited; refuses a broken regex and a duplicate", async () => {
    const created = await run<{ id: number }>(saveTerm, { harm: "hate", pattern: "vermin", kind: "word", weight: 0.6, reason: "dehumanising", enabled: true });
    expect(await lastAudit()).toMatchObject({ targetType: "TERM", targetId: String(created.id), action: "term.create" });
    await run(saveTerm, { id: created.id, harm: "hate", pattern: "vermin", kind: "word", weight: 0.8, reason: "dehumanising", enabled: false });
    expect(await lastAudit()).toMatchObject({ action: "term.update", before: { weight: 0.6, enabled: true }, after: { weight: 0.8, enabled: false } });
    const regex = await executeOperation(saveTerm, admin, { harm: "hate", pattern: "(unclosed", kind: "regex", weight: 0.5, reason: "x", enabled: true });
    expect(regex).toMatchObject({ ok: false, code: "validation" });
    expect(!regex.ok && regex.fieldErrors?.pattern?.[0]).toMatch(/^Invalid regular expression/);
    const spaced = await executeOperation(saveTerm, admin, { harm: "hate", pattern: "two words", kind: "word", weight: 0.5, reason: "x", enabled: true });
    expect(!spaced.ok && spaced.fieldErrors?.pattern?.[0]).toMatch(/use kind "phrase"/);
    const dup = await executeOperation(saveTerm, admin, { harm: "hate", pattern: "vermin", kind: "word", weight: 0.5, reason: "x", enabled: true });
    expect(dup).toMatchObject({ ok: false, code: "conflict" });
    await run(deleteTerm, { id: created.id });
    expect(await lastAudit()).toMatchObject({ action: "term.delete", before: { pattern: "vermin" } });
    expect(await db.prisma.term.count()).toBe(0);
  });
});

describe("rules", () => {
  it("creates rules switched off; switching on records the backtest", async () => {
    const comment = await db.sql.query<{ id: number }>(
      `WITH a AS (INSERT INTO "Article" ("key","title","updatedAt") VALUES ('k','T',now()) RETURNING "id")
       INSERT INTO "Comment" ("articleId","dedupeKey","body","contentHash","threatScore","updatedAt") SELECT a."id",'d','I will find you','h',0.92,now() FROM a RETURNING "id"`,
    );
    expect(comment.rows).toHaveLength(1);
    const rule = await run<{ id: number; enabled: boolean }>(saveRule, { name: "Hold threats", harm: "threat", minScore: 0.8, maxScore: 1, action: "HOLD" });
    expect(rule.enabled).toBe(false);
    expect(await lastAudit()).toMatchObject({ targetType: "RULE", action: "rule.create" });
    await run(setRuleEnabled, { id: rule.id, enabled: true });
    expect(await lastAudit()).toMatchObject({ action: "rule.enable", after: { enabled: true, backtest: { matched: 1, decided: 0, agreement: null } } });
    // Editing an enabled rule switches it off until it is backtested and enabled again.
    const edited = await run<{ enabled: boolean }>(saveRule, { id: rule.id, name: "Hold threats", harm: "threat", minScore: 0.7, maxScore: 1, action: "HOLD" });
    expect(edited.enabled).toBe(false);
    const bad = await executeOperation(saveRule, admin, { name: "x", harm: "threat", minScore: 0.9, maxScore: 0.2, action: "FLAG" });
    expect(bad).toMatchObject({ ok: false, code: "validation" });
  });
});

describe("fact-check library", () => {
  it("imports JSONL with errors listed, re-imports idempotently, and audits the import", async () => {
    const text = [
      '{"id":"f1","claim":"ISIS is America","verdict":"false","url":"https://example.org/f1"}',
      '{"id":"f2","claim":"The OPCW faked its report","verdict":"misleading"}',
      "not json",
      '{"id":"f3","claim":"","verdict":"false"}',
    ].join("\n");
    const first = await run<{ created: number; updated: number; rejected: number; errors: Array<{ where: string }> }>(importFactChecks, { filename: "lib.jsonl", format: "auto", text });
    expect(first).toMatchObject({ created: 2, updated: 0, rejected: 2 });
    expect(first.errors.map((e) => e.where)).toEqual(["line 3", "line 4"]);
    expect(await lastAudit()).toMatchObject({ targetType: "FACTCHECK", action: "factcheck.import", after: { created: 2, rejected: 2, format: "jsonl" } });
    const again = await run<{ created: number; updated: number }>(importFactChecks, { filename: "lib.jsonl", format: "jsonl", text });
    expect(again).toMatchObject({ created: 0, updated: 2 });
    expect(await db.prisma.factCheck.count()).toBe(2);
  });

  it("imports CSV and ClaimReview JSON", async () => {
    const csv = "id,claim,verdict,url\nc1,Vaccines contain microchips,false,https://example.org/c1\n";
    expect(await run(importFactChecks, { filename: "lib.csv", format: "auto", text: csv })).toMatchObject({ format: "csv", created: 1 });
    const claimReview = JSON.stringify({ "@context": "https://schema.org", "@type": "ClaimReview", url: "https://example.org/cr1", claimReviewed: "The moon landing was staged", reviewRating: { "@type": "Rating", alternateName: "False" }, author: { name: "Checker" } });
    expect(await run(importFactChecks, { filename: "review.json", format: "auto", text: claimReview })).toMatchObject({ format: "claimreview", created: 1 });
  });

  it("edits one, and refuses to delete one with matches", async () => {
    const fc = await run<{ id: number }>(saveFactCheck, { externalId: null, claim: "Rats carry the plague in Gaza", verdict: "false", url: null, publisher: null, active: true });
    expect(await lastAudit()).toMatchObject({ action: "factcheck.create" });
    const a = await db.sql.query<{ id: number }>(`INSERT INTO "Article" ("key","title","updatedAt") VALUES ('fc','T',now()) RETURNING "id"`);
    const c = await db.sql.query<{ id: number }>(`INSERT INTO "Comment" ("articleId","dedupeKey","body","contentHash","updatedAt") VALUES ($1,'x','b','h',now()) RETURNING "id"`, [a.rows[0].id]);
    await db.prisma.claimMatch.create({ data: { commentId: c.rows[0].id, factCheckId: fc.id, score: 0.9 } });
    expect(await executeOperation(deleteFactCheck, admin, { id: fc.id })).toMatchObject({ ok: false, code: "conflict" });
    await run(saveFactCheck, { id: fc.id, externalId: null, claim: "Rats carry the plague in Gaza", verdict: "false", url: null, publisher: null, active: false });
    expect(await lastAudit()).toMatchObject({ action: "factcheck.update", before: { active: true }, after: { active: false } });
  });
});

describe("API keys", () => {
  it("shows the secret once, stores only a hash, verifies, and stops working when revoked", async () => {
    const key = await run<{ id: string; token: string; prefix: string }>(createApiKey, { name: "CMS" });
    expect(key.token.startsWith(key.prefix)).toBe(true);
    const stored = await db.prisma.apiKey.findUniqueOrThrow({ where: { id: key.id } });
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(key.token);
    expect(JSON.stringify(await lastAudit())).not.toContain(key.token);
    expect(await lastAudit()).toMatchObject({ targetType: "APIKEY", action: "apikey.create" });
    expect(stored.lastUsedAt).toBeNull();

    expect(await verifyApiKey(key.token)).toEqual({ id: key.id, name: "CMS" });
    expect((await db.prisma.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt).not.toBeNull();
    expect(await verifyApiKey(key.token.slice(0, -1) + (key.token.endsWith("A") ? "B" : "A"))).toBeNull();
    expect(await verifyApiKey("")).toBeNull();
    expect(apiTokenFrom(new Headers({ authorization: `Bearer ${key.token}` }))).toBe(key.token);

    await run(revokeApiKey, { id: key.id });
    expect(await lastAudit()).toMatchObject({ action: "apikey.revoke" });
    expect(await verifyApiKey(key.token)).toBeNull();
    expect(await executeOperation(revokeApiKey, admin, { id: key.id })).toMatchObject({ ok: false, code: "conflict" });
  });

  it("is refused to an editor", async () => {
    const editor: TSessionUser = { id: "e", email: "e@x", name: "E", role: "EDITOR" };
    expect(await executeOperation(createApiKey, editor, { name: "x" })).toMatchObject({ ok: false, code: "forbidden" });
  });
});

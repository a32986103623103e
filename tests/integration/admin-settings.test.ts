// Settings changes through the operation chain, each audited: thresholds, external scorers, terms
// and rules (with the backtest kept when switched on). The library and API keys: admin-library.test.ts.
import { describe, expect, it } from "vitest";
import { executeOperation } from "@/lib/auth/operation";
import { DEFAULT_THRESHOLDS } from "@/lib/triage/thresholds";
import { updateThresholds } from "@/lib/admin/operations/update-thresholds";
import { setExternalScorers } from "@/lib/admin/operations/set-external-scorers";
import { saveTerm } from "@/lib/admin/operations/save-term";
import { deleteTerm } from "@/lib/admin/operations/delete-term";
import { saveRule } from "@/lib/admin/operations/save-rule";
import { setRuleEnabled } from "@/lib/admin/operations/set-rule-enabled";
import { readExternalScorers, readThresholds } from "@/lib/admin/settings-store";
import { withAdminDb } from "../helpers/admin-db";

const { ctx, run, lastAudit } = withAdminDb("root@settings.test");

describe("triage settings", () => {
  it("stores thresholds and audits before and after", async () => {
    expect((await readThresholds(ctx.db.sql)).hate).toBe(DEFAULT_THRESHOLDS.hate);
    await run(updateThresholds, {
      hate: 0.35,
      harassment: 0.5,
      threat: 0.6,
      profanity: 0.7,
      extremism: 0.5,
      misinformation: 0.45,
    });
    expect(await readThresholds(ctx.db.sql)).toMatchObject({
      hate: 0.35,
      threat: 0.6,
      misinformation: 0.45,
    });
    expect(await lastAudit()).toMatchObject({
      targetType: "SETTING",
      targetId: "triage.thresholds",
      actorId: ctx.admin.id,
      before: { hate: DEFAULT_THRESHOLDS.hate },
      after: { hate: 0.35 },
    });
    const bad = await executeOperation(updateThresholds, ctx.admin, {
      hate: 1.5,
      harassment: 0.5,
      threat: 0.6,
      profanity: 0.7,
      extremism: 0.5,
      misinformation: 0.45,
    });
    expect(bad).toMatchObject({ ok: false, code: "validation" });
  });

  it("switches external scorers", async () => {
    await run(setExternalScorers, { perspective: true, openai: false });
    expect(await readExternalScorers(ctx.db.sql)).toEqual({ perspective: true, openai: false });
    expect(await lastAudit()).toMatchObject({
      targetType: "SETTING",
      targetId: "triage.external",
      after: { perspective: true },
    });
  });
});

describe("terms", () => {
  it("creates, edits and deletes a term, each audited; refuses a broken regex and a duplicate", async () => {
    const created = await run<{ id: number }>(saveTerm, {
      harm: "hate",
      pattern: "vermin",
      kind: "word",
      weight: 0.6,
      reason: "dehumanising",
      enabled: true,
    });
    expect(await lastAudit()).toMatchObject({
      targetType: "TERM",
      targetId: String(created.id),
      action: "term.create",
    });
    await run(saveTerm, {
      id: created.id,
      harm: "hate",
      pattern: "vermin",
      kind: "word",
      weight: 0.8,
      reason: "dehumanising",
      enabled: false,
    });
    expect(await lastAudit()).toMatchObject({
      action: "term.update",
      before: { weight: 0.6, enabled: true },
      after: { weight: 0.8, enabled: false },
    });
    const regex = await executeOperation(saveTerm, ctx.admin, {
      harm: "hate",
      pattern: "(unclosed",
      kind: "regex",
      weight: 0.5,
      reason: "x",
      enabled: true,
    });
    expect(regex).toMatchObject({ ok: false, code: "validation" });
    expect(!regex.ok && regex.fieldErrors?.pattern?.[0]).toMatch(/^Invalid regular expression/);
    const spaced = await executeOperation(saveTerm, ctx.admin, {
      harm: "hate",
      pattern: "two words",
      kind: "word",
      weight: 0.5,
      reason: "x",
      enabled: true,
    });
    expect(!spaced.ok && spaced.fieldErrors?.pattern?.[0]).toMatch(/use kind "phrase"/);
    const dup = await executeOperation(saveTerm, ctx.admin, {
      harm: "hate",
      pattern: "vermin",
      kind: "word",
      weight: 0.5,
      reason: "x",
      enabled: true,
    });
    expect(dup).toMatchObject({ ok: false, code: "conflict" });
    await run(deleteTerm, { id: created.id });
    expect(await lastAudit()).toMatchObject({
      action: "term.delete",
      before: { pattern: "vermin" },
    });
    expect(await ctx.db.prisma.term.count()).toBe(0);
  });
});

describe("rules", () => {
  it("creates rules switched off; switching on records the backtest", async () => {
    const comment = await ctx.db.sql.query<{ id: number }>(
      `WITH a AS (INSERT INTO "Article" ("key","title","updatedAt") VALUES ('k','T',now()) RETURNING "id")
       INSERT INTO "Comment" ("articleId","dedupeKey","body","contentHash","threatScore","updatedAt") SELECT a."id",'d','I will find you','h',0.92,now() FROM a RETURNING "id"`,
    );
    expect(comment.rows).toHaveLength(1);
    const rule = await run<{ id: number; enabled: boolean }>(saveRule, {
      name: "Hold threats",
      harm: "threat",
      minScore: 0.8,
      maxScore: 1,
      action: "HOLD",
    });
    expect(rule.enabled).toBe(false);
    expect(await lastAudit()).toMatchObject({ targetType: "RULE", action: "rule.create" });
    await run(setRuleEnabled, { id: rule.id, enabled: true });
    expect(await lastAudit()).toMatchObject({
      action: "rule.enable",
      after: { enabled: true, backtest: { matched: 1, decided: 0, agreement: null } },
    });
    // Editing an enabled rule switches it off until it is backtested and enabled again.
    const edited = await run<{ enabled: boolean }>(saveRule, {
      id: rule.id,
      name: "Hold threats",
      harm: "threat",
      minScore: 0.7,
      maxScore: 1,
      action: "HOLD",
    });
    expect(edited.enabled).toBe(false);
    const bad = await executeOperation(saveRule, ctx.admin, {
      name: "x",
      harm: "threat",
      minScore: 0.9,
      maxScore: 0.2,
      action: "FLAG",
    });
    expect(bad).toMatchObject({ ok: false, code: "validation" });
  });
});

import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDb } from "@/lib/db/connect";
import { importPaths } from "@/lib/import/import-paths";
import { scoreAfterImport } from "@/lib/import/score-hook";
import { backfillScores } from "@/lib/triage/score-comments";
import { seedDemoFactChecksIfEmpty, seedTermsIfEmpty } from "@/lib/bootstrap/triage-defaults";
import { createTestDb } from "../helpers/test-db";

let db: TDb;
beforeAll(async () => {
  db = await createTestDb();
  await seedTermsIfEmpty(db);
  await seedDemoFactChecksIfEmpty(db);
  await importPaths(db, [path.join(process.cwd(), "seeds")], {
    actor: null,
    onWritten: (ids) => scoreAfterImport(db, ids),
  });
});
afterAll(async () => db?.close());

const byText = (fragment: string) =>
  db.prisma.comment.findFirstOrThrow({
    where: { body: { contains: fragment } },
    include: { analyses: true, claimMatches: { include: { factCheck: true } } },
  });

describe("scoring imported comments", () => {
  it("scores every imported comment and records each analyzer with its version", async () => {
    expect(await db.prisma.comment.count({ where: { scoredAt: null } })).toBe(0);
    const any = await byText("Jew world order");
    expect(any.analyses.map((a) => a.analyzer).sort()).toEqual(
      expect.arrayContaining(["terms", "model"]),
    );
    expect(any.analyses.every((a) => a.analyzerVersion.length > 0)).toBe(true);
  });

  it("puts the antisemitic comment high on hate, with the offending words as spans", async () => {
    const c = await byText("Jew world order");
    expect(c.hateScore).toBeGreaterThanOrEqual(0.5);
    expect(c.flaggedHarms).toContain("hate");
    const spans = c.analyses
      .flatMap((a) => a.spans as Array<{ start: number; end: number; category: string }>)
      .filter((s) => s.category === "hate");
    expect(spans.some((s) => /jew/i.test(c.body.slice(s.start, s.end)))).toBe(true);
  });

  it("suggests a fact-check for a conspiracy claim and raises misinformation", async () => {
    const c = await byText("ISIS is amerika");
    expect(c.hasClaimMatch).toBe(true);
    expect(c.claimMatches[0].status).toBe("SUGGESTED");
    expect(c.misinfoScore).toBeGreaterThan(0.3);
  });

  it("keeps ordinary military discussion low and orders the queue by priority", async () => {
    const calm = await byText("capturing t2 will be an important step");
    expect(calm.flaggedHarms).toEqual([]);
    const hateful = await byText("Jew world order");
    expect(hateful.priority).toBeGreaterThan(calm.priority);
  });

  it("backfills only what was never scored, unless asked for all", async () => {
    expect((await backfillScores(db)).scored).toBe(0);
    const total = await db.prisma.comment.count();
    expect((await backfillScores(db, { all: true })).scored).toBe(total);
  });
});

describe("auto-moderation rules", () => {
  it("acts on pending comments in range, audits it, and holds when rules disagree", async () => {
    const target = await byText("Jew world order");
    await db.prisma.comment.update({ where: { id: target.id }, data: { status: "PENDING" } });
    await db.prisma.rule.create({
      data: {
        name: "Hide strong hate",
        harm: "hate",
        minScore: 0.5,
        action: "HIDE",
        enabled: true,
      },
    });
    await scoreAfterImport(db, [target.id]);
    const hidden = await db.prisma.comment.findUniqueOrThrow({ where: { id: target.id } });
    expect(hidden.status).toBe("HIDDEN");
    const audit = await db.prisma.moderationAction.findFirstOrThrow({
      where: { targetId: String(target.id), action: "hide" },
    });
    expect(audit.actorEmail).toBe("auto-moderation");
    expect(audit.reason).toContain("Hide strong hate");

    await db.prisma.comment.update({ where: { id: target.id }, data: { status: "PENDING" } });
    await db.prisma.rule.create({
      data: { name: "Flag hate", harm: "hate", minScore: 0.3, action: "FLAG", enabled: true },
    });
    await scoreAfterImport(db, [target.id]);
    expect((await db.prisma.comment.findUniqueOrThrow({ where: { id: target.id } })).status).toBe(
      "PENDING",
    );
    expect(
      await db.prisma.moderationAction.count({
        where: { targetId: String(target.id), action: "rule.hold" },
      }),
    ).toBe(1);
  });
});

describe("moderators' decisions as training data", () => {
  it("turns human approvals and flags into labelled examples, ignoring automatic actions", async () => {
    const { readDecisionsFromDb } = await import("@/lib/triage/decisions");
    const user = await db.prisma.user.create({
      data: { id: "mod-1", name: "Mo", email: "mo@x.org", role: "MODERATOR" },
    });
    const approved = await byText("Haha sounds good bruh");
    const flagged = await byText("ISIS is amerika");
    await db.prisma.comment.update({ where: { id: approved.id }, data: { status: "APPROVED" } });
    await db.prisma.comment.update({
      where: { id: flagged.id },
      data: { status: "FLAGGED", flagCategory: "MISINFORMATION" },
    });
    for (const c of [approved, flagged]) {
      await db.prisma.moderationAction.create({
        data: {
          actorId: user.id,
          targetType: "COMMENT",
          targetId: String(c.id),
          action: "decide",
          after: {},
        },
      });
    }
    const decisions = await readDecisionsFromDb(db);
    expect(decisions).toContainEqual({ text: approved.body, labels: { hate: 0, harassment: 0 } });
    expect(decisions).toContainEqual({ text: flagged.body, labels: { misinformation: 1 } });
    // The rule-hidden comment above was acted on by auto-moderation only.
    expect(decisions.some((d) => d.text.includes("Jew world order"))).toBe(false);
  });
});

describe("changing thresholds", () => {
  it("re-flags stored comments from their stored scores", async () => {
    const { reflagStoredComments } = await import("@/lib/triage/reflag");
    const c = await byText("Jew world order");
    expect(c.flaggedHarms).toContain("hate");
    await reflagStoredComments(db.sql, { hate: 1 });
    expect((await byText("Jew world order")).flaggedHarms).not.toContain("hate");
    expect(await reflagStoredComments(db.sql, { hate: 1 })).toBe(0); // nothing left to change
    await reflagStoredComments(db.sql, {});
    expect((await byText("Jew world order")).flaggedHarms).toContain("hate");
  });
});

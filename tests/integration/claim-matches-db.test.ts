// The database keeps the same ranked fact-check list as `vigil score`: up to five ClaimMatch rows
// per comment with rank and suggested; rescoring rewrites undecided rows and keeps decisions; the
// stage-2 re-ranker stores claim vectors on the FactCheck rows and reuses them.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDb } from "@/lib/db/connect";
import { importPaths } from "@/lib/import/import-paths";
import { scoreAfterImport } from "@/lib/import/score-hook";
import { backfillScores } from "@/lib/triage/score-comments";
import { seedDemoFactChecksIfEmpty, seedTermsIfEmpty } from "@/lib/bootstrap/triage-defaults";
import { claimRerankerForDb } from "@/lib/triage/claim-reranker-for-db";
import { ENCODER_NAME } from "@/lib/triage/encoder/sentence-encoder";
import { engineForDb } from "@/lib/triage/engine-for-db";
import { CLAIM_WEIGHT } from "@/lib/triage/engine";
import { loadScoreRows, writeResults } from "@/lib/triage/score-comments";
import { loadStage2Scorer } from "@/lib/triage/stage2";
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
}, 120_000);
afterAll(async () => db?.close());

const matchesOf = async (fragment: string) => {
  const c = await db.prisma.comment.findFirstOrThrow({ where: { body: { contains: fragment } } });
  const matches = await db.prisma.claimMatch.findMany({
    where: { commentId: c.id },
    orderBy: { rank: "asc" },
  });
  return { comment: c, matches };
};

describe("ranked claim matches in the database", () => {
  it("stores up to five candidates in rank order, the suggested one first, and flags the queue only for suggestions", async () => {
    const { comment, matches } = await matchesOf("ISIS is amerika");
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.length).toBeLessThanOrEqual(5);
    expect(matches.map((m) => m.rank)).toEqual(matches.map((_, i) => i + 1));
    expect(matches[0].suggested).toBe(true);
    expect(matches.map((m) => m.score)).toEqual(
      [...matches.map((m) => m.score)].sort((a, b) => b - a),
    );
    for (const m of matches) expect(m.suggested).toBe(m.score >= 0.5);
    expect(comment.hasClaimMatch).toBe(true);
    const lowerOnly = await db.prisma.comment.count({
      where: { hasClaimMatch: true, claimMatches: { none: { suggested: true } } },
    });
    expect(lowerOnly).toBe(0);
  });

  it("rescoring rewrites the same list without duplicates and keeps a moderator's decision", async () => {
    const before = await matchesOf("ISIS is amerika");
    await db.prisma.claimMatch.update({
      where: { id: before.matches[0].id },
      data: { status: "CONFIRMED" },
    });
    await backfillScores(db, { all: true });
    const after = await matchesOf("ISIS is amerika");
    expect(after.matches.map((m) => [m.factCheckId, m.rank])).toEqual(
      before.matches.map((m) => [m.factCheckId, m.rank]),
    );
    expect(after.matches[0].status).toBe("CONFIRMED");
  }, 120_000);

  it("the stage-2 re-ranker embeds claims once and stores the vectors with the library", async () => {
    const reranker = await claimRerankerForDb(db);
    expect(reranker).not.toBeNull();
    const [ranked] = await reranker!.rerank([
      { text: "ISIS is amerika, everyone knows the US created it", candidates: [] },
    ]);
    expect(ranked.length).toBeGreaterThan(0);
    const stored = await db.prisma.factCheck.count({
      where: { embeddingModel: ENCODER_NAME, embedding: { not: null } },
    });
    expect(stored).toBeGreaterThanOrEqual(ranked.length);
    const top = await db.prisma.factCheck.findUniqueOrThrow({
      where: { id: Number(ranked[0].id) },
    });
    // The claim's vector, then its title's (the demo fact-checks have titles).
    expect(top.title).toBeTruthy();
    expect(top.embedding?.byteLength).toBe(2 * 512 * 4);
  }, 120_000);

  it("after stage 2 the stored misinformation score follows the re-ranked list, not stage 1's", async () => {
    const engine = await engineForDb(db);
    const claimReranker = (await claimRerankerForDb(db)) ?? undefined;
    const scorer = await loadStage2Scorer({ engine, claimReranker, occlusion: false });
    const withClaims = await db.prisma.comment.findMany({
      where: { claimMatches: { some: {} } },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    expect(withClaims.length).toBeGreaterThan(0);
    const rows = await loadScoreRows(
      db.sql,
      withClaims.map((c) => c.id),
    );
    const items = rows.map((r) => {
      const input = { text: r.body, context: { title: r.title, parent: r.parent } };
      return { input, stage1: engine.score(input) };
    });
    const refined = await scorer.scoreBatch(items);
    await writeResults(
      db.sql,
      rows.map((r, i) => ({ id: r.id, result: refined[i] })),
      engine.claimIdToFactCheck,
    );
    for (const [i, r] of rows.entries()) {
      const result = refined[i];
      const best = result.claims.reduce((m, c) => (c.suggested ? Math.max(m, c.score) : m), 0);
      const stored = await db.prisma.comment.findUniqueOrThrow({ where: { id: r.id } });
      const confirmed = await db.prisma.claimMatch.count({
        where: { commentId: r.id, status: "CONFIRMED" },
      });
      // A suggestion stage 2 keeps counts at its own score; a confirmed match holds the score at 0.9 or above.
      expect(stored.misinfoScore).toBeGreaterThanOrEqual(best * CLAIM_WEIGHT - 1e-3);
      if (confirmed === 0) expect(stored.misinfoScore).toBeCloseTo(result.scores.misinformation, 4);
      expect(
        result.analyzers.find((a) => a.name === "claims")?.scores.misinformation ?? 0,
      ).toBeCloseTo(best * CLAIM_WEIGHT, 3);
      expect(stored.hasClaimMatch).toBe(result.claims.some((c) => c.suggested));
      expect(stored.scoreStage).toBe(2);
    }
  }, 180_000);
});

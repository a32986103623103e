// Scores stored comments with the triage engine and writes the results set-based: one Analysis row
// per analyzer, the per-harm score columns and priority the queue sorts on, suggested claim
// matches and the stage the scores come from (scoreStage). Then the enabled auto-moderation rules
// act on comments still pending. Stage 2 runs later in a job (lib/jobs/handlers/score.ts).
import type { TDb, TSql } from "@/lib/db/connect";
import type { TTriageResult } from "./types";
import { engineForDb } from "./engine-for-db";
import { applyRules } from "./apply-rules";
import { MAX_BOOSTED_REPORTS, REPORT_PRIORITY_STEP } from "@/lib/reader-reports/types";
import { hasSuggestedClaim, writeClaimMatches } from "./write-claim-matches";

const CHUNK = 500;
// Open reader reports keep raising priority when a comment is scored again.
const PRIORITY_WITH_REPORTS_SQL = `LEAST(100, t.pri + ${REPORT_PRIORITY_STEP} * LEAST(c."openReports", ${MAX_BOOSTED_REPORTS}))`;

export type TScoreRow = {
  id: number;
  body: string;
  title: string | null;
  parent: string | null;
  postedAt: Date | null;
  scoreStage: number;
};

/** The text and context the engine reads, for a set of comment ids. */
export async function loadScoreRows(sql: TSql, ids: number[], lock = ""): Promise<TScoreRow[]> {
  const { rows } = await sql.query<TScoreRow>(
    `SELECT c."id", c."body", a."title", p."body" AS parent, c."postedAt", c."scoreStage"
     FROM "Comment" c JOIN "Article" a ON a."id" = c."articleId" LEFT JOIN "Comment" p ON p."id" = c."parentId"
     WHERE c."id" = ANY($1::int[]) ORDER BY c."id" ${lock}`,
    [ids],
  );
  return rows;
}

export type TScoreSummary = { scored: number; flagged: number; ruleActions: number };

export async function scoreComments(db: TDb, ids: number[]): Promise<TScoreSummary> {
  const summary: TScoreSummary = { scored: 0, flagged: 0, ruleActions: 0 };
  if (ids.length === 0) return summary;
  const engine = await engineForDb(db);
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const rows = await loadScoreRows(db.sql, chunk);
    const results = rows.map((r) => ({
      id: r.id,
      result: engine.score({
        text: r.body,
        context: { title: r.title, parent: r.parent, postedAt: r.postedAt },
      }),
    }));
    await db.sql.transaction(async (tx) => {
      await writeResults(tx, results, engine.claimIdToFactCheck);
      summary.ruleActions += await applyRules(tx, results);
    });
    summary.scored += results.length;
    summary.flagged += results.filter((r) => r.result.flagged.length > 0).length;
  }
  return summary;
}

export async function writeResults(
  tx: TSql,
  results: Array<{ id: number; result: TTriageResult }>,
  claimIdToFactCheck: (id: string) => number | null,
): Promise<void> {
  if (results.length === 0) return;
  const analyses = results.flatMap(({ id, result }) => result.analyzers.map((a) => ({ id, a })));
  if (analyses.length) {
    await tx.query(
      `INSERT INTO "Analysis" ("commentId","analyzer","analyzerVersion","scores","spans")
       SELECT t.c, t.n, t.v, t.s::jsonb, t.p::jsonb FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(c, n, v, s, p)
       ON CONFLICT ("commentId","analyzer") DO UPDATE SET "analyzerVersion"=EXCLUDED."analyzerVersion","scores"=EXCLUDED."scores","spans"=EXCLUDED."spans","createdAt"=now()`,
      [
        analyses.map((x) => x.id),
        analyses.map((x) => x.a.name),
        analyses.map((x) => x.a.version),
        analyses.map((x) => JSON.stringify(x.a.scores)),
        analyses.map((x) => JSON.stringify(x.a.spans)),
      ],
    );
  }
  await writeClaimMatches(
    tx,
    results.map(({ id, result }) => ({ id, claims: result.claims })),
    claimIdToFactCheck,
  );
  const col = (h: keyof TTriageResult["scores"]) => results.map((r) => r.result.scores[h]);
  // A misinformation match a moderator confirmed keeps the score high whatever the text scores now.
  await tx.query(
    `UPDATE "Comment" c SET "hateScore"=t.h,"harassmentScore"=t.ha,"threatScore"=t.th,"profanityScore"=t.pr,"extremismScore"=t.ex,
       "misinfoScore"=CASE WHEN EXISTS (SELECT 1 FROM "ClaimMatch" m WHERE m."commentId"=c."id" AND m."status"='CONFIRMED') THEN GREATEST(t.mi, 0.9) ELSE t.mi END,
       "priority"=${PRIORITY_WITH_REPORTS_SQL},"flaggedHarms"=string_to_array(NULLIF(t.fl, ''), ','),"hasClaimMatch"=t.cm,"scoredAt"=now(),"scoreStage"=t.st
     FROM unnest($1::int[],$2::float8[],$3::float8[],$4::float8[],$5::float8[],$6::float8[],$7::float8[],$8::float8[],$9::text[],$10::bool[],$11::int[])
       AS t(id,h,ha,th,pr,ex,mi,pri,fl,cm,st)
     WHERE c."id" = t.id`,
    [
      results.map((r) => r.id),
      col("hate"),
      col("harassment"),
      col("threat"),
      col("profanity"),
      col("extremism"),
      col("misinformation"),
      results.map((r) => r.result.priority),
      results.map((r) => r.result.flagged.join(",")),
      results.map((r) => hasSuggestedClaim(r.result.claims)),
      results.map((r) => r.result.stage ?? 1),
    ],
  );
}

/** Re-scores comments never scored or scored by an older engine version (backfill). */
export async function backfillScores(
  db: TDb,
  opts: { all?: boolean; onProgress?: (done: number) => void } = {},
): Promise<TScoreSummary> {
  const total: TScoreSummary = { scored: 0, flagged: 0, ruleActions: 0 };
  let after = 0;
  for (;;) {
    const { rows } = await db.sql.query<{ id: number }>(
      `SELECT "id" FROM "Comment" WHERE "id" > $1 ${opts.all ? "" : `AND "scoredAt" IS NULL`} ORDER BY "id" LIMIT 2000`,
      [after],
    );
    if (rows.length === 0) return total;
    after = rows[rows.length - 1].id;
    const s = await scoreComments(
      db,
      rows.map((r) => r.id),
    );
    total.scored += s.scored;
    total.flagged += s.flagged;
    total.ruleActions += s.ruleActions;
    opts.onProgress?.(total.scored);
  }
}

/** Stage 1 for every comment still unscored (stage 0), e.g. written by an import that was killed. */
export async function scoreUnscored(db: TDb): Promise<number> {
  let scored = 0;
  for (;;) {
    const { rows } = await db.sql.query<{ id: number }>(
      `SELECT "id" FROM "Comment" WHERE "scoreStage" = 0 ORDER BY "id" LIMIT 2000`,
    );
    if (rows.length === 0) return scored;
    scored += (
      await scoreComments(
        db,
        rows.map((r) => r.id),
      )
    ).scored;
  }
}

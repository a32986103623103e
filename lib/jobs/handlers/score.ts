// Scoring jobs. `score-stage2` drains comments below stage 2 in batches: stage 1 for the unscored
// (stage 0, e.g. left by a killed import), then stage 2 (sentence encoder) for all, writing scores,
// flags, spans, claims, priority and the stage, and notifying the live queue. `rescore` walks all
// comments (or the never-scored) by id after a settings or model change, resuming from its checkpoint.
import type { TDb, TSql } from "@/lib/db/connect";
import {
  engineForDb,
  parseThresholds,
  THRESHOLDS_KEY,
  type TDbEngine,
} from "@/lib/triage/engine-for-db";
import { loadScoreRows, writeResults, type TScoreRow } from "@/lib/triage/score-comments";
import { applyRules } from "@/lib/triage/apply-rules";
import type { TTriageResult } from "@/lib/triage/types";
import type { TStage2Scorer } from "@/lib/triage/stage2";
import type { TJobContext } from "../runner";

/** Comments per transaction: the encoder embeds them in one call (~30 ms each on one core). */
export const SCORE_BATCH = Number(process.env.VIGIL_SCORE_BATCH ?? 128);

const cache = globalThis as unknown as {
  vigilStage2?: { key: string; scorer: Promise<TStage2Scorer> };
};

async function stage2For(db: TDb, engine: TDbEngine): Promise<TStage2Scorer> {
  if (cache.vigilStage2?.key !== engine.fingerprint) {
    const setting = await db.prisma.setting.findUnique({ where: { key: THRESHOLDS_KEY } });
    const { loadStage2Scorer } = await import("@/lib/triage/stage2");
    // Fact-check candidates are re-ranked with the sentence encoder too (vectors stored on FactCheck).
    const { claimRerankerForDb } = await import("@/lib/triage/claim-reranker-for-db");
    const claimReranker = (await claimRerankerForDb(db)) ?? undefined;
    const scorer = loadStage2Scorer({
      thresholds: parseThresholds(setting?.value),
      engine,
      claimReranker,
    });
    cache.vigilStage2 = { key: engine.fingerprint, scorer };
    scorer.catch(() => (cache.vigilStage2 = undefined));
  }
  return cache.vigilStage2.scorer;
}

export async function hasUnscoredComments(db: TDb): Promise<boolean> {
  const { rows } = await db.sql.query(`SELECT 1 FROM "Comment" WHERE "scoreStage" < 2 LIMIT 1`);
  return rows.length > 0;
}

type TScored = { engine: TDbEngine; results: Array<{ id: number; result: TTriageResult }> };

/**
 * Comments per stage-2 call inside the web server (TJobContext.interactive). The encoder's work
 * does not yield, so a whole batch holds the event loop for a second or more and every request
 * waits behind it; one comment at a time (tens of milliseconds) lets requests in between.
 */
const INTERACTIVE_STAGE2_STEP = 1;

async function refine(
  stage2: TStage2Scorer,
  items: Parameters<TStage2Scorer["scoreBatch"]>[0],
  step: number,
): Promise<TTriageResult[]> {
  if (step >= items.length) return stage2.scoreBatch(items);
  const out: TTriageResult[] = [];
  for (let i = 0; i < items.length; i += step) {
    if (i > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    out.push(...(await stage2.scoreBatch(items.slice(i, i + step))));
  }
  return out;
}

/** Both stages in memory; reads the engine's configuration outside any transaction. */
async function scoreRows(db: TDb, rows: TScoreRow[], step: number): Promise<TScored> {
  const engine = await engineForDb(db);
  if (rows.length === 0) return { engine, results: [] };
  const stage2 = await stage2For(db, engine);
  const items = rows.map((r) => {
    const input = {
      text: r.body,
      context: { title: r.title, parent: r.parent, postedAt: r.postedAt },
    };
    return { input, stage1: engine.score(input) };
  });
  const refined = await refine(stage2, items, step);
  return { engine, results: rows.map((r, i) => ({ id: r.id, result: refined[i] })) };
}

async function writeScored(tx: TSql, { engine, results }: TScored): Promise<number> {
  if (results.length === 0) return 0;
  await writeResults(tx, results, engine.claimIdToFactCheck);
  await applyRules(tx, results);
  // The live queue re-reads these rows (their priority and flags changed).
  await tx.query(
    `SELECT pg_notify('vigil_comments', json_build_object('op', 'update', 'ids', $1::int[])::text)`,
    [results.slice(0, 500).map((r) => r.id)],
  );
  return results.length;
}

/**
 * On PostgreSQL each batch is claimed with FOR UPDATE SKIP LOCKED, so workers share the backlog
 * without scoring a comment twice; on PGlite (one process, one scoring worker) no lock is held
 * while the encoder runs, so the web app is never blocked behind it.
 */
async function scoreNextBatch(
  db: TDb,
  where: string,
  params: unknown[],
  interactive: boolean,
): Promise<{ written: number; lastId: number | null }> {
  const step = interactive ? INTERACTIVE_STAGE2_STEP : SCORE_BATCH;
  const pick = `SELECT "id" FROM "Comment" WHERE ${where} ORDER BY "id" LIMIT ${SCORE_BATCH}`;
  if (!db.pool) {
    const { rows } = await db.sql.query<{ id: number }>(pick, params);
    if (!rows.length) return { written: 0, lastId: null };
    const scored = await scoreRows(
      db,
      await loadScoreRows(
        db.sql,
        rows.map((r) => r.id),
      ),
      step,
    );
    const written = await db.sql.transaction((tx) => writeScored(tx, scored));
    return { written, lastId: rows[rows.length - 1].id };
  }
  return db.sql.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: number }>(`${pick} FOR UPDATE SKIP LOCKED`, params);
    if (!rows.length) return { written: 0, lastId: null };
    const scored = await scoreRows(
      db,
      await loadScoreRows(
        tx,
        rows.map((r) => r.id),
      ),
      step,
    );
    return { written: await writeScored(tx, scored), lastId: rows[rows.length - 1].id };
  });
}

/** Stage 1 first for the unscored (fast): they get a place in the queue before stage 2 comes round. */
async function scoreStage0(ctx: TJobContext): Promise<number> {
  const { scoreComments } = await import("@/lib/triage/score-comments");
  let scored = 0;
  for (;;) {
    const { rows } = await ctx.db.sql.query<{ id: number }>(
      `SELECT "id" FROM "Comment" WHERE "scoreStage" = 0 ORDER BY "id" LIMIT 500`,
    );
    if (!rows.length) return scored;
    scored += (
      await scoreComments(
        ctx.db,
        rows.map((r) => r.id),
      )
    ).scored;
    ctx.progress(0);
  }
}

export async function drainStage2(ctx: TJobContext): Promise<{ scored: number; stage1: number }> {
  const { db } = ctx;
  const stage1 = await scoreStage0(ctx);
  const { rows } = await db.sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Comment" WHERE "scoreStage" < 2`,
  );
  let scored = 0;
  ctx.progress(0, Number(rows[0]?.n ?? 0));
  for (;;) {
    const { written } = await scoreNextBatch(db, `"scoreStage" < 2`, [], ctx.interactive);
    if (written === 0) return { scored, stage1 };
    scored += written;
    ctx.progress(scored);
  }
}

type TRescorePayload = { all?: boolean };

export async function rescore(ctx: TJobContext): Promise<{ scored: number }> {
  const { db } = ctx;
  const all = !!(ctx.payload as TRescorePayload | null)?.all;
  const filter = all ? "" : ` AND "scoredAt" IS NULL`;
  let afterId = Number((ctx.checkpoint as { afterId?: number } | null)?.afterId ?? 0);
  let scored = ctx.job.processed;
  const { rows } = await db.sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Comment" WHERE "id" > $1${filter}`,
    [afterId],
  );
  ctx.progress(scored, scored + Number(rows[0]?.n ?? 0));
  for (;;) {
    const { written, lastId } = await scoreNextBatch(
      db,
      `"id" > $1${filter}`,
      [afterId],
      ctx.interactive,
    );
    if (lastId === null) return { scored };
    afterId = lastId;
    scored += written;
    await db.sql.transaction((tx) => ctx.checkpointIn(tx, { afterId }, scored));
    ctx.progress(scored);
  }
}

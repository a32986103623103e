// Runs the optional external scorers (Perspective, OpenAI moderation) on comments in the background
// and stores their scores as Analysis rows beside the built-in ones. Never required: a failing or
// unconfigured service leaves the built-in scores as they are.
import type { TDb } from "@/lib/db/connect";
import { createExternalScorers } from "./external";
import type { TExternalScorer } from "./external/types";
import { logger } from "@/lib/log";

export const EXTERNAL_SETTING_KEY = "triage.external";

const state = globalThis as unknown as {
  vigilExternal?: { scorers: TExternalScorer[]; pending: Set<Promise<void>> };
};

function scorersFromEnv(): TExternalScorer[] {
  state.vigilExternal ??= { scorers: createExternalScorers(process.env), pending: new Set() };
  return state.vigilExternal.scorers;
}

/** Admins can switch a configured service off in Settings ({"perspective": false}). */
async function enabledScorers(db: TDb, all: TExternalScorer[]): Promise<TExternalScorer[]> {
  if (all.length === 0) return all;
  const setting = await db.prisma.setting.findUnique({ where: { key: EXTERNAL_SETTING_KEY } });
  const switches = (setting?.value ?? {}) as Record<string, unknown>;
  return all.filter((s) => switches[s.name.split("-")[0]] !== false && switches[s.name] !== false);
}

export async function scoreExternally(
  db: TDb,
  ids: number[],
  scorers: TExternalScorer[] = scorersFromEnv(),
): Promise<number> {
  const active = await enabledScorers(db, scorers);
  if (active.length === 0 || ids.length === 0) return 0;
  let stored = 0;
  for (let i = 0; i < ids.length; i += 100) {
    const rows = await db.prisma.comment.findMany({
      where: { id: { in: ids.slice(i, i + 100) } },
      select: { id: true, body: true },
    });
    for (const row of rows) {
      for (const scorer of active) {
        try {
          const scores = await scorer.score(row.body);
          await db.prisma.analysis.upsert({
            where: { commentId_analyzer: { commentId: row.id, analyzer: scorer.name } },
            create: {
              commentId: row.id,
              analyzer: scorer.name,
              analyzerVersion: scorer.version,
              scores,
              spans: [],
            },
            update: { analyzerVersion: scorer.version, scores, spans: [], createdAt: new Date() },
          });
          stored++;
        } catch (error) {
          logger.warn(
            { scorer: scorer.name, comment: row.id, kind: (error as { kind?: string }).kind },
            "external scorer failed",
          );
        }
      }
    }
  }
  return stored;
}

/** Starts external scoring without making the caller wait; `drainExternalScoring` awaits it. */
export function scoreExternallyInBackground(db: TDb, ids: number[]): void {
  if (scorersFromEnv().length === 0 || ids.length === 0) return;
  const pending = state.vigilExternal!.pending;
  const job = scoreExternally(db, ids)
    .then(() => undefined)
    .catch((error) => logger.error({ err: error }, "external scoring failed"))
    .finally(() => pending.delete(job));
  pending.add(job);
}

export async function drainExternalScoring(): Promise<void> {
  while (state.vigilExternal?.pending.size) await Promise.all([...state.vigilExternal.pending]);
}

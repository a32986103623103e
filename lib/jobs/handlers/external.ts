// The `external-score` job: the optional external scorers (Perspective, OpenAI moderation) on the
// comments an import wrote, in slices, resuming from its checkpoint.
import { createExternalScorers } from "@/lib/triage/external";
import { scoreExternally } from "@/lib/triage/external-scoring";
import type { TJobContext } from "../runner";

const SLICE = 100;

export function hasExternalScorers(env: NodeJS.ProcessEnv = process.env): boolean {
  return createExternalScorers(env).length > 0;
}

export async function runExternalScoring(ctx: TJobContext): Promise<{ stored: number }> {
  const ids = ((ctx.payload as { ids?: number[] } | null)?.ids ?? []).map(Number);
  let next = Number((ctx.checkpoint as { next?: number } | null)?.next ?? 0);
  let stored = Number((ctx.checkpoint as { stored?: number } | null)?.stored ?? 0);
  ctx.progress(next, ids.length);
  while (next < ids.length) {
    stored += await scoreExternally(ctx.db, ids.slice(next, next + SLICE));
    next += SLICE;
    await ctx.db.sql.transaction((tx) =>
      ctx.checkpointIn(tx, { next, stored }, Math.min(next, ids.length)),
    );
    ctx.progress(Math.min(next, ids.length));
  }
  return { stored };
}

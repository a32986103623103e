// Hands newly imported or changed comments to the triage engine.
import type { TDb } from "@/lib/db/connect";

export async function scoreAfterImport(db: TDb, commentIds: number[]): Promise<void> {
  if (commentIds.length === 0) return;
  const { scoreComments } = await import("@/lib/triage/score-comments");
  await scoreComments(db, commentIds);
}

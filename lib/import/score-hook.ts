// Hands newly imported or changed comments to the triage engine: built-in analyzers at once,
// configured external services in the background.
import type { TDb } from "@/lib/db/connect";

export async function scoreAfterImport(db: TDb, commentIds: number[]): Promise<void> {
  if (commentIds.length === 0) return;
  const { scoreComments } = await import("@/lib/triage/score-comments");
  await scoreComments(db, commentIds);
  const { scoreExternallyInBackground } = await import("@/lib/triage/external-scoring");
  scoreExternallyInBackground(db, commentIds);
}

// Loads the sample pages in seeds/ into an empty database, so a demo has real content to triage.
import path from "node:path";
import type { TDb } from "@/lib/db/connect";

export type TSampleReport = { articles: number; comments: number };

export async function loadSampleContentIfEmpty(
  db: TDb,
  seedsDir = path.join(process.cwd(), "seeds"),
): Promise<TSampleReport | null> {
  if ((await db.prisma.article.count()) > 0) return null;
  const { importPaths } = await import("@/lib/import/import-paths");
  const { scoreAfterImport } = await import("@/lib/import/score-hook");
  const report = await importPaths(db, [seedsDir], {
    actor: null,
    onWritten: (ids) => scoreAfterImport(db, ids),
  });
  return { articles: report.articles.created, comments: report.comments.created };
}

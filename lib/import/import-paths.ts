// Imports files or folders into the database (filled in by the importer work).
import type { TDb } from "@/lib/db/connect";
import type { TSessionUser } from "@/lib/auth/session-types";

export type TImportCounts = { created: number; updated: number; unchanged: number; rejected: number };
export type TImportReport = { articles: TImportCounts; comments: TImportCounts; rejections: Array<{ file: string; where: string; message: string }> };

export async function importPaths(_db: TDb, _paths: string[], _opts: { actor: TSessionUser | null }): Promise<TImportReport> {
  const zero = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  return { articles: { ...zero }, comments: { ...zero }, rejections: [] };
}

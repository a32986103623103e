// Reads for the Import page: recent jobs and one job's progress.
import "server-only";
import { getDb } from "@/lib/db";
import type { TJobReport } from "./jobs";

export type TImportJobView = {
  id: string;
  filenames: string[];
  status: "QUEUED" | "RUNNING" | "DONE" | "FAILED";
  total: number;
  processed: number;
  createdAt: string;
  finishedAt: string | null;
  createdBy: string | null;
  report: (TJobReport & { error?: string }) | null;
};

type TRow = { id: string; filenames: string[]; status: TImportJobView["status"]; total: number; processed: number; createdAt: Date; finishedAt: Date | null; report: unknown; createdById: string | null };

function toView(row: TRow, names: Map<string, string>): TImportJobView {
  return {
    id: row.id,
    filenames: row.filenames,
    status: row.status,
    total: row.total,
    processed: row.processed,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    createdBy: row.createdById ? names.get(row.createdById) ?? null : null,
    report: (row.report as TImportJobView["report"]) ?? null,
  };
}

async function userNames(ids: Array<string | null>): Promise<Map<string, string>> {
  const { prisma } = await getDb();
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  const users = await prisma.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

export async function listImportJobs(limit = 20): Promise<TImportJobView[]> {
  const { prisma } = await getDb();
  const rows = await prisma.importJob.findMany({ orderBy: { createdAt: "desc" }, take: limit });
  const names = await userNames(rows.map((r) => r.createdById));
  return rows.map((r) => toView(r as TRow, names));
}

export async function getImportJob(id: string): Promise<TImportJobView | null> {
  const { prisma } = await getDb();
  const row = await prisma.importJob.findUnique({ where: { id } });
  if (!row) return null;
  return toView(row as TRow, await userNames([row.createdById]));
}

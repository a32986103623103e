// Reads for the Import page: recent import jobs and one job's progress (Job rows of kind "import").
import "server-only";
import { getDb } from "@/lib/db";
import type { TJobStatus } from "@/lib/jobs/records";
import type { TJobReport } from "./jobs";

export type TImportJobView = {
  id: string;
  filenames: string[];
  status: TJobStatus;
  /** Failed attempts so far; with `error` while a retry waits. */
  attempts: number;
  error: string | null;
  total: number;
  processed: number;
  createdAt: string;
  finishedAt: string | null;
  createdBy: string | null;
  report: (TJobReport & { error?: string }) | null;
};

type TRow = {
  id: string;
  filenames: string[];
  status: TImportJobView["status"];
  attempts: number;
  error: string | null;
  total: number;
  processed: number;
  createdAt: Date;
  finishedAt: Date | null;
  report: unknown;
  createdById: string | null;
};
const SELECT = {
  id: true,
  filenames: true,
  status: true,
  attempts: true,
  error: true,
  total: true,
  processed: true,
  createdAt: true,
  finishedAt: true,
  report: true,
  createdById: true,
} as const;

function toView(row: TRow, names: Map<string, string>): TImportJobView {
  return {
    id: row.id,
    filenames: row.filenames,
    status: row.status,
    attempts: row.attempts,
    error: row.error,
    total: row.total,
    processed: row.processed,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    createdBy: row.createdById ? (names.get(row.createdById) ?? null) : null,
    report: (row.report as TImportJobView["report"]) ?? null,
  };
}

async function userNames(ids: Array<string | null>): Promise<Map<string, string>> {
  const { prisma } = await getDb();
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  const users = await prisma.user.findMany({
    where: { id: { in: wanted } },
    select: { id: true, name: true },
  });
  return new Map(users.map((u) => [u.id, u.name]));
}

export async function listImportJobs(limit = 20): Promise<TImportJobView[]> {
  const { prisma } = await getDb();
  const rows: TRow[] = await prisma.job.findMany({
    where: { kind: "import" },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: SELECT,
  });
  const names = await userNames(rows.map((r) => r.createdById));
  return rows.map((r) => toView(r, names));
}

export async function getImportJob(id: string): Promise<TImportJobView | null> {
  const { prisma } = await getDb();
  const row = await prisma.job.findFirst({ where: { id, kind: "import" }, select: SELECT });
  if (!row) return null;
  return toView(row as TRow, await userNames([row.createdById]));
}

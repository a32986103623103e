// Import jobs started from the web: the previewed parse result goes on the job queue (lib/jobs) and
// a worker writes it in batches, with progress, the resume point and the report kept on the Job row
// the Import page reads. Nothing runs inside the request: a restart loses nothing.
import "server-only";
import { randomUUID } from "node:crypto";
import type { TDb } from "@/lib/db/connect";
import type { TSessionUser } from "@/lib/auth/session-types";
import { recordAudit } from "@/lib/audit/record";
import { enqueueJob } from "@/lib/jobs/enqueue";
import type { TStartImport } from "./schemas";

export type TJobReport = {
  files: Array<{
    name: string;
    articles: { created: number; updated: number; unchanged: number; rejected: number };
    comments: { created: number; updated: number; unchanged: number; rejected: number };
    rejections: Array<{ where: string; message: string }>;
    warnings: number;
  }>;
};

export async function startImportJob(
  db: TDb,
  user: TSessionUser,
  input: TStartImport,
): Promise<string> {
  const id = randomUUID();
  const filenames = input.files.map((f) => f.name);
  const total = input.files.reduce(
    (n, f) => n + f.articles.reduce((m, a) => m + a.comments.length + 1, 0),
    0,
  );
  await db.prisma.$transaction((tx) =>
    recordAudit(tx, {
      actor: user,
      targetType: "IMPORT",
      targetId: id,
      action: "import.start",
      after: { files: filenames, total },
    }),
  );
  return enqueueJob(db, "import", {
    id,
    createdById: user.id,
    filenames,
    total,
    payload: { source: "web", input },
  });
}

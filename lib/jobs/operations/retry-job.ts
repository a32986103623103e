// Queues a failed or cancelled job again from where it stopped (admin Jobs page, `vigil jobs retry`).
import { z } from "zod";
import { defineOperation } from "@/lib/auth/operation";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db";
import { retryJob } from "../enqueue";

export const ZJobId = z.object({ id: z.string().uuid("Not a job id.") }).strict();

export const retryJobOperation = defineOperation({
  name: "jobs.retry",
  permission: "jobs:manage",
  input: ZJobId,
  example: { id: "00000000-0000-4000-8000-000000000000" },
  revalidate: ["/admin/jobs"],
  run: async ({ user }, { id }) => {
    const db = await getDb();
    await retryJob(db, id);
    await db.prisma.$transaction((tx) => recordAudit(tx, { actor: user, targetType: "SETTING", targetId: `job:${id}`, action: "job.retry" }));
    return { id };
  },
});

// Cancels a queued or running job: a running one stops at its next batch; what it wrote stays.
import { defineOperation } from "@/lib/auth/operation";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db";
import { cancelJob } from "../enqueue";
import { ZJobId } from "./retry-job";

export const cancelJobOperation = defineOperation({
  name: "jobs.cancel",
  permission: "jobs:manage",
  input: ZJobId,
  example: { id: "00000000-0000-4000-8000-000000000000" },
  revalidate: ["/admin/jobs"],
  run: async ({ user }, { id }) => {
    const db = await getDb();
    await cancelJob(db, id);
    await db.prisma.$transaction((tx) => recordAudit(tx, { actor: user, targetType: "SETTING", targetId: `job:${id}`, action: "job.cancel" }));
    return { id };
  },
});

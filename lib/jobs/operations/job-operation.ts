// One shape for the admin's operations on a job by id (retry, cancel): permission, input, audit row.
import { z } from "zod";
import { defineOperation } from "@/lib/auth/operation";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db";
import type { TDb } from "@/lib/db/connect";

export const ZJobId = z.object({ id: z.string().uuid("Not a job id.") }).strict();

export function defineJobOperation(
  verb: "retry" | "cancel",
  act: (db: TDb, id: string) => Promise<unknown>,
) {
  return defineOperation({
    name: `job.${verb}`,
    permission: "jobs:manage",
    input: ZJobId,
    example: { id: "00000000-0000-4000-8000-000000000000" },
    revalidate: ["/admin/jobs"],
    run: async ({ user }, { id }) => {
      const db = await getDb();
      await act(db, id);
      await db.prisma.$transaction((tx) =>
        recordAudit(tx, {
          actor: user,
          targetType: "SETTING",
          targetId: `job:${id}`,
          action: `job.${verb}`,
        }),
      );
      return { id };
    },
  });
}

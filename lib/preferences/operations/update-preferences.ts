// Change one's own review preferences. Only the signed-in user's row is touched, so any role that
// works the queue may do it; audited like every other change.
import { defineOperation } from "@/lib/auth/operation";
import { forgetKeptSessions } from "@/lib/auth/session-lookup";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { ZUpdatePreferences, type TPreferences } from "../schemas";

export const updatePreferences = defineOperation({
  name: "user.preferences",
  permission: "queue:read",
  input: ZUpdatePreferences,
  example: { autoAdvance: false },
  run: async ({ user }, input): Promise<TPreferences> => {
    const db = await getDb();
    return db.prisma
      .$transaction(async (tx) => {
        const select = { autoAdvance: true, compactQueue: true } as const;
        const before = await tx.user.findUnique({ where: { id: user.id }, select });
        if (!before) throw new NotFoundError("User");
        const after = await tx.user.update({ where: { id: user.id }, data: input, select });
        await recordAudit(tx, {
          actor: user,
          targetType: "USER",
          targetId: user.id,
          action: "user.preferences",
          before,
          after,
        });
        return after;
      })
      .finally(forgetKeptSessions);
  },
});

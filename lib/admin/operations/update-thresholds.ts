// Sets the per-harm score thresholds at which the engine flags a comment ("triage.thresholds").
import { defineOperation } from "@/lib/auth/operation";
import { recordAudit } from "@/lib/audit/record";
import type { Prisma } from "@/lib/db/generated/client";
import { inTransaction } from "../db";
import { getDb } from "@/lib/db";
import { reflagStoredComments } from "@/lib/triage/reflag";
import { THRESHOLDS_KEY, thresholdsFrom, ZThresholds } from "../settings-store";

export const updateThresholds = defineOperation({
  name: "setting.thresholds",
  permission: "settings:manage",
  input: ZThresholds,
  example: {
    hate: 0.5,
    harassment: 0.5,
    threat: 0.5,
    profanity: 0.6,
    extremism: 0.5,
    misinformation: 0.5,
  },
  revalidate: ["/admin/settings", "/reports"],
  run: async ({ user }, input) => {
    const saved = await inTransaction(async (tx) => {
      const current = await tx.setting.findUnique({ where: { key: THRESHOLDS_KEY } });
      const before = thresholdsFrom(current?.value);
      const value = input as unknown as Prisma.InputJsonValue;
      await tx.setting.upsert({
        where: { key: THRESHOLDS_KEY },
        create: { key: THRESHOLDS_KEY, value },
        update: { value },
      });
      await recordAudit(tx, {
        actor: user,
        targetType: "SETTING",
        targetId: THRESHOLDS_KEY,
        action: "setting.update",
        before,
        after: input,
      });
      return input;
    });
    // Stored comments follow the new thresholds at once (one UPDATE over stored scores).
    await reflagStoredComments((await getDb()).sql, saved);
    return saved;
  },
});

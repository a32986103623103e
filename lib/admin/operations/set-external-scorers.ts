// Switches the optional external scorers (Perspective, OpenAI moderation) on or off. They run only
// when their API key is also set in the server's environment.
import { defineOperation } from "@/lib/auth/operation";
import { recordAudit } from "@/lib/audit/record";
import { inTransaction } from "../db";
import { DEFAULT_EXTERNAL, EXTERNAL_KEY, ZExternalScorers } from "../settings-store";

export const setExternalScorers = defineOperation({
  name: "setting.externalScorers",
  permission: "settings:manage",
  input: ZExternalScorers,
  example: { perspective: false, openai: false },
  revalidate: ["/admin/settings"],
  run: async ({ user }, input) =>
    inTransaction(async (tx) => {
      const current = await tx.setting.findUnique({ where: { key: EXTERNAL_KEY } });
      const before = { ...DEFAULT_EXTERNAL, ...((current?.value as object | null) ?? {}) };
      await tx.setting.upsert({
        where: { key: EXTERNAL_KEY },
        create: { key: EXTERNAL_KEY, value: input },
        update: { value: input },
      });
      await recordAudit(tx, {
        actor: user,
        targetType: "SETTING",
        targetId: EXTERNAL_KEY,
        action: "setting.update",
        before,
        after: input,
      });
      return input;
    }),
});

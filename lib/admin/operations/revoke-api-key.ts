// Revokes an API key: it stops working at once and stays listed for the record.
import { defineOperation } from "@/lib/auth/operation";
import { recordAudit } from "@/lib/audit/record";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { inTransaction } from "../db";
import { ZApiKeyRevoke } from "../schemas";

export const revokeApiKey = defineOperation({
  name: "apikey.revoke",
  permission: "settings:manage",
  input: ZApiKeyRevoke,
  example: { id: "00000000-0000-0000-0000-000000000000" },
  revalidate: ["/admin/settings/api-keys"],
  run: async ({ user }, input) =>
    inTransaction(async (tx) => {
      const key = await tx.apiKey.findUnique({
        where: { id: input.id },
        select: { id: true, name: true, prefix: true, revokedAt: true },
      });
      if (!key) throw new NotFoundError("The API key");
      if (key.revokedAt) throw new ConflictError("This key is already revoked.");
      const revokedAt = new Date();
      await tx.apiKey.update({ where: { id: key.id }, data: { revokedAt } });
      await recordAudit(tx, {
        actor: user,
        targetType: "APIKEY",
        targetId: key.id,
        action: "apikey.revoke",
        before: { name: key.name, prefix: key.prefix, revokedAt: null },
        after: { name: key.name, prefix: key.prefix, revokedAt },
      });
      return { id: key.id, revokedAt: revokedAt.toISOString() };
    }),
});

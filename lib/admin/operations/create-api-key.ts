// Creates an ingestion API key; the secret is returned once, for the admin to copy.
import { defineOperation } from "@/lib/auth/operation";
import { recordAudit } from "@/lib/audit/record";
import { createApiKey as insertApiKey } from "../api-keys";
import { inTransaction } from "../db";
import { ZApiKeyCreate } from "../schemas";

export const createApiKey = defineOperation({
  name: "apikey.create",
  permission: "settings:manage",
  input: ZApiKeyCreate,
  example: { name: "Newsroom CMS" },
  revalidate: ["/admin/settings/api-keys"],
  run: async ({ user }, input) =>
    inTransaction(async (tx) => {
      const key = await insertApiKey(tx, { name: input.name, createdById: user.id });
      await recordAudit(tx, {
        actor: user,
        targetType: "APIKEY",
        targetId: key.id,
        action: "apikey.create",
        after: { name: key.name, prefix: key.prefix },
      });
      return key;
    }),
});

// Deletes a term; the audit row keeps what it was.
import { defineOperation } from "@/lib/auth/operation";
import { recordAudit } from "@/lib/audit/record";
import { NotFoundError } from "@/lib/errors";
import { inTransaction } from "../db";
import { ZIdInput } from "../schemas";

export const deleteTerm = defineOperation({
  name: "term.delete",
  permission: "settings:manage",
  input: ZIdInput,
  example: { id: 2_000_000_000 },
  revalidate: ["/admin/settings/terms"],
  run: async ({ user }, input) =>
    inTransaction(async (tx) => {
      const before = await tx.term.findUnique({
        where: { id: input.id },
        select: {
          id: true,
          harm: true,
          pattern: true,
          kind: true,
          weight: true,
          reason: true,
          enabled: true,
        },
      });
      if (!before) throw new NotFoundError("The term");
      await tx.term.delete({ where: { id: input.id } });
      await recordAudit(tx, {
        actor: user,
        targetType: "TERM",
        targetId: input.id,
        action: "term.delete",
        before,
      });
      return { id: input.id };
    }),
});

// Creates or edits one fact-check in the library (claims moderators' comments are matched against).
import { defineOperation } from "@/lib/auth/operation";
import { recordAudit } from "@/lib/audit/record";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { inTransaction } from "../db";
import { ZFactCheckInput } from "../schemas";

const FIELDS = {
  id: true,
  externalId: true,
  claim: true,
  verdict: true,
  url: true,
  publisher: true,
  publishedAt: true,
  active: true,
} as const;

export const saveFactCheck = defineOperation({
  name: "factcheck.save",
  permission: "settings:manage",
  input: ZFactCheckInput,
  example: {
    externalId: null,
    claim: "The OPCW faked its report on Douma",
    verdict: "false",
    url: "https://example.org/fact-check/opcw",
    publisher: "Example Checks",
    active: true,
  },
  revalidate: ["/admin/settings/fact-checks"],
  run: async ({ user }, input) =>
    inTransaction(async (tx) => {
      const { id, publishedAt, ...fields } = input;
      const data = {
        ...fields,
        ...(publishedAt === undefined
          ? {}
          : { publishedAt: publishedAt ? new Date(`${publishedAt}T00:00:00Z`) : null }),
      };
      if (data.externalId) {
        const clash = await tx.factCheck.findUnique({
          where: { externalId: data.externalId },
          select: { id: true },
        });
        if (clash && clash.id !== id)
          throw new ConflictError(`Another fact-check already has the id "${data.externalId}".`);
      }
      if (id === undefined) {
        const created = await tx.factCheck.create({ data, select: FIELDS });
        await recordAudit(tx, {
          actor: user,
          targetType: "FACTCHECK",
          targetId: created.id,
          action: "factcheck.create",
          after: created,
        });
        return created;
      }
      const before = await tx.factCheck.findUnique({ where: { id }, select: FIELDS });
      if (!before) throw new NotFoundError("The fact-check");
      // An edited claim drops its stored vector, as an import does: stage 2 re-embeds it.
      const stale = data.claim !== before.claim ? { embedding: null, embeddingModel: null } : {};
      const after = await tx.factCheck.update({
        where: { id },
        data: { ...data, ...stale },
        select: FIELDS,
      });
      await recordAudit(tx, {
        actor: user,
        targetType: "FACTCHECK",
        targetId: id,
        action: "factcheck.update",
        before,
        after,
      });
      return after;
    }),
});

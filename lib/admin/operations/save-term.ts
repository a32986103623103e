// Creates or edits a term or pattern of the terms analyzer (regexes are checked to compile).
import { defineOperation } from "@/lib/auth/operation";
import { recordAudit } from "@/lib/audit/record";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { inTransaction } from "../db";
import { ZTermInput } from "../schemas";

const FIELDS = {
  id: true,
  harm: true,
  pattern: true,
  kind: true,
  weight: true,
  reason: true,
  enabled: true,
} as const;

export const saveTerm = defineOperation({
  name: "term.save",
  permission: "settings:manage",
  input: ZTermInput,
  example: {
    harm: "hate" as const,
    pattern: "vermin",
    kind: "word" as const,
    weight: 0.6,
    reason: "dehumanising word for a group",
    enabled: true,
  },
  revalidate: ["/admin/settings/terms"],
  run: async ({ user }, input) =>
    inTransaction(async (tx) => {
      const { id, ...data } = input;
      const clash = await tx.term.findUnique({
        where: { harm_pattern: { harm: data.harm, pattern: data.pattern } },
        select: { id: true },
      });
      if (clash && clash.id !== id)
        throw new ConflictError(`The ${data.harm} list already has "${data.pattern}".`);
      if (id === undefined) {
        const created = await tx.term.create({ data, select: FIELDS });
        await recordAudit(tx, {
          actor: user,
          targetType: "TERM",
          targetId: created.id,
          action: "term.create",
          after: created,
        });
        return created;
      }
      const before = await tx.term.findUnique({ where: { id }, select: FIELDS });
      if (!before) throw new NotFoundError("The term");
      const after = await tx.term.update({ where: { id }, data, select: FIELDS });
      await recordAudit(tx, {
        actor: user,
        targetType: "TERM",
        targetId: id,
        action: "term.update",
        before,
        after,
      });
      return after;
    }),
});

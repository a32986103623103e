// Deactivates or reactivates a user. Deactivation deletes their sessions in the same transaction,
// so they are signed out everywhere at once.
import { defineOperation } from "@/lib/auth/operation";
import { forgetKeptSessions } from "@/lib/auth/session-lookup";
import { recordAudit } from "@/lib/audit/record";
import { DomainError, NotFoundError } from "@/lib/errors";
import { inTransaction } from "../db";
import { ZSetUserActive } from "../schemas";

export const setUserActive = defineOperation({
  name: "user.setActive",
  permission: "users:manage",
  input: ZSetUserActive,
  example: { userId: "00000000-0000-0000-0000-000000000000", active: false },
  revalidate: ["/admin/users"],
  run: async ({ user }, input) => {
    if (input.userId === user.id && !input.active)
      throw new DomainError(
        "You cannot deactivate your own account. Ask another admin.",
        "self_lockout",
      );
    return inTransaction(async (tx) => {
      const target = await tx.user.findUnique({
        where: { id: input.userId },
        select: { id: true, email: true, active: true },
      });
      if (!target) throw new NotFoundError("The user");
      if (target.active === input.active)
        return { id: target.id, active: target.active, sessionsEnded: 0, changed: false };
      await tx.user.update({ where: { id: target.id }, data: { active: input.active } });
      const sessionsEnded = input.active
        ? 0
        : (await tx.session.deleteMany({ where: { userId: target.id } })).count;
      await recordAudit(tx, {
        actor: user,
        targetType: "USER",
        targetId: target.id,
        action: input.active ? "user.reactivate" : "user.deactivate",
        before: { email: target.email, active: target.active },
        after: { email: target.email, active: input.active, sessionsEnded },
      });
      return { id: target.id, active: input.active, sessionsEnded, changed: true };
    }).finally(forgetKeptSessions);
  },
});

// Changes a user's role; takes effect on their next request (kept sessions are forgotten).
import { defineOperation } from "@/lib/auth/operation";
import { forgetKeptSessions } from "@/lib/auth/session-lookup";
import { recordAudit } from "@/lib/audit/record";
import { DomainError, NotFoundError } from "@/lib/errors";
import { inTransaction } from "../db";
import { ZSetUserRole } from "../schemas";

export const setUserRole = defineOperation({
  name: "user.setRole",
  permission: "users:manage",
  input: ZSetUserRole,
  example: { userId: "00000000-0000-0000-0000-000000000000", role: "EDITOR" } as const,
  revalidate: ["/admin/users"],
  run: async ({ user }, input) => {
    // An admin demoting themselves could leave nobody able to manage users.
    if (input.userId === user.id && input.role !== "ADMIN")
      throw new DomainError("You cannot change your own role. Ask another admin.", "self_lockout");
    return inTransaction(async (tx) => {
      const target = await tx.user.findUnique({
        where: { id: input.userId },
        select: { id: true, email: true, role: true },
      });
      if (!target) throw new NotFoundError("The user");
      if (target.role === input.role) return { id: target.id, role: target.role, changed: false };
      await tx.user.update({ where: { id: target.id }, data: { role: input.role } });
      await recordAudit(tx, {
        actor: user,
        targetType: "USER",
        targetId: target.id,
        action: "user.role",
        before: { email: target.email, role: target.role },
        after: { email: target.email, role: input.role },
      });
      return { id: target.id, role: input.role, changed: true };
    }).finally(forgetKeptSessions);
  },
});

// Creates a user with a generated password, shown to the admin once and never stored in clear.
import { defineOperation } from "@/lib/auth/operation";
import { createUserWithPassword, generatePassword } from "@/lib/auth/passwords";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db";
import { ConflictError, DomainError } from "@/lib/errors";
import { logger } from "@/lib/log";
import { ZCreateUser } from "../schemas";

export const createUser = defineOperation({
  name: "admin.createUser",
  permission: "users:manage",
  input: ZCreateUser,
  example: { email: "new.moderator@example.org", name: "New Moderator", role: "MODERATOR" } as const,
  revalidate: ["/admin/users"],
  run: async ({ user }, input) => {
    const db = await getDb();
    const password = generatePassword();
    let id: string;
    try {
      ({ id } = await createUserWithPassword(db.prisma, { ...input, password }));
    } catch (error) {
      if (error instanceof DomainError && error.code === "user_exists") throw new ConflictError(`A user with email ${input.email} already exists.`);
      throw error;
    }
    // createUserWithPassword commits on its own; if the audit row cannot be written the new
    // account is removed again, so no user exists without a record of who created it.
    try {
      await recordAudit(db.prisma, { actor: user, targetType: "USER", targetId: id, action: "user.create", after: { email: input.email, name: input.name, role: input.role, active: true } });
    } catch (error) {
      await db.prisma.user.delete({ where: { id } }).catch((e) => logger.error({ err: e, id }, "could not remove unaudited user"));
      throw error;
    }
    return { id, email: input.email, password };
  },
});

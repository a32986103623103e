// Creates a user with a generated password, shown to the admin once and never stored in clear.
import { defineOperation } from "@/lib/auth/operation";
import { generatePassword, insertUserWithPassword } from "@/lib/auth/passwords";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db";
import { ConflictError, DomainError } from "@/lib/errors";
import { ZCreateUser } from "../schemas";

export const createUser = defineOperation({
  name: "user.create",
  permission: "users:manage",
  input: ZCreateUser,
  example: {
    email: "new.moderator@example.org",
    name: "New Moderator",
    role: "MODERATOR",
  } as const,
  revalidate: ["/admin/users"],
  run: async ({ user }, input) => {
    const db = await getDb();
    const password = generatePassword();
    // The account and the audit row of who created it are written together or not at all.
    const id = await db.prisma
      .$transaction(async (tx) => {
        const created = await insertUserWithPassword(tx, { ...input, password });
        await recordAudit(tx, {
          actor: user,
          targetType: "USER",
          targetId: created.id,
          action: "user.create",
          after: { email: input.email, name: input.name, role: input.role, active: true },
        });
        return created.id;
      })
      .catch((error) => {
        if (error instanceof DomainError && error.code === "user_exists")
          throw new ConflictError(`A user with email ${input.email} already exists.`);
        throw error;
      });
    return { id, email: input.email, password };
  },
});

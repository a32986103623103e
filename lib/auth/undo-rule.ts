// Who may undo whose action: your own, anyone's of your rank or below, and automatic ones (rules,
// imports). A moderator cannot undo an editor's or an admin's hide; an editor cannot undo an
// admin's. The original actor's current role counts; an actor no longer known counts as an admin.
import type { Prisma } from "@/lib/db/generated/client";
import type { TRole } from "./permissions";
import type { TSessionUser } from "./session-types";
import { ForbiddenError } from "@/lib/errors";

const RANK: Record<TRole, number> = { MODERATOR: 1, EDITOR: 2, ADMIN: 3 };

export function mayUndo(
  user: Pick<TSessionUser, "id" | "role">,
  actor: { id: string | null; role: string | null },
): boolean {
  if (actor.id === null || actor.id === user.id) return true;
  const actorRank = RANK[actor.role as TRole] ?? RANK.ADMIN;
  return RANK[user.role] >= actorRank;
}

/** Throws a ForbiddenError naming the actor's role when `user` may not undo their actions. */
export async function assertMayUndo(
  tx: Pick<Prisma.TransactionClient, "user">,
  user: TSessionUser,
  actorIds: Array<string | null>,
): Promise<void> {
  const others = [...new Set(actorIds.filter((id): id is string => id !== null && id !== user.id))];
  if (others.length === 0) return;
  const actors = await tx.user.findMany({
    where: { id: { in: others } },
    select: { id: true, role: true },
  });
  const roles = new Map(actors.map((a) => [a.id, a.role]));
  for (const id of others) {
    const role = roles.get(id) ?? null;
    if (!mayUndo(user, { id, role })) {
      throw new ForbiddenError(
        `Only ${role ? `an ${role === "ADMIN" ? "admin" : "editor or admin"}` : "an admin"} can undo this action: it was taken by ${role ? `an ${role.toLowerCase()}` : "a user no longer known"}.`,
      );
    }
  }
}

// Notes moderators keep about an author (shown on the author page; audited).
import { getDb } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/session-types";
import { recordAudit } from "@/lib/audit/record";
import { NotFoundError } from "@/lib/errors";
import { AUTHOR_AUDIT, type TAuthorNote } from "./types";

export async function addAuthorNote(
  user: TSessionUser,
  input: { authorId: number; body: string },
): Promise<TAuthorNote> {
  const db = await getDb();
  return db.prisma.$transaction(async (tx) => {
    const author = await tx.author.findUnique({
      where: { id: input.authorId },
      select: { id: true },
    });
    if (!author) throw new NotFoundError("Author");
    const note = await tx.authorNote.create({
      data: { authorId: input.authorId, userId: user.id, userName: user.name, body: input.body },
    });
    await recordAudit(tx, {
      actor: user,
      targetType: "AUTHOR",
      targetId: input.authorId,
      action: AUTHOR_AUDIT.note,
      after: { noteId: note.id },
    });
    return { id: note.id, body: note.body, by: note.userName, at: note.createdAt.toISOString() };
  });
}

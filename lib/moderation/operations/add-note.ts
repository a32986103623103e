// Add a note to a comment's discussion thread among moderators.
import { defineOperation } from "@/lib/auth/operation";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { NotFoundError } from "@/lib/errors";
import { COMMENT_ACTIONS } from "../audit-actions";
import { ZAddNote } from "../schemas";

export const addNote = defineOperation({
  name: "comment.note",
  permission: "comment:note",
  input: ZAddNote,
  example: { commentId: 1, body: "Check the linked video before deciding." },
  run: async ({ user }, input) => {
    const db = await getDb();
    return db.prisma.$transaction(async (tx) => {
      const exists = await tx.comment.findUnique({
        where: { id: input.commentId },
        select: { id: true },
      });
      if (!exists) throw new NotFoundError("Comment");
      const note = await tx.note.create({
        data: { commentId: input.commentId, authorId: user.id, body: input.body },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor: user,
        targetType: "COMMENT",
        targetId: input.commentId,
        action: COMMENT_ACTIONS.note,
        after: { noteId: note.id },
      });
      return { id: note.id };
    });
  },
});

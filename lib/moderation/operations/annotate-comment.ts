// Label a span of a comment's text with a note, visible to every moderator who opens it.
import { defineOperation } from "@/lib/auth/operation";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { COMMENT_ACTIONS } from "../audit-actions";
import { ZAnnotateComment } from "../schemas";

export const annotateComment = defineOperation({
  name: "comment.annotate",
  permission: "comment:annotate",
  input: ZAnnotateComment,
  example: { commentId: 1, start: 0, end: 4, label: "dehumanising" },
  run: async ({ user }, input) => {
    const db = await getDb();
    return db.prisma.$transaction(async (tx) => {
      const comment = await tx.comment.findUnique({
        where: { id: input.commentId },
        select: { body: true },
      });
      if (!comment) throw new NotFoundError("Comment");
      if (input.end > comment.body.length)
        throw new ValidationError("The selection is outside the comment's text.", {
          end: ["Out of range."],
        });
      const row = await tx.annotation.create({
        data: {
          commentId: input.commentId,
          start: input.start,
          end: input.end,
          label: input.label,
          note: input.note || null,
          authorId: user.id,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor: user,
        targetType: "COMMENT",
        targetId: input.commentId,
        action: COMMENT_ACTIONS.annotate,
        after: { annotationId: row.id, start: input.start, end: input.end, label: input.label },
        reason: input.note || null,
      });
      return { id: row.id };
    });
  },
});

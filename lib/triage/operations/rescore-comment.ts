// Scores one comment again on demand (e.g. after the terms or the fact-check library changed).
import { z } from "zod";
import { defineOperation } from "@/lib/auth/operation";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { scoreComments } from "@/lib/triage/score-comments";
import { ZDbIdText } from "@/lib/validation/values";

export const rescoreComment = defineOperation({
  name: "triage.rescore-comment",
  permission: "comment:moderate",
  input: z.object({ commentId: ZDbIdText }),
  example: { commentId: 1 },
  run: async (_ctx, { commentId }) => {
    const db = await getDb();
    if (!(await db.prisma.comment.findUnique({ where: { id: commentId }, select: { id: true } }))) throw new NotFoundError("The comment");
    const summary = await scoreComments(db, [commentId]);
    return { scored: summary.scored };
  },
  revalidate: ["/queue"],
});

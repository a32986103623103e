// Unhide one comment: a deliberate decision that it may be shown, so it becomes APPROVED.
// (To put a hide back exactly as it was, undo the hide instead.)
import { defineOperation } from "@/lib/auth/operation";
import { DomainError } from "@/lib/errors";
import { COMMENT_ACTIONS } from "../audit-actions";
import { ZUnhideComment } from "../schemas";
import { changeCommentStatus } from "../status-change";

export const unhideComment = defineOperation({
  name: "comment.unhide",
  permission: "comment:moderate",
  input: ZUnhideComment,
  example: { id: 1, version: 1, reason: "Quoted to criticise, not endorse" },
  run: ({ user }, input) =>
    changeCommentStatus({
      user,
      id: input.id,
      version: input.version,
      action: COMMENT_ACTIONS.unhide,
      reason: input.reason,
      next: (current) => {
        if (current.status !== "HIDDEN")
          throw new DomainError("This comment is not hidden.", "conflict");
        return { status: "APPROVED", flagCategory: null };
      },
    }),
});

// Approve one comment: it stays visible and leaves the review queue.
import { defineOperation } from "@/lib/auth/operation";
import { COMMENT_ACTIONS } from "../audit-actions";
import { ZApproveComment } from "../schemas";
import { changeCommentStatus } from "../status-change";

export const approveComment = defineOperation({
  name: "comment.approve",
  permission: "comment:moderate",
  input: ZApproveComment,
  example: { id: 1, version: 1 },
  run: ({ user }, input) =>
    changeCommentStatus({
      user,
      id: input.id,
      version: input.version,
      action: COMMENT_ACTIONS.approve,
      reason: input.reason,
      next: () => ({ status: "APPROVED", flagCategory: null }),
    }),
});

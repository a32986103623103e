// Flag one comment with a category (hate speech, misinformation, …) and an optional reason.
import { defineOperation } from "@/lib/auth/operation";
import { COMMENT_ACTIONS } from "../audit-actions";
import { ZFlagComment } from "../schemas";
import { changeCommentStatus } from "../status-change";

export const flagComment = defineOperation({
  name: "comment.flag",
  permission: "comment:moderate",
  input: ZFlagComment,
  example: { id: 1, version: 1, category: "HATE" },
  run: ({ user }, input) =>
    changeCommentStatus({
      user,
      id: input.id,
      version: input.version,
      action: COMMENT_ACTIONS.flag,
      reason: input.reason,
      next: () => ({ status: "FLAGGED", flagCategory: input.category }),
    }),
});

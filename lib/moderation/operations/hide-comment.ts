// Hide one comment from the public site (a reason is required); its flag category, if any, is kept.
import { defineOperation } from "@/lib/auth/operation";
import { COMMENT_ACTIONS } from "../audit-actions";
import { ZHideComment } from "../schemas";
import { changeCommentStatus } from "../status-change";

export const hideComment = defineOperation({
  name: "comment.hide",
  permission: "comment:moderate",
  input: ZHideComment,
  example: { id: 1, version: 1, reason: "Dehumanising language" },
  run: ({ user }, input) =>
    changeCommentStatus({
      user,
      id: input.id,
      version: input.version,
      action: COMMENT_ACTIONS.hide,
      reason: input.reason,
      next: (current) => ({ status: "HIDDEN", flagCategory: current.flagCategory }),
    }),
});

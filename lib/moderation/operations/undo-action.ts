// Undo one audited status change (from the toast or the comment's history list).
import { defineOperation } from "@/lib/auth/operation";
import { ZUndoAction } from "../schemas";
import { undoAction as undo } from "../undo";

export const undoAction = defineOperation({
  name: "comment.undo",
  permission: "comment:moderate",
  input: ZUndoAction,
  example: { actionId: 1 },
  run: ({ user }, input) => undo(user, input.actionId),
});

// Undo one action on an author while nothing has changed it since (undoing a ban or a trust needs
// the right to ban, checked inside).
import { defineOperation } from "@/lib/auth/operation";
import { ZUndoAuthorAction } from "../schemas";
import { undoAuthorAction as run } from "../state-change";

export const undoAuthorAction = defineOperation({
  name: "author.undo",
  permission: "author:restrict",
  input: ZUndoAuthorAction,
  example: { actionId: 1 },
  run: ({ user }, input) => run(user, input.actionId),
});

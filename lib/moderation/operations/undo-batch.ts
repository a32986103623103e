// Undo a whole bulk action by its batch id; comments changed since are skipped and counted.
import { defineOperation } from "@/lib/auth/operation";
import { ZUndoBatch } from "../schemas";
import { undoBatch as undo } from "../undo";

export const undoBatch = defineOperation({
  name: "comment.undoBatch",
  permission: "comment:moderate",
  input: ZUndoBatch,
  example: { batchId: "00000000-0000-4000-8000-000000000000" },
  run: ({ user }, input) => undo(user, input.batchId),
});

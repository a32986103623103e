// Hide every comment of an author not hidden yet, as one bulk batch (undo with comment.undoBatch).
import { defineOperation } from "@/lib/auth/operation";
import { ZHideAuthorComments } from "../schemas";
import { hideAuthorComments as run } from "../hide-comments";

export const hideAuthorComments = defineOperation({
  name: "author.hideComments",
  permission: "comment:moderate",
  input: ZHideAuthorComments,
  example: { authorId: 1, reason: "Spam account" },
  run: ({ user }, input) => run(user, input),
});

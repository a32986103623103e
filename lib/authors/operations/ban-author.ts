// Ban or trust an author (and lift either): editors and admins; a reason is required.
import { defineOperation } from "@/lib/auth/operation";
import { ZBanAuthor } from "../schemas";
import { setAuthorState } from "../state-change";

export const banAuthor = defineOperation({
  name: "author.ban",
  permission: "author:ban",
  input: ZBanAuthor,
  example: {
    authorId: 1,
    version: 1,
    action: "ban" as const,
    reason: "Antisemitic abuse after a suspension",
  },
  run: ({ user }, input) => setAuthorState(user, input),
});

// Pre-moderate or suspend an author (and lift either): moderators and up; a reason is required.
import { defineOperation } from "@/lib/auth/operation";
import { ZRestrictAuthor } from "../schemas";
import { setAuthorState } from "../state-change";

export const restrictAuthor = defineOperation({
  name: "author.restrict",
  permission: "author:restrict",
  input: ZRestrictAuthor,
  example: { authorId: 1, version: 1, action: "premoderate", reason: "Repeated personal attacks" },
  run: ({ user }, input) => setAuthorState(user, input),
});

// A note about an author, for the moderators who meet them next.
import { defineOperation } from "@/lib/auth/operation";
import { ZAddAuthorNote } from "../schemas";
import { addAuthorNote as run } from "../notes";

export const addAuthorNote = defineOperation({
  name: "author.note",
  permission: "author:note",
  input: ZAddAuthorNote,
  example: { authorId: 1, body: "Posts the same link under every article." },
  run: ({ user }, input) => run(user, input),
});

// Give up the review lease on a comment when the moderator leaves it.
import { defineOperation } from "@/lib/auth/operation";
import { ZLease } from "../schemas";
import { releaseLease } from "../lease";

export const releaseClaim = defineOperation({
  name: "comment.release",
  permission: "queue:read",
  input: ZLease,
  example: { id: 1 },
  run: ({ user }, input) => releaseLease(user, input.id),
});

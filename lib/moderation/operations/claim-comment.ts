// Take or renew the review lease on a comment (called on open and every minute while open).
import { defineOperation } from "@/lib/auth/operation";
import { ZLease } from "../schemas";
import { takeLease } from "../lease";

export const claimComment = defineOperation({
  name: "comment.claim",
  permission: "queue:read",
  input: ZLease,
  example: { id: 1 },
  run: ({ user }, input) => takeLease(user, input.id),
});

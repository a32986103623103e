// Approve, flag or hide many comments at once (selected ids, or everything a filter matches).
import { defineOperation } from "@/lib/auth/operation";
import { ZBulkModerate } from "../schemas";
import { bulkModerate as run } from "../bulk";

export const bulkModerate = defineOperation({
  name: "comment.bulk",
  permission: "comment:moderate",
  input: ZBulkModerate,
  example: { action: "approve", target: { kind: "ids", items: [{ id: 1, status: "PENDING" }] } },
  run: ({ user }, input) => run(user, input),
});

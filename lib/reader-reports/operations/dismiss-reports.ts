// Dismiss a comment's open reader reports without changing its status (audited).
import { defineOperation } from "@/lib/auth/operation";
import { ZDismissReports } from "../schemas";
import { dismissReports as run } from "../dismiss";

export const dismissReports = defineOperation({
  name: "reports.dismiss",
  permission: "reader-report:resolve",
  input: ZDismissReports,
  example: { commentId: 1 },
  run: ({ user }, input) => run(user, input),
});

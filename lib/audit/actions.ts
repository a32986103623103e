// Every known audit action name, for the audit log filter, and the names of the rows admin operations write.
import { ARTICLE_ACTIONS, CLAIM_ACTIONS, COMMENT_ACTIONS } from "@/lib/moderation/audit-actions";
import { AUTHOR_AUDIT } from "@/lib/authors/types";
import { REPORT_AUDIT } from "@/lib/reader-reports/dismiss";

export const ADMIN_ACTIONS = [
  "user.create",
  "user.role",
  "user.deactivate",
  "user.reactivate",
  "setting.update",
  "term.create",
  "term.update",
  "term.delete",
  "rule.create",
  "rule.update",
  "rule.enable",
  "rule.disable",
  "rule.delete",
  "factcheck.create",
  "factcheck.update",
  "factcheck.delete",
  "factcheck.import",
  "apikey.create",
  "apikey.revoke",
] as const;

export const KNOWN_AUDIT_ACTIONS: string[] = [
  ...Object.values(COMMENT_ACTIONS),
  ...Object.values(CLAIM_ACTIONS),
  ...Object.values(ARTICLE_ACTIONS),
  ...Object.values(AUTHOR_AUDIT),
  ...Object.values(REPORT_AUDIT),
  "import.start",
  "export",
  "rule.hold",
  "job.retry",
  "job.cancel",
  "triage.backfill", // written by earlier versions' scoring backfill; old rows keep it
  "triage.rescore",
  "user.preferences",
  ...ADMIN_ACTIONS,
];

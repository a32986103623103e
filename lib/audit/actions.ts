// Every known audit action name, for the audit log filter, and the names of the rows admin operations write.
import { ARTICLE_ACTIONS, CLAIM_ACTIONS, COMMENT_ACTIONS } from "@/lib/moderation/audit-actions";

export const ADMIN_ACTIONS = [
  "user.create", "user.role", "user.deactivate", "user.reactivate",
  "setting.update", "term.create", "term.update", "term.delete",
  "rule.create", "rule.update", "rule.enable", "rule.disable", "rule.delete",
  "factcheck.create", "factcheck.update", "factcheck.delete", "factcheck.import",
  "apikey.create", "apikey.revoke",
] as const;

export const KNOWN_AUDIT_ACTIONS: string[] = [
  ...Object.values(COMMENT_ACTIONS),
  ...Object.values(CLAIM_ACTIONS),
  ...Object.values(ARTICLE_ACTIONS),
  "import.start",
  "triage.backfill",
  "triage.rescore",
  "user.preferences",
  ...ADMIN_ACTIONS,
];

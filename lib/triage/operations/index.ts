// The triage domain's operations, for the role × operation matrix test.
import { rescoreComment } from "./rescore-comment";
import { startBackfill } from "./start-backfill";

export const OPERATIONS = [rescoreComment, startBackfill];

// The triage domain's operations, for the role × operation matrix test. Rescoring many comments is
// a job (lib/rescore/operations/start-rescore.ts), not work inside a request.
import { rescoreComment } from "./rescore-comment";

export const OPERATIONS = [rescoreComment];

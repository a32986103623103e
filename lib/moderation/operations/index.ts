// Every moderation operation, for the role × operation matrix test and for discovery.
import type { TOperation } from "@/lib/auth/operation";
import { addNote } from "./add-note";
import { annotateComment } from "./annotate-comment";
import { approveComment } from "./approve-comment";
import { bulkModerate } from "./bulk-moderate";
import { claimComment } from "./claim-comment";
import { closeComments } from "./close-comments";
import { decideClaim } from "./decide-claim";
import { flagComment } from "./flag-comment";
import { hideArticle } from "./hide-article";
import { hideComment } from "./hide-comment";
import { releaseClaim } from "./release-claim";
import { reopenComments } from "./reopen-comments";
import { restoreArticle } from "./restore-article";
import { undoAction } from "./undo-action";
import { undoBatch } from "./undo-batch";
import { unhideComment } from "./unhide-comment";

export const OPERATIONS = [
  approveComment,
  flagComment,
  hideComment,
  unhideComment,
  undoAction,
  undoBatch,
  bulkModerate,
  annotateComment,
  addNote,
  decideClaim,
  claimComment,
  releaseClaim,
  hideArticle,
  restoreArticle,
  closeComments,
  reopenComments,
] as unknown as TOperation<unknown, unknown>[];

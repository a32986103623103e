// Plain data shapes of the moderation workspace, shared by server queries and client components
// (no Prisma types here, so client code can import them).
import { HARM_LABEL, type THarm } from "@/lib/triage/types";
import type { TRowReports } from "@/lib/reader-reports/types";

export const COMMENT_STATUSES = ["PENDING", "APPROVED", "FLAGGED", "HIDDEN"] as const;
export type TCommentStatus = (typeof COMMENT_STATUSES)[number];

export const FLAG_CATEGORIES = [
  "HATE",
  "MISINFORMATION",
  "HARASSMENT",
  "THREAT",
  "EXTREMISM",
  "SPAM",
  "OTHER",
] as const;
export type TFlagCategory = (typeof FLAG_CATEGORIES)[number];

export const STATUS_LABEL: Record<TCommentStatus, string> = {
  PENDING: "Needs review",
  APPROVED: "Approved",
  FLAGGED: "Flagged",
  HIDDEN: "Hidden",
};

export const CATEGORY_LABEL: Record<TFlagCategory, string> = {
  HATE: "Hate speech",
  MISINFORMATION: "Misinformation",
  HARASSMENT: "Harassment",
  THREAT: "Threat",
  EXTREMISM: "Extremism",
  SPAM: "Spam",
  OTHER: "Other",
};

export { HARM_LABEL };

export type THarmScoreMap = Record<THarm, number>;

/** The part of a comment's state a moderation action changes, and that undo restores. */
export type TCommentState = { status: TCommentStatus; flagCategory: TFlagCategory | null };

export type TLease = { byId: string; byName: string; expiresAt: string } | null;

export type TQueueRow = {
  id: number;
  status: TCommentStatus;
  flagCategory: TFlagCategory | null;
  version: number;
  priority: number;
  scores: THarmScoreMap;
  flaggedHarms: string[];
  hasClaimMatch: boolean;
  excerpt: string;
  createdAt: string;
  postedAt: string | null;
  articleId: number;
  articleTitle: string;
  /** The article is hidden: none of its comments reach the public, whatever their status. */
  articleHidden?: boolean;
  authorId: number | null;
  authorName: string | null;
  /** Set only while a lease is live. */
  lease: TLease;
  /** A pending comment that is not public until a person approves it: why (author pre-moderated, rules). */
  heldReason?: string | null;
  /** Open reader reports: how many and their reasons; null when none. */
  reports?: TRowReports | null;
};

/** `capped`: some count stopped at its cap; `atLeast`: every count is a lower bound (a text search matching too much to count). */
export type TViewCounts = {
  needsReview: number;
  reported: number;
  flagged: number;
  hidden: number;
  approved: number;
  all: number;
  capped: boolean;
  atLeast?: boolean;
};

export type TQueuePage = { rows: TQueueRow[]; nextCursor: string | null };

/** What an action returns to the client: the new state, and the audit row to undo. */
export type TActionOutcome = TCommentState & { id: number; version: number; auditId: number };

export type TBulkOutcome = {
  batchId: string;
  done: number;
  skippedHandled: number;
  skippedReviewing: number;
  doneIds: number[];
};

/** The state shown when a write was refused because someone else changed the comment first. */
export type TConflictState = TCommentState & {
  version: number;
  byName: string | null;
  at: string | null;
};

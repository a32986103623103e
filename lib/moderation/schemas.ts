// Strict zod schemas for moderation inputs (server side). The URL's tolerant schema is queue-params.ts.
import { z } from "zod";
import { COMMENT_STATUSES, FLAG_CATEGORIES } from "./types";
import { ZDbId } from "@/lib/validation/values";

export const ZCommentId = ZDbId;
export const ZVersion = ZDbId;
export const ZStatus = z.enum(COMMENT_STATUSES);
export const ZFlagCategory = z.enum(FLAG_CATEGORIES);
/** Empty means no reason; callers store `reason || null`. */
export const ZOptionalReason = z.string().trim().max(1000).optional();
export const ZRequiredReason = z.string().trim().min(1, "Give a reason.").max(1000);

/** Bulk actions touch at most this many comments at once, whether picked by id or by filter. */
export const BULK_CAP = 1000;

export const ZApproveComment = z.object({
  id: ZCommentId,
  version: ZVersion,
  reason: ZOptionalReason,
});
export const ZFlagComment = z.object({
  id: ZCommentId,
  version: ZVersion,
  category: ZFlagCategory,
  reason: ZOptionalReason,
});
export const ZHideComment = z.object({
  id: ZCommentId,
  version: ZVersion,
  reason: ZRequiredReason,
});
export const ZUnhideComment = z.object({
  id: ZCommentId,
  version: ZVersion,
  reason: ZRequiredReason,
});
export const ZUndoAction = z.object({ actionId: ZDbId });
export const ZUndoBatch = z.object({ batchId: z.string().uuid() });

export const ZAnnotateComment = z
  .object({
    commentId: ZCommentId,
    start: z.number().int().min(0).max(1_000_000),
    end: z.number().int().positive().max(1_000_000),
    label: z.string().trim().min(1, "Give the annotation a label.").max(80),
    note: ZOptionalReason,
  })
  .refine((a) => a.end > a.start, { message: "Select some text first.", path: ["end"] });

export const ZAddNote = z.object({
  commentId: ZCommentId,
  body: z.string().trim().min(1, "Write a note first.").max(4000),
});

export const ZDecideClaim = z.object({
  matchId: ZDbId,
  decision: z.enum(["CONFIRMED", "REJECTED"]),
  expected: z.enum(["SUGGESTED", "CONFIRMED", "REJECTED"]),
});

export const ZLease = z.object({ id: ZCommentId });

export const ZArticleVisibility = z.object({ articleId: ZDbId, reason: ZOptionalReason });

const ZBulkItems = z.object({
  kind: z.literal("ids"),
  items: z
    .array(z.object({ id: ZCommentId, status: ZStatus }))
    .min(1)
    .max(BULK_CAP, `At most ${BULK_CAP} comments at once.`),
});
const ZBulkFilter = z.object({
  kind: z.literal("filter"),
  /** The queue's URL params; resolved on the server, refused beyond BULK_CAP matches. */
  params: z.record(z.string(), z.string().max(400)).refine((r) => Object.keys(r).length <= 20),
});

export const ZBulkModerate = z
  .object({
    action: z.enum(["approve", "flag", "hide"]),
    category: ZFlagCategory.optional(),
    reason: ZOptionalReason,
    target: z.discriminatedUnion("kind", [ZBulkItems, ZBulkFilter]),
  })
  .refine((b) => b.action !== "flag" || b.category, {
    message: "Pick a category.",
    path: ["category"],
  })
  .refine((b) => b.action !== "hide" || b.reason, { message: "Give a reason.", path: ["reason"] });
export type TBulkModerateInput = z.infer<typeof ZBulkModerate>;

export const ZCountMatching = z.object({ params: ZBulkFilter.shape.params });

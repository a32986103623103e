// Strict zod schemas for author actions (server side).
import { z } from "zod";
import { BAN_ACTIONS, RESTRICT_ACTIONS } from "./types";
import { ZDbId } from "@/lib/validation/values";

export const ZAuthorId = ZDbId;
const ZReason = z.string().trim().min(1, "Give a reason.").max(1000);
/** Suspensions end at a date: an ISO date or date-time, at most ten years ahead. */
const ZUntil = z.iso.datetime({ offset: true }).or(z.iso.date()).optional();

export const ZRestrictAuthor = z
  .object({
    authorId: ZAuthorId,
    version: ZDbId,
    action: z.enum(RESTRICT_ACTIONS),
    until: ZUntil,
    reason: ZReason,
  })
  .refine((i) => i.action !== "suspend" || i.until, {
    message: "Pick the date the suspension ends.",
    path: ["until"],
  });

export const ZBanAuthor = z.object({
  authorId: ZAuthorId,
  version: ZDbId,
  action: z.enum(BAN_ACTIONS),
  reason: ZReason,
});

export const ZUndoAuthorAction = z.object({ actionId: ZDbId });

export const ZAddAuthorNote = z.object({
  authorId: ZAuthorId,
  body: z.string().trim().min(1, "Write a note first.").max(4000),
});

export const ZHideAuthorComments = z.object({ authorId: ZAuthorId, reason: ZReason });

export type TRestrictAuthorInput = z.infer<typeof ZRestrictAuthor>;
export type TBanAuthorInput = z.infer<typeof ZBanAuthor>;

// The queue's URL state: one tolerant schema shared by the page (server) and the client. A bad or
// stale value falls back to its default instead of failing the page.
import { z } from "zod";
import { COMMENT_STATUSES, type TCommentStatus } from "./types";
import { HARMS } from "@/lib/triage/types";
import { hasNul, ZDbIdText, ZIsoDay } from "@/lib/validation/values";

export const QUEUE_VIEWS = [
  "needs-review",
  "reported",
  "flagged",
  "hidden",
  "approved",
  "all",
] as const;
export type TQueueView = (typeof QUEUE_VIEWS)[number];

/** "reported" lists comments with open reader reports, whatever their status; "all" every status. */
export const VIEW_STATUS: Record<Exclude<TQueueView, "all" | "reported">, TCommentStatus> = {
  "needs-review": "PENDING",
  flagged: "FLAGGED",
  hidden: "HIDDEN",
  approved: "APPROVED",
};

export const VIEW_LABEL: Record<TQueueView, string> = {
  "needs-review": "Needs review",
  reported: "Reported",
  flagged: "Flagged",
  hidden: "Hidden",
  approved: "Approved",
  all: "All",
};

export const QUEUE_SORTS = [
  "priority",
  "newest",
  "oldest",
  "score-hate",
  "score-harassment",
  "score-threat",
  "score-profanity",
  "score-extremism",
  "score-misinformation",
] as const;
export type TQueueSort = (typeof QUEUE_SORTS)[number];

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const isoDay = ZIsoDay;
const positiveId = ZDbIdText;

export const ZQueueParams = z.object({
  view: z.enum(QUEUE_VIEWS).catch("needs-review"),
  article: optional(positiveId),
  author: optional(positiveId),
  harm: optional(z.enum(HARMS)),
  scoreHarm: optional(z.enum(HARMS)),
  minScore: optional(z.coerce.number().min(0).max(1)),
  /** Narrows the "all" and "reported" views to one status; ignored by the other views, which are a status already. */
  status: optional(z.enum(COMMENT_STATUSES)),
  dateField: z.enum(["created", "posted"]).catch("created"),
  from: optional(isoDay),
  to: optional(isoDay),
  claim: optional(z.literal("1")),
  q: optional(
    z
      .string()
      .trim()
      .min(1)
      .max(200)
      .refine((s) => !hasNul(s)),
  ),
  sort: z.enum(QUEUE_SORTS).catch("priority"),
  cursor: optional(z.string().max(300)),
});
export type TQueueParams = z.infer<typeof ZQueueParams>;

type TRawParams = URLSearchParams | Record<string, string | string[] | undefined>;

export function parseQueueParams(raw: TRawParams): TQueueParams {
  const flat: Record<string, string> = {};
  if (raw instanceof URLSearchParams) {
    for (const [key, value] of raw) if (!(key in flat)) flat[key] = value;
  } else {
    for (const [key, value] of Object.entries(raw)) {
      const first = Array.isArray(value) ? value[0] : value;
      if (first !== undefined && first !== "") flat[key] = first;
    }
  }
  for (const key of Object.keys(flat)) if (flat[key] === "") delete flat[key];
  return ZQueueParams.parse(flat);
}

const DEFAULTS: Partial<Record<keyof TQueueParams, string>> = {
  view: "needs-review",
  dateField: "created",
  sort: "priority",
};

/** Serializes params to a query string (no leading "?"), leaving out defaults and empty values. */
export function queueSearch(
  params: TQueueParams,
  overrides: Partial<Record<keyof TQueueParams, string | number | undefined>> = {},
): string {
  const out = new URLSearchParams();
  const merged: Record<string, unknown> = { ...params, ...overrides };
  for (const key of Object.keys(ZQueueParams.shape) as Array<keyof TQueueParams>) {
    const value = merged[key];
    if (value === undefined || value === null || value === "") continue;
    if (DEFAULTS[key] === String(value)) continue;
    out.set(key, String(value));
  }
  return out.toString();
}

export function queueHref(
  params: TQueueParams,
  overrides: Partial<Record<keyof TQueueParams, string | number | undefined>> = {},
): string {
  const search = queueSearch(params, overrides);
  return search ? `/queue?${search}` : "/queue";
}

/** The statuses a view covers, after the optional status narrowing of "all". */
export function statusesFor(
  params: Pick<TQueueParams, "view" | "status">,
): TCommentStatus[] | null {
  if (params.view !== "all" && params.view !== "reported") return [VIEW_STATUS[params.view]];
  return params.status ? [params.status] : null;
}

/** True when any filter narrows the list (used for the empty state's wording). */
export function hasFilters(p: TQueueParams): boolean {
  return Boolean(
    p.article ||
    p.author ||
    p.harm ||
    p.minScore !== undefined ||
    p.status ||
    p.from ||
    p.to ||
    p.claim ||
    p.q,
  );
}

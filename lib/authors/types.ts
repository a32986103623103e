// Plain data shapes of the author page, shared by server queries and client components.
import type { TCommentStatus, TFlagCategory, THarmScoreMap } from "@/lib/moderation/types";

export const AUTHOR_ACTIONS = [
  "premoderate",
  "unpremoderate",
  "suspend",
  "unsuspend",
  "ban",
  "unban",
  "trust",
  "untrust",
] as const;
export type TAuthorAction = (typeof AUTHOR_ACTIONS)[number];
/** Moderators pre-moderate and suspend; editors and admins also ban and trust. */
export const RESTRICT_ACTIONS = [
  "premoderate",
  "unpremoderate",
  "suspend",
  "unsuspend",
] as const satisfies readonly TAuthorAction[];
export const BAN_ACTIONS = [
  "ban",
  "unban",
  "trust",
  "untrust",
] as const satisfies readonly TAuthorAction[];

export const AUTHOR_AUDIT = {
  ...(Object.fromEntries(AUTHOR_ACTIONS.map((a) => [a, `author.${a}`])) as Record<
    TAuthorAction,
    string
  >),
  note: "author.note",
  undo: "author.undo",
} as const;

export const AUTHOR_ACTION_LABEL: Record<TAuthorAction, string> = {
  premoderate: "Pre-moderate",
  unpremoderate: "End pre-moderation",
  suspend: "Suspend",
  unsuspend: "Lift suspension",
  ban: "Ban",
  unban: "Lift ban",
  trust: "Trust",
  untrust: "Stop trusting",
};

export type TAuthorState = {
  premoderated: boolean;
  suspendedUntil: string | null;
  banned: boolean;
  trusted: boolean;
};

export type TAuthorStats = {
  total: number;
  flagged: number;
  hidden: number;
  engineFlagged: number;
  openReports: number;
  firstSeen: string | null;
  lastSeen: string | null;
};

export type TAuthorProfile = TAuthorState & {
  id: number;
  name: string;
  site: string;
  externalId: string | null;
  version: number;
  stats: TAuthorStats;
};

export type TAuthorCommentRow = {
  id: number;
  status: TCommentStatus;
  flagCategory: TFlagCategory | null;
  version: number;
  priority: number;
  scores: THarmScoreMap;
  flaggedHarms: string[];
  excerpt: string;
  articleId: number;
  articleTitle: string;
  createdAt: string;
  postedAt: string | null;
  heldReason: string | null;
  openReports: number;
};

export type TAuthorHistoryRow = {
  id: number;
  action: string;
  actor: string | null;
  reason: string | null;
  at: string;
  undone: boolean;
  undoable: boolean;
};
export type TAuthorNote = { id: number; body: string; by: string | null; at: string };

export type TAuthorOutcome = TAuthorState & { authorId: number; version: number; auditId: number };

/** Whether the author is suspended at `now`. */
export function isSuspended(
  state: Pick<TAuthorState, "suspendedUntil">,
  now = Date.now(),
): boolean {
  return state.suspendedUntil != null && Date.parse(state.suspendedUntil) > now;
}

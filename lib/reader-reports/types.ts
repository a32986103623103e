// Reader reports: the reasons a reader may give, and the shapes the review page and Reports read.
export const REPORT_REASONS = [
  "hate",
  "harassment",
  "threat",
  "spam",
  "misinformation",
  "other",
] as const;
export type TReportReason = (typeof REPORT_REASONS)[number];

export const REPORT_REASON_LABEL: Record<TReportReason, string> = {
  hate: "Hate",
  harassment: "Harassment",
  threat: "Threat",
  spam: "Spam",
  misinformation: "Misinformation",
  other: "Other",
};

export const REPORT_STATUSES = ["OPEN", "UPHELD", "DISMISSED"] as const;
export type TReportStatus = (typeof REPORT_STATUSES)[number];

/** Each open report adds this much to a comment's priority, for at most MAX_BOOSTED_REPORTS reports (priority stays ≤ 100). */
export const REPORT_PRIORITY_STEP = 10;
export const MAX_BOOSTED_REPORTS = 3;

export type TCommentReport = {
  id: number;
  reason: TReportReason;
  note: string | null;
  status: TReportStatus;
  at: string;
};
export type TCommentReports = { open: number; reports: TCommentReport[] };
/** Open reports of a queue row: how many, and the distinct reasons. */
export type TRowReports = { count: number; reasons: TReportReason[] };

export type TReportStats = {
  perDay: Array<{ day: string; reports: number }>;
  byReason: Array<{ reason: TReportReason; reports: number }>;
  total: number;
  open: number;
  upheld: number;
  dismissed: number;
  /** upheld / (upheld + dismissed); null before any decision. */
  upheldShare: number | null;
};

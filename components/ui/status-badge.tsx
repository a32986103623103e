// A comment's moderation status as a labelled badge.
import {
  CATEGORY_LABEL,
  STATUS_LABEL,
  type TCommentStatus,
  type TFlagCategory,
} from "@/lib/moderation/types";

const STYLE: Record<TCommentStatus, string> = {
  PENDING: "bg-amber-100 text-amber-900 border-amber-300",
  APPROVED: "bg-green-100 text-green-900 border-green-300",
  FLAGGED: "bg-red-100 text-red-900 border-red-300",
  HIDDEN: "bg-slate-200 text-slate-900 border-slate-400",
};

export function StatusBadge({
  status,
  category,
}: {
  status: TCommentStatus;
  category?: TFlagCategory | null;
}) {
  return (
    <span
      className={`inline-block whitespace-nowrap rounded border px-1.5 py-0.5 text-xs font-semibold ${STYLE[status]}`}
      data-testid="status-badge"
    >
      {STATUS_LABEL[status]}
      {status === "FLAGGED" && category ? `: ${CATEGORY_LABEL[category]}` : ""}
    </span>
  );
}

// Counts by status, each linking to the queue scoped to that article and view.
import Link from "next/link";
import type { TStatusCounts } from "@/lib/moderation/article-types";

const VIEWS = [
  ["PENDING", "needs-review", "Needs review"],
  ["FLAGGED", "flagged", "Flagged"],
  ["HIDDEN", "hidden", "Hidden"],
  ["APPROVED", "approved", "Approved"],
] as const;

export function StatusCounts({
  articleId,
  counts,
  compact = false,
}: {
  articleId: number;
  counts: TStatusCounts;
  compact?: boolean;
}) {
  return (
    <dl className={`grid grid-cols-4 gap-1 text-center ${compact ? "text-xs" : "text-sm"}`}>
      {VIEWS.map(([status, view, label]) => (
        <div key={status} className="rounded bg-slate-50 px-1 py-0.5">
          <dt className="text-slate-700">{label}</dt>
          <dd className={`${compact ? "text-sm" : "text-xl"} font-semibold tabular-nums`}>
            <Link
              href={`/queue?view=${view}&article=${articleId}`}
              className="hover:underline"
              aria-label={`${counts[status]} ${label.toLowerCase()}: open in the queue`}
            >
              {counts[status]}
            </Link>
          </dd>
        </div>
      ))}
    </dl>
  );
}

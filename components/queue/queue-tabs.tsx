"use client";
// The queue's views with their counts (kept current by live events); each is a link that keeps the
// other filters.
import Link from "next/link";
import {
  QUEUE_VIEWS,
  VIEW_LABEL,
  queueHref,
  queueSearch,
  type TQueueParams,
  type TQueueView,
} from "@/lib/moderation/queue-params";
import { useLiveCounts } from "./live-counts";
import type { TViewCounts } from "@/lib/moderation/types";

const COUNT_KEY: Record<TQueueView, keyof Omit<TViewCounts, "capped" | "atLeast">> = {
  "needs-review": "needsReview",
  reported: "reported",
  flagged: "flagged",
  hidden: "hidden",
  approved: "approved",
  all: "all",
};

/** "10,000+" past the cap; "at least" counts (a text search matching too much to count) read "612+". */
export function formatCount(n: number, capped: boolean, cap = 10_000, atLeast = false): string {
  if (atLeast) return `${n.toLocaleString("en-US")}+`;
  return capped && n >= cap ? `${cap.toLocaleString("en-US")}+` : n.toLocaleString("en-US");
}

export function QueueTabs({
  params,
  counts: initial,
}: {
  params: TQueueParams;
  counts: TViewCounts;
}) {
  const counts = useLiveCounts(initial, queueSearch({ ...params, cursor: undefined }));
  return (
    <nav aria-label="Queue views" className="mb-3 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-1">
        {QUEUE_VIEWS.map((view) => {
          const current = params.view === view;
          const n = counts[COUNT_KEY[view]];
          return (
            <li key={view}>
              <Link
                href={queueHref(params, {
                  view,
                  cursor: undefined,
                  status: view === "all" ? params.status : undefined,
                })}
                aria-current={current ? "page" : undefined}
                className={`inline-flex items-center gap-2 border-b-2 px-3 py-2 text-sm font-medium ${current ? "border-slate-900 text-slate-900" : "border-transparent text-slate-700 hover:border-slate-300"}`}
              >
                {VIEW_LABEL[view]}
                <span
                  className="rounded-full bg-slate-100 px-2 text-xs tabular-nums text-slate-800"
                  data-testid={`count-${view}`}
                  title={
                    counts.atLeast
                      ? "At least this many: the search matches more comments than the tabs count"
                      : undefined
                  }
                >
                  {formatCount(n, counts.capped, undefined, counts.atLeast)}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

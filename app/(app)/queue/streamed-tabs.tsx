// The queue's view tabs, streamed: the rows render without waiting for the counts; until the
// counts arrive the tabs show as plain links (same layout, no numbers).
import Link from "next/link";
import { getViewCounts, COUNTS_MAX_AGE_MS } from "@/lib/moderation/queries";
import {
  QUEUE_VIEWS,
  VIEW_LABEL,
  queueHref,
  type TQueueParams,
} from "@/lib/moderation/queue-params";
import { QueueTabs } from "@/components/queue/queue-tabs";

export async function StreamedQueueTabs({ params }: { params: TQueueParams }) {
  return <QueueTabs params={params} counts={await getViewCounts(params, COUNTS_MAX_AGE_MS)} />;
}

export function PendingQueueTabs({ params }: { params: TQueueParams }) {
  return (
    <nav aria-label="Queue views" aria-busy="true" className="mb-3 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-1">
        {QUEUE_VIEWS.map((view) => (
          <li key={view}>
            <Link
              href={queueHref(params, {
                view,
                cursor: undefined,
                status: view === "all" ? params.status : undefined,
              })}
              aria-current={params.view === view ? "page" : undefined}
              className={`inline-flex items-center gap-2 border-b-2 px-3 py-2 text-sm font-medium ${params.view === view ? "border-slate-900 text-slate-900" : "border-transparent text-slate-700"}`}
            >
              {VIEW_LABEL[view]}
              <span
                className="h-4 w-8 animate-pulse rounded-full bg-slate-100"
                aria-hidden="true"
              />
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

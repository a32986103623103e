"use client";
// The queue's rows: selection checkbox, status (and who is reviewing it), top harms, the excerpt
// linking to the review page, author / article (each a filter link) and time.
import Link from "next/link";
import { queueHref, queueSearch, type TQueueParams } from "@/lib/moderation/queue-params";
import type { TQueueRow } from "@/lib/moderation/types";
import { formatTime } from "@/components/ui/format-time";
import { HarmChips } from "@/components/ui/harm-chips";
import { StatusBadge } from "@/components/ui/status-badge";
import { ReportsChip } from "@/components/reader-reports/reports-chip";

type TProps = {
  rows: TQueueRow[];
  params: TQueueParams;
  me: string;
  active: number;
  selected: Set<number>;
  onToggle: (id: number) => void;
  onToggleAll: () => void;
  onFocusRow: (index: number) => void;
};

export function reviewHref(id: number, params: TQueueParams): string {
  const queue = queueSearch({ ...params, cursor: undefined });
  return queue ? `/comments/${id}?queue=${encodeURIComponent(queue)}` : `/comments/${id}`;
}

export function QueueTable({ rows, params, me, active, selected, onToggle, onToggleAll, onFocusRow }: TProps) {
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  return (
    <table className="w-full table-fixed border-collapse bg-white text-sm" aria-label="Comments to review" data-testid="queue-table">
      <thead className="bg-slate-100 text-left text-xs uppercase tracking-wide text-slate-700">
        <tr>
          <th scope="col" className="w-10 px-2 py-2">
            <input type="checkbox" checked={allSelected} onChange={onToggleAll} aria-label="Select all comments on this page" />
          </th>
          <th scope="col" className="w-36 px-2 py-2">Status</th>
          <th scope="col" className="w-52 px-2 py-2">Harms</th>
          <th scope="col" className="px-2 py-2">Comment</th>
          <th scope="col" className="w-16 px-2 py-2 text-right">Priority</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => {
          const leasedByOther = row.lease && row.lease.byId !== me;
          const isActive = index === active;
          return (
            <tr
              key={row.id}
              data-testid="queue-row"
              data-comment-id={row.id}
              data-active={isActive || undefined}
              className={`border-t border-slate-200 align-top ${selected.has(row.id) ? "bg-blue-50" : ""} ${isActive ? "outline outline-2 -outline-offset-2 outline-blue-600" : ""}`}
            >
              <td className="px-2 py-2">
                <input
                  type="checkbox"
                  checked={selected.has(row.id)}
                  onChange={() => onToggle(row.id)}
                  aria-label={`Select comment ${row.id}${row.authorName ? ` by ${row.authorName}` : ""}`}
                />
              </td>
              <td className="px-2 py-2">
                <StatusBadge status={row.status} category={row.flagCategory} />
                {row.reports ? <ReportsChip reports={row.reports} /> : null}
                {leasedByOther ? <p className="mt-1 text-xs font-medium text-purple-900" data-testid="lease-badge">Being reviewed by {row.lease!.byName}</p> : null}
                {row.hasClaimMatch ? <p className="mt-1 text-xs text-blue-900">Fact-check match</p> : null}
              </td>
              <td className="px-2 py-2">
                <HarmChips scores={row.scores} flagged={row.flaggedHarms} />
              </td>
              <td className="px-2 py-2">
                <Link
                  id={`row-link-${row.id}`}
                  href={reviewHref(row.id, params)}
                  onFocus={() => onFocusRow(index)}
                  className="line-clamp-2 text-slate-900 hover:underline"
                >
                  {row.excerpt || "(empty comment)"}
                </Link>
                <p className="mt-1 truncate text-xs text-slate-700">
                  {row.authorId ? (
                    <>
                      <Link href={queueHref(params, { author: row.authorId, cursor: undefined })} className="font-medium hover:underline">{row.authorName}</Link>{" "}
                      <Link href={`/authors/${row.authorId}`} className="underline" aria-label={`Author page: ${row.authorName ?? "unknown"}`} data-testid="row-author-page">(author)</Link>
                    </>
                  ) : (
                    <span>Unknown author</span>
                  )}
                  {" · "}
                  <Link href={queueHref(params, { article: row.articleId, cursor: undefined })} className="hover:underline">{row.articleTitle}</Link>
                  {" · "}
                  <time dateTime={row.postedAt ?? row.createdAt}>{formatTime(row.postedAt ?? row.createdAt)}</time>
                </p>
              </td>
              <td className="px-2 py-2 text-right tabular-nums">{row.priority.toFixed(0)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

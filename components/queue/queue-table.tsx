"use client";
// The queue's rows: selection checkbox, status (and who is reviewing it), top harms, the excerpt
// linking to the review page, author / article (each a filter link), time, and inline approve /
// flag / hide for mouse users. Compact density keeps each row to one line.
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
  compact?: boolean;
  busy?: boolean;
  onRowDecision?: (index: number, kind: "approve" | "flag" | "hide") => void;
};

const inline = "rounded border px-1.5 py-0.5 text-xs font-medium disabled:opacity-50";

export function reviewHref(id: number, params: TQueueParams): string {
  const queue = queueSearch({ ...params, cursor: undefined });
  return queue ? `/comments/${id}?queue=${encodeURIComponent(queue)}` : `/comments/${id}`;
}

export function QueueTable({
  rows,
  params,
  me,
  active,
  selected,
  onToggle,
  onToggleAll,
  onFocusRow,
  compact = false,
  busy = false,
  onRowDecision,
}: TProps) {
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const cell = compact ? "px-2 py-0.5" : "px-2 py-2";
  return (
    <table
      className={`w-full table-fixed border-collapse bg-white ${compact ? "text-xs" : "text-sm"}`}
      aria-label="Comments to review"
      data-testid="queue-table"
      data-density={compact ? "compact" : "comfortable"}
    >
      <thead className="bg-slate-100 text-left text-xs uppercase tracking-wide text-slate-700">
        <tr>
          <th scope="col" className="w-10 px-2 py-2">
            <input
              type="checkbox"
              checked={allSelected}
              onChange={onToggleAll}
              aria-label="Select all comments on this page"
            />
          </th>
          <th scope="col" className="w-36 px-2 py-2">
            Status
          </th>
          <th scope="col" className="w-52 px-2 py-2">
            Harms
          </th>
          <th scope="col" className="px-2 py-2">
            Comment
          </th>
          <th scope="col" className="w-16 px-2 py-2 text-right">
            Priority
          </th>
          <th scope="col" className="w-44 px-2 py-2">
            Decide
          </th>
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
              className={`border-t border-slate-200 ${compact ? "align-middle" : "align-top"} ${selected.has(row.id) ? "bg-blue-50" : ""} ${isActive ? "outline outline-2 -outline-offset-2 outline-blue-600" : ""}`}
            >
              <td className={cell}>
                <input
                  type="checkbox"
                  checked={selected.has(row.id)}
                  onChange={() => onToggle(row.id)}
                  aria-label={`Select comment ${row.id}${row.authorName ? ` by ${row.authorName}` : ""}`}
                />
              </td>
              <td className={cell}>
                <StatusBadge status={row.status} category={row.flagCategory} />
                {row.reports ? <ReportsChip reports={row.reports} /> : null}
                {row.heldReason ? (
                  <p
                    className="mt-1 text-xs font-medium text-amber-900"
                    data-testid="held-chip"
                    title={`Not public until approved: ${row.heldReason}`}
                  >
                    Held: {row.heldReason}
                  </p>
                ) : null}
                {leasedByOther ? (
                  <p
                    className={`${compact ? "truncate" : "mt-1"} text-xs font-medium text-purple-900`}
                    data-testid="lease-badge"
                  >
                    Being reviewed by {row.lease!.byName}
                  </p>
                ) : null}
                {row.hasClaimMatch && !compact ? (
                  <p className="mt-1 text-xs text-blue-900">Fact-check match</p>
                ) : null}
                {row.articleHidden ? (
                  <p
                    className={`${compact ? "truncate" : "mt-1"} text-xs font-medium text-slate-700`}
                    data-testid="article-hidden"
                    title="The article is hidden: none of its comments are public"
                  >
                    Article hidden
                  </p>
                ) : null}
              </td>
              <td className={cell}>
                <HarmChips scores={row.scores} flagged={row.flaggedHarms} compact={compact} />
              </td>
              <td className={cell}>
                <Link
                  id={`row-link-${row.id}`}
                  href={reviewHref(row.id, params)}
                  onFocus={() => onFocusRow(index)}
                  className={`${compact ? "block truncate" : "line-clamp-2"} text-slate-900 hover:underline`}
                >
                  {row.excerpt || "(empty comment)"}
                </Link>
                <p className={`${compact ? "sr-only" : "mt-1 truncate"} text-xs text-slate-700`}>
                  {row.authorId ? (
                    <>
                      <Link
                        href={queueHref(params, { author: row.authorId, cursor: undefined })}
                        className="font-medium hover:underline"
                      >
                        {row.authorName}
                      </Link>{" "}
                      <Link
                        href={`/authors/${row.authorId}`}
                        className="underline"
                        aria-label={`Author page: ${row.authorName ?? "unknown"}`}
                        data-testid="row-author-page"
                      >
                        (author)
                      </Link>
                    </>
                  ) : (
                    <span>Unknown author</span>
                  )}
                  {" · "}
                  <Link
                    href={queueHref(params, { article: row.articleId, cursor: undefined })}
                    className="hover:underline"
                  >
                    {row.articleTitle}
                  </Link>
                  {" · "}
                  <time dateTime={row.postedAt ?? row.createdAt}>
                    {formatTime(row.postedAt ?? row.createdAt)}
                  </time>
                </p>
              </td>
              <td className={`${cell} text-right tabular-nums`}>{row.priority.toFixed(0)}</td>
              <td className={cell}>
                <span className="flex gap-1" data-testid="row-actions">
                  {row.status === "HIDDEN" ? (
                    <button
                      type="button"
                      disabled={busy}
                      className={`${inline} border-slate-400 text-slate-900`}
                      onClick={() => onRowDecision?.(index, "approve")}
                      aria-label={`Unhide comment ${row.id}…`}
                    >
                      Unhide…
                    </button>
                  ) : (
                    <button
                      type="button"
                      disabled={busy || row.status === "APPROVED"}
                      className={`${inline} border-green-800 text-green-900`}
                      onClick={() => onRowDecision?.(index, "approve")}
                      aria-label={`Approve comment ${row.id}`}
                    >
                      Approve
                    </button>
                  )}
                  <button
                    type="button"
                    disabled={busy}
                    className={`${inline} border-red-800 text-red-900`}
                    onClick={() => onRowDecision?.(index, "flag")}
                    aria-label={`Flag comment ${row.id}…`}
                  >
                    Flag…
                  </button>
                  {row.status === "HIDDEN" ? null : (
                    <button
                      type="button"
                      disabled={busy}
                      className={`${inline} border-slate-700 text-slate-900`}
                      onClick={() => onRowDecision?.(index, "hide")}
                      aria-label={`Hide comment ${row.id}…`}
                    >
                      Hide…
                    </button>
                  )}
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

"use client";
// The bar shown while comments are selected: the count, "select all N matching this filter"
// (counted on the server first), and the batch actions.
import { useState } from "react";
import { queueSearch, type TQueueParams } from "@/lib/moderation/queue-params";

export type TBulkScope = { kind: "ids" | "filter"; count: number };

type TProps = {
  scope: TBulkScope | null;
  pageCount: number;
  allOnPageSelected: boolean;
  params: TQueueParams;
  onSelectAllMatching: (count: number) => void;
  onClear: () => void;
  onDecide: (kind: "approve" | "flag" | "hide") => void;
  onMessage: (message: string) => void;
};

export function BulkBar({
  scope,
  allOnPageSelected,
  params,
  onSelectAllMatching,
  onClear,
  onDecide,
  onMessage,
}: TProps) {
  const [counting, setCounting] = useState(false);
  if (!scope) return null;
  const selectAll = async () => {
    setCounting(true);
    try {
      const response = await fetch(
        `/api/queue/count?${queueSearch({ ...params, cursor: undefined })}`,
      ).catch(() => null);
      if (!response?.ok) return onMessage("Could not count the matching comments. Try again.");
      const { count, over, cap } = (await response.json()) as {
        count: number;
        over: boolean;
        cap: number;
      };
      if (over)
        return onMessage(
          `More than ${cap.toLocaleString("en-US")} comments match. Narrow the filter to act on all of them at once.`,
        );
      onSelectAllMatching(count);
    } finally {
      setCounting(false);
    }
  };
  return (
    <div
      role="region"
      aria-label="Bulk actions"
      className="sticky top-0 z-10 mb-2 flex flex-wrap items-center gap-2 rounded border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
      data-testid="bulk-bar"
    >
      <span className="font-medium" data-testid="bulk-count">
        {scope.kind === "filter"
          ? `All ${scope.count} matching this filter selected`
          : `${scope.count} selected`}
      </span>
      {scope.kind === "ids" && allOnPageSelected ? (
        <button
          type="button"
          onClick={selectAll}
          disabled={counting}
          className="underline disabled:opacity-60"
        >
          {counting ? "Counting…" : "Select all matching this filter"}
        </button>
      ) : null}
      <span className="ml-auto flex gap-2">
        <button
          type="button"
          onClick={() => onDecide("approve")}
          className="rounded bg-green-800 px-3 py-1 font-medium text-white"
        >
          Approve {scope.count}
        </button>
        <button
          type="button"
          onClick={() => onDecide("flag")}
          className="rounded bg-red-800 px-3 py-1 font-medium text-white"
        >
          Flag {scope.count}…
        </button>
        <button
          type="button"
          onClick={() => onDecide("hide")}
          className="rounded bg-slate-800 px-3 py-1 font-medium text-white"
        >
          Hide {scope.count}…
        </button>
        <button
          type="button"
          onClick={onClear}
          className="rounded border border-slate-300 px-3 py-1"
        >
          Clear selection
        </button>
      </span>
    </div>
  );
}

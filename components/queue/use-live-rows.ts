"use client";
// The queue's rows and selection as they live on the page: reset when the server sends new rows,
// updated by the live feed (rows others handled leave the view, selected ones count as skipped).
import { useCallback, useMemo, useState } from "react";
import { queueSearch, statusesFor, type TQueueParams } from "@/lib/moderation/queue-params";
import type { TQueueRow } from "@/lib/moderation/types";
import { useQueueEvents, type TChangedRow } from "./use-queue-events";
import { requestCountsRefresh } from "./live-counts";

export function useLiveRows(initialRows: TQueueRow[], params: TQueueParams) {
  const [rows, setRows] = useState(initialRows);
  // New rows from the server replace the live ones during render, not in an effect afterwards.
  const [shownRows, setShownRows] = useState(initialRows);
  if (shownRows !== initialRows) {
    setShownRows(initialRows);
    setRows(initialRows);
  }
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [allMatching, setAllMatching] = useState<number | null>(null);
  const [newCount, setNewCount] = useState(0);
  const [announcement, setAnnouncement] = useState("");
  // Selected rows that someone else decided while they were selected: reported as skipped.
  const [leftLive, setLeftLive] = useState(0);
  const statuses = useMemo(() => statusesFor(params), [params]);

  const removeRows = useCallback((ids: number[]) => {
    const gone = new Set(ids);
    setRows((current) => current.filter((r) => !gone.has(r.id)));
    setSelected((current) => new Set([...current].filter((id) => !gone.has(id))));
  }, []);
  const clearSelection = () => {
    setSelected(new Set());
    setAllMatching(null);
    setLeftLive(0);
  };
  const toggle = (id: number) => {
    setAllMatching(null);
    setLeftLive(0);
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  };
  const toggleAll = () => {
    setAllMatching(null);
    setLeftLive(0);
    setSelected((current) =>
      rows.every((r) => current.has(r.id)) ? new Set() : new Set(rows.map((r) => r.id)),
    );
  };

  useQueueEvents({
    onInserted: (count) => {
      setNewCount((n) => n + count);
      requestCountsRefresh(queueSearch({ ...params, cursor: undefined }));
    },
    onReconnected: () => requestCountsRefresh(queueSearch({ ...params, cursor: undefined })),
    onChanged: (changed: TChangedRow[]) => {
      requestCountsRefresh(queueSearch({ ...params, cursor: undefined }));
      const byId = new Map(changed.map((c) => [c.id, c]));
      const gone = rows
        .filter(
          (row) => byId.has(row.id) && statuses && !statuses.includes(byId.get(row.id)!.status),
        )
        .map((r) => r.id);
      setRows((current) =>
        current.flatMap((row) => {
          const c = byId.get(row.id);
          if (!c) return [row];
          if (gone.includes(row.id)) return [];
          return [
            {
              ...row,
              status: c.status,
              flagCategory: c.flagCategory,
              version: c.version,
              lease: c.lease,
            },
          ];
        }),
      );
      if (gone.length === 0) return;
      // The bulk bar, its dialog and the final toast count only what is still selectable.
      const goneSelected = gone.filter((id) => selected.has(id)).length;
      if (goneSelected) {
        setSelected((current) => new Set([...current].filter((id) => !gone.includes(id))));
        setLeftLive((n) => n + goneSelected);
      }
      if (allMatching !== null)
        setAllMatching((n) => (n === null ? n : Math.max(0, n - gone.length)));
      setAnnouncement(
        `${gone.length} comment${gone.length === 1 ? " was" : "s were"} handled by someone else and left this view.`,
      );
    },
  });

  return {
    rows,
    selected,
    allMatching,
    setAllMatching,
    leftLive,
    newCount,
    setNewCount,
    announcement,
    removeRows,
    clearSelection,
    toggle,
    toggleAll,
  };
}

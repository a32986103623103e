"use client";
// The queue list where moderators spend their day: keyboard moves and decides (j k Enter a f h x u
// / ?), selection and bulk actions, live "N new" and removal of rows others handled.
import { useRouter } from "next/navigation";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { queueSearch, type TQueueParams } from "@/lib/moderation/queue-params";
import type { TQueueRow } from "@/lib/moderation/types";
import { ActionToast, useToast } from "@/components/ui/action-toast";
import { BulkBar, type TBulkScope } from "./bulk-bar";
import { FlagDialog, ReasonDialog } from "@/components/ui/decision-dialogs";
import { QueueTable, reviewHref } from "./queue-table";
import { ShortcutsDialog } from "@/components/ui/shortcuts-dialog";
import {
  useQueueActions,
  type TBulkDecision,
  type TBulkTarget,
  type TDecision,
} from "./use-queue-actions";
import { useLiveRows } from "./use-live-rows";
import { shortcuts, useShortcuts } from "@/components/ui/use-shortcuts";
import { DensityToggle } from "./density-toggle";

type TProps = {
  rows: TQueueRow[];
  params: TQueueParams;
  me: string;
  empty: React.ReactNode;
  compact?: boolean;
};
type TDialog = null | { kind: "flag" | "hide" | "approve" | "unhide"; scope: "row" | "bulk" };

export function QueueWorkspace({
  rows: initialRows,
  params,
  me,
  empty,
  compact: initialCompact = false,
}: TProps) {
  const router = useRouter();
  const {
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
  } = useLiveRows(initialRows, params);
  // The highlighted row, kept on the page when rows leave it (derived, not synced by an effect).
  const [activeIndex, setActive] = useState(0);
  const active = Math.min(activeIndex, Math.max(rows.length - 1, 0));
  const [dialog, setDialog] = useState<TDialog>(null);
  const [help, setHelp] = useState(false);
  const [compact, setCompact] = useState(initialCompact);
  const { toast, show, dismiss } = useToast();
  const { decideRow, decideBatch, busy } = useQueueActions({ show, removeRows });

  // Found in the DOM rather than in `rows`, so it also works right after rows were removed.
  const focusRow = (index: number) => {
    const rowEls = document.querySelectorAll<HTMLElement>("[data-testid=queue-row]");
    const el = rowEls[Math.max(0, Math.min(index, rowEls.length - 1))];
    if (!el) return;
    setActive(Math.max(0, Math.min(index, rowEls.length - 1)));
    el.querySelector<HTMLElement>("a[id^=row-link-]")?.focus();
    el.scrollIntoView({ block: "nearest" });
  };
  // After a decision the next row moves up into the decided row's place: keep the keyboard there
  // once the rows have re-rendered (a request counted in state, consumed by the effect below).
  const [refocusRequests, setRefocusRequests] = useState(0);
  const refocusPending = useRef(false);
  const requestRefocus = () => {
    refocusPending.current = true;
    setRefocusRequests((n) => n + 1);
  };
  const refocusActive = useEffectEvent(() => focusRow(active));
  useEffect(() => {
    if (!refocusPending.current) return;
    refocusPending.current = false;
    refocusActive();
  }, [refocusRequests, rows]);
  const activeRow = rows[active];
  const rowHasFocus = () => !!document.activeElement?.closest?.("[data-testid=queue-row]");
  const bulkScope: TBulkScope | null =
    allMatching !== null
      ? { kind: "filter", count: allMatching }
      : selected.size
        ? { kind: "ids", count: selected.size }
        : null;

  const bulkTarget = (): TBulkTarget =>
    allMatching !== null
      ? {
          kind: "filter",
          params: Object.fromEntries(
            new URLSearchParams(queueSearch({ ...params, cursor: undefined })),
          ),
        }
      : {
          kind: "ids",
          items: rows
            .filter((r) => selected.has(r.id))
            .map((r) => ({ id: r.id, status: r.status })),
        };

  const decide = async (decision: TDecision, scope: "row" | "bulk") => {
    setDialog(null);
    if (scope === "bulk") {
      if (
        decision.kind !== "unhide" &&
        (await decideBatch(bulkTarget(), decision as TBulkDecision, leftLive))
      )
        clearSelection();
    } else if (activeRow) {
      await decideRow(activeRow, decision);
    }
    requestRefocus();
  };
  const startDecision = (kind: "approve" | "flag" | "hide", index = active) => {
    const scope = bulkScope && index === active ? "bulk" : "row";
    const row = rows[index];
    if (scope === "row" && !row) return;
    if (index !== active) setActive(index);
    // Approving (or "hiding") a hidden comment is an unhide, which asks for its reason.
    if (scope === "row" && row.status === "HIDDEN" && kind !== "flag")
      return setDialog({ kind: "unhide", scope });
    if (scope === "row" && row.status === "APPROVED" && kind === "approve")
      return show({ message: `Comment #${row.id} is already approved.` });
    if (kind === "approve" && scope === "row")
      void decideRow(row, { kind: "approve" }).then(requestRefocus);
    else setDialog({ kind, scope });
  };

  useShortcuts({
    // The first "j" lands on the highlighted row itself; after that it moves down.
    j: () => focusRow(rowHasFocus() ? Math.min(active + 1, rows.length - 1) : active),
    k: () => focusRow(Math.max(active - 1, 0)),
    Enter: (e) => {
      if ((e.target as HTMLElement).closest?.("a,button,input")) return false;
      if (!activeRow) return;
      shortcuts.hold(); // keys pressed while the review page loads are meant for it
      router.push(reviewHref(activeRow.id, params));
    },
    x: () => activeRow && toggle(activeRow.id),
    a: () => startDecision("approve"),
    f: () => startDecision("flag"),
    h: () => startDecision("hide"),
    u: () => void toast?.undo?.(),
    "/": () => document.getElementById("queue-search")?.focus(),
    "?": () => setHelp(true),
  });

  const count = dialog?.scope === "bulk" ? (bulkScope?.count ?? 0) : 1;
  const noun = `${count} comment${count === 1 ? "" : "s"}`;
  return (
    <div data-shortcuts="queue">
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      {newCount > 0 ? (
        <div
          className="mb-2 flex items-center gap-3 rounded border border-blue-300 bg-blue-50 px-3 py-2 text-sm"
          data-testid="new-banner"
        >
          <span>
            {newCount} new comment{newCount === 1 ? "" : "s"}
          </span>
          <button
            type="button"
            className="rounded bg-blue-800 px-2 py-0.5 font-medium text-white"
            onClick={() => {
              setNewCount(0);
              if (params.cursor)
                router.push(`/queue?${queueSearch({ ...params, cursor: undefined })}`);
              else router.refresh();
            }}
          >
            Show
          </button>
        </div>
      ) : null}
      <div className="mb-1 flex justify-end">
        <DensityToggle compact={compact} onChange={setCompact} />
      </div>
      <BulkBar
        scope={bulkScope}
        pageCount={rows.length}
        allOnPageSelected={rows.length > 0 && rows.every((r) => selected.has(r.id))}
        params={params}
        onSelectAllMatching={setAllMatching}
        onClear={clearSelection}
        onDecide={(kind) => setDialog({ kind, scope: "bulk" })}
        onMessage={(message) => show({ message, tone: "error" })}
      />
      {rows.length === 0 ? (
        empty
      ) : (
        <QueueTable
          rows={rows}
          params={params}
          me={me}
          active={active}
          selected={selected}
          onToggle={toggle}
          compact={compact}
          busy={busy}
          onRowDecision={(index, kind) => startDecision(kind, index)}
          onToggleAll={toggleAll}
          onFocusRow={setActive}
        />
      )}
      <p className="mt-2 text-xs text-slate-600">
        Keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>Enter</kbd> open, <kbd>a</kbd> approve,{" "}
        <kbd>f</kbd> flag, <kbd>h</kbd> hide, <kbd>x</kbd> select, <kbd>u</kbd> undo,{" "}
        <button type="button" className="underline" onClick={() => setHelp(true)}>
          ? all shortcuts
        </button>
      </p>
      <FlagDialog
        open={dialog?.kind === "flag"}
        title={`Flag ${noun}`}
        onClose={() => setDialog(null)}
        onSubmit={(category, reason) =>
          void decide({ kind: "flag", category, reason }, dialog!.scope)
        }
      />
      <ReasonDialog
        open={dialog?.kind === "hide"}
        title={`Hide ${noun}`}
        action="Hide"
        onClose={() => setDialog(null)}
        onSubmit={(reason) => void decide({ kind: "hide", reason }, dialog!.scope)}
      />
      <ReasonDialog
        open={dialog?.kind === "unhide"}
        title={`Unhide ${noun}`}
        action="Unhide"
        onClose={() => setDialog(null)}
        onSubmit={(reason) => void decide({ kind: "unhide", reason }, "row")}
      />
      <ReasonDialog
        open={dialog?.kind === "approve"}
        title={`Approve ${noun}?`}
        action="Approve"
        required={false}
        onClose={() => setDialog(null)}
        onSubmit={() => void decide({ kind: "approve" }, dialog!.scope)}
      />
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
      <ActionToast toast={toast} onDismiss={dismiss} />
    </div>
  );
}

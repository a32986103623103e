"use client";
// The actions on an author, each with a reason and an undo: pre-moderate, suspend until a date,
// ban, trust (and lift each), and hide all of the author's comments as one batch.
import { useState } from "react";
import {
  banAuthorAction,
  hideAuthorCommentsAction,
  restrictAuthorAction,
  undoAuthorActionAction,
} from "@/lib/authors/actions/author-actions";
import { undoBatchAction } from "@/lib/moderation/actions/undo-batch";
import {
  AUTHOR_ACTION_LABEL,
  BAN_ACTIONS,
  type TAuthorAction,
  type TAuthorOutcome,
  type TAuthorState,
} from "@/lib/authors/types";
import type { TBulkOutcome } from "@/lib/moderation/types";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { useAuthorRun } from "./use-author-run";

type TProps = {
  authorId: number;
  version: number;
  state: TAuthorState & { suspended: boolean };
  visibleComments: number;
  canRestrict: boolean;
  canBan: boolean;
  canHide: boolean;
};
type TPending = { kind: "state"; action: TAuthorAction } | { kind: "hide-all" };

const DONE: Record<TAuthorAction, string> = {
  premoderate: "Pre-moderation on: new comments wait for a person.",
  unpremoderate: "Pre-moderation ended.",
  suspend: "Suspended: new comments are hidden until the date.",
  unsuspend: "Suspension lifted.",
  ban: "Banned: new comments are hidden and none of theirs reach the public.",
  unban: "Ban lifted.",
  trust: "Trusted: auto-hold rules pass their comments.",
  untrust: "No longer trusted.",
};
const button = "rounded border border-slate-300 px-3 py-1.5 text-sm disabled:opacity-50";
const danger = "rounded bg-red-800 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-50";

export function AuthorActions({
  authorId,
  version,
  state,
  visibleComments,
  canRestrict,
  canBan,
  canHide,
}: TProps) {
  const { run, busy, message, setMessage } = useAuthorRun();
  const [pending, setPending] = useState<TPending | null>(null);
  const [reason, setReason] = useState("");
  const [until, setUntil] = useState("");
  const [error, setError] = useState<string | null>(null);

  const actions: TAuthorAction[] = [];
  if (canRestrict)
    actions.push(
      state.premoderated ? "unpremoderate" : "premoderate",
      state.suspended ? "unsuspend" : "suspend",
    );
  if (canBan) actions.push(state.banned ? "unban" : "ban", state.trusted ? "untrust" : "trust");

  const submit = async () => {
    if (!pending) return;
    if (!reason.trim()) return setError("Give a reason.");
    if (pending.kind === "state" && pending.action === "suspend" && !until)
      return setError("Pick the date the suspension ends.");
    const current = pending;
    setPending(null);
    setError(null);
    if (current.kind === "hide-all") {
      await run<TBulkOutcome>(
        () => hideAuthorCommentsAction({ authorId, reason: reason.trim() }),
        (d) => ({
          text: `${d.done} comment${d.done === 1 ? "" : "s"} hidden${d.skippedHandled + d.skippedReviewing ? `, ${d.skippedHandled + d.skippedReviewing} skipped (changed meanwhile or being reviewed)` : ""}.`,
          undo: async () =>
            void (await run(
              () => undoBatchAction({ batchId: d.batchId }),
              (u: TBulkOutcome) => ({
                text: `Undone: ${u.done} comment${u.done === 1 ? "" : "s"} restored.`,
              }),
            )),
        }),
      );
    } else {
      const action = current.action;
      const isBan = (BAN_ACTIONS as readonly string[]).includes(action);
      const input = {
        authorId,
        version,
        action,
        reason: reason.trim(),
        ...(action === "suspend" ? { until: new Date(until).toISOString() } : {}),
      };
      await run<TAuthorOutcome>(
        () => (isBan ? banAuthorAction(input) : restrictAuthorAction(input)),
        (d) => ({
          text: DONE[action],
          undo: async () =>
            void (await run(
              () => undoAuthorActionAction({ actionId: d.auditId }),
              () => ({ text: "Undone." }),
            )),
        }),
      );
    }
    setReason("");
    setUntil("");
  };

  if (!canRestrict && !canHide)
    return (
      <p className="text-sm text-slate-700">
        You can read this author&apos;s record but not act on it.
      </p>
    );
  const title =
    pending?.kind === "hide-all"
      ? `Hide all ${visibleComments} comment${visibleComments === 1 ? "" : "s"} by this author`
      : pending
        ? AUTHOR_ACTION_LABEL[pending.action]
        : "";
  return (
    <div>
      <div className="flex flex-wrap gap-2">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            disabled={busy}
            onClick={() => setPending({ kind: "state", action })}
            className={action === "ban" ? danger : button}
            data-testid={`author-${action}`}
          >
            {AUTHOR_ACTION_LABEL[action]}
            {["premoderate", "suspend", "ban", "trust"].includes(action) ? "…" : ""}
          </button>
        ))}
        {canHide ? (
          <button
            type="button"
            disabled={busy || visibleComments === 0}
            onClick={() => setPending({ kind: "hide-all" })}
            className={danger}
            data-testid="author-hide-all"
          >
            Hide all {visibleComments} comment{visibleComments === 1 ? "" : "s"}…
          </button>
        ) : null}
      </div>
      {!canBan ? (
        <p className="mt-2 text-xs text-slate-600">
          Editors and admins can also ban or trust an author.
        </p>
      ) : null}
      <div
        role="status"
        className={`mt-2 flex items-center gap-2 text-sm ${message?.error ? "text-red-800" : "text-slate-700"}`}
        data-testid="author-message"
      >
        {message?.text}
        {message?.undo ? (
          <button
            type="button"
            disabled={busy}
            className="underline"
            onClick={() => {
              const undo = message.undo!;
              setMessage(null);
              void undo();
            }}
          >
            Undo
          </button>
        ) : null}
      </div>
      <ModalDialog
        open={pending !== null}
        onClose={() => setPending(null)}
        title={title}
        testId="author-dialog"
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {pending?.kind === "state" && pending.action === "suspend" ? (
            <label className="mb-3 block text-sm">
              Suspended until
              <input
                type="datetime-local"
                value={until}
                onChange={(e) => setUntil(e.target.value)}
                required
                className="mt-1 block rounded border border-slate-300 px-2 py-1"
                data-testid="suspend-until"
              />
            </label>
          ) : null}
          <label className="block text-sm">
            Reason
            <input
              autoFocus
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxLength={1000}
              aria-invalid={!!error}
              aria-describedby={error ? "author-reason-error" : undefined}
              className="mt-1 block w-full rounded border border-slate-300 px-2 py-1"
            />
          </label>
          {error ? (
            <p id="author-reason-error" className="mt-1 text-sm text-red-800">
              {error}
            </p>
          ) : null}
          <div className="mt-4 flex gap-2">
            <button
              type="submit"
              className="rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white"
            >
              {pending?.kind === "hide-all"
                ? "Hide all"
                : pending
                  ? AUTHOR_ACTION_LABEL[pending.action]
                  : "OK"}
            </button>
            <button
              type="button"
              onClick={() => setPending(null)}
              className="rounded border border-slate-300 px-3 py-1.5 text-sm"
            >
              Cancel
            </button>
          </div>
        </form>
      </ModalDialog>
    </div>
  );
}

"use client";
// The decision panel of the review page: approve / flag / hide / unhide with the version seen,
// the lease banner, the conflict message, the undo toast, the page's keyboard shortcuts, and
// auto-advance (after a decision, on to the next comment of the same queue view).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { approveCommentAction } from "@/lib/moderation/actions/approve-comment";
import { flagCommentAction } from "@/lib/moderation/actions/flag-comment";
import { hideCommentAction } from "@/lib/moderation/actions/hide-comment";
import { unhideCommentAction } from "@/lib/moderation/actions/unhide-comment";
import { undoActionAction } from "@/lib/moderation/actions/undo-action";
import { updatePreferencesAction } from "@/lib/preferences/actions/update-preferences";
import {
  CATEGORY_LABEL,
  type TActionOutcome,
  type TCommentStatus,
  type TFlagCategory,
  type TLease,
} from "@/lib/moderation/types";
import type { TResult } from "@/lib/auth/operation";
import { ActionToast, useToast } from "@/components/ui/action-toast";
import { FlagDialog, ReasonDialog } from "@/components/ui/decision-dialogs";
import { ShortcutsDialog } from "@/components/ui/shortcuts-dialog";
import { StatusBadge } from "@/components/ui/status-badge";
import { shortcuts, useShortcuts } from "@/components/ui/use-shortcuts";
import { useOperation } from "@/components/ui/use-operation";
import { useLease } from "./use-lease";

type TProps = {
  id: number;
  status: TCommentStatus;
  flagCategory: TFlagCategory | null;
  version: number;
  lease: TLease;
  queue: string;
  autoAdvance?: boolean;
};

export function ReviewActions({
  id,
  status,
  flagCategory,
  version,
  lease: initialLease,
  queue,
  autoAdvance: initialAutoAdvance = false,
}: TProps) {
  const router = useRouter();
  const [autoAdvance, setAutoAdvance] = useState(initialAutoAdvance);
  const { held, lease } = useLease(id, initialLease);
  const { toast, show, dismiss } = useToast();
  const { run, busy } = useOperation({ toast: show });
  // The setting has its own runner: saving it must not make the decision keys wait.
  const preference = useOperation({ toast: show });
  const [dialog, setDialog] = useState<null | "flag" | "hide" | "unhide">(null);
  const [help, setHelp] = useState(false);
  const [conflict, setConflict] = useState<string | null>(null);
  const queueHref = queue ? `/queue?${queue}` : "/queue";

  const go = async (dir: "next" | "previous", after?: string): Promise<void> => {
    shortcuts.hold(); // keys pressed while the next comment loads are meant for it
    const response = await fetch(
      `/api/queue/next?from=${id}&dir=${dir}${queue ? `&${queue}` : ""}`,
    ).catch(() => null);
    const data = response?.ok ? ((await response.json()) as { id: number | null }) : { id: null };
    if (data.id)
      return router.push(
        `/comments/${data.id}${queue ? `?queue=${encodeURIComponent(queue)}` : ""}`,
      );
    shortcuts.cancelHold();
    if (!after)
      show({
        message:
          dir === "next"
            ? "No more comments to review in this queue."
            : "This is the first comment in the queue.",
      });
    router.refresh();
  };

  const decide = async (label: string, call: () => Promise<TResult<TActionOutcome>>) => {
    setDialog(null);
    const result = await run(call, {
      onError: (failure) => {
        if (failure.code !== "conflict") return false;
        setConflict(failure.error);
        return true;
      },
    });
    if (!result.ok) return router.refresh();
    setConflict(null);
    const auditId = result.data.auditId;
    show({
      message: label,
      undo: async () => {
        await run(() => undoActionAction({ actionId: auditId }), {
          onOk: () => show({ message: "Undone." }),
          onError: (failure) => {
            if (failure.code === "conflict") setConflict(failure.error);
            return false;
          },
        });
        router.refresh();
      },
    });
    if (autoAdvance) await go("next", label);
    else router.refresh();
  };
  const approve = () => decide("Approved.", () => approveCommentAction({ id, version }));
  const flag = (category: TFlagCategory, reason: string) =>
    decide(`Flagged as ${CATEGORY_LABEL[category]}.`, () =>
      flagCommentAction({ id, version, category, reason }),
    );
  const hide = (reason: string) =>
    decide("Hidden.", () => hideCommentAction({ id, version, reason }));
  const unhide = (reason: string) =>
    decide("Unhidden and approved.", () => unhideCommentAction({ id, version, reason }));

  useShortcuts(
    {
      // Approving a hidden comment is an unhide, which asks for its reason.
      a: () => (status === "HIDDEN" ? setDialog("unhide") : void approve()),
      f: () => setDialog("flag"),
      h: () => setDialog(status === "HIDDEN" ? "unhide" : "hide"),
      n: () => document.getElementById("note-body")?.focus(),
      u: () => void toast?.undo?.(),
      j: () => void go("next"),
      k: () => void go("previous"),
      "?": () => setHelp(true),
    },
    !busy,
  );

  const button = "rounded px-3 py-1.5 text-sm font-medium disabled:opacity-50";
  return (
    <section
      aria-labelledby="decide-h"
      className="rounded-lg border border-slate-200 bg-white p-3"
      data-busy={busy || undefined}
      data-shortcuts="review"
    >
      <h2 id="decide-h" className="sr-only">
        Decide
      </h2>
      <p className="mb-2 flex items-center gap-2 text-sm">
        Status: <StatusBadge status={status} category={flagCategory} />{" "}
        <span className="text-xs text-slate-600">version {version}</span>
      </p>
      {!held && lease ? (
        <p
          className="mb-2 rounded border border-purple-300 bg-purple-50 px-2 py-1 text-sm text-purple-950"
          data-testid="lease-banner"
        >
          Being reviewed by {lease.byName}. You can still decide; if you both do, the first decision
          wins.
        </p>
      ) : null}
      {conflict ? (
        <div
          role="alert"
          className="mb-2 rounded border border-red-300 bg-red-50 px-2 py-1 text-sm text-red-900"
          data-testid="conflict"
        >
          {conflict} The page now shows the current state.
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {status === "HIDDEN" ? null : (
          <button
            type="button"
            disabled={busy || status === "APPROVED"}
            onClick={approve}
            className={`${button} bg-green-800 text-white`}
          >
            Approve <kbd className="font-mono text-xs">a</kbd>
          </button>
        )}
        <button
          type="button"
          disabled={busy}
          onClick={() => setDialog("flag")}
          className={`${button} bg-red-800 text-white`}
        >
          Flag… <kbd className="font-mono text-xs">f</kbd>
        </button>
        {status === "HIDDEN" ? (
          <button
            type="button"
            disabled={busy}
            onClick={() => setDialog("unhide")}
            className={`${button} bg-slate-700 text-white`}
          >
            Unhide… <kbd className="font-mono text-xs">h</kbd>
          </button>
        ) : (
          <button
            type="button"
            disabled={busy}
            onClick={() => setDialog("hide")}
            className={`${button} bg-slate-800 text-white`}
          >
            Hide… <kbd className="font-mono text-xs">h</kbd>
          </button>
        )}
      </div>
      <div className="mt-3 flex flex-wrap gap-3 text-sm">
        <button type="button" onClick={() => go("previous")} className="underline">
          ← Previous (k)
        </button>
        <button type="button" onClick={() => go("next")} className="underline">
          Next (j) →
        </button>
        <Link href={queueHref} className="underline">
          Back to queue
        </Link>
        <button type="button" onClick={() => setHelp(true)} className="underline">
          Shortcuts (?)
        </button>
      </div>
      <label className="mt-2 flex items-center gap-2 text-sm text-slate-700">
        <input
          type="checkbox"
          checked={autoAdvance}
          data-testid="auto-advance"
          onChange={(e) => {
            const next = e.target.checked;
            setAutoAdvance(next);
            void preference.run(() => updatePreferencesAction({ autoAdvance: next }), {
              onError: () => void setAutoAdvance(!next),
            });
          }}
        />
        After a decision, open the next comment
      </label>
      <FlagDialog open={dialog === "flag"} onClose={() => setDialog(null)} onSubmit={flag} />
      <ReasonDialog
        open={dialog === "hide"}
        title="Hide comment"
        action="Hide"
        onClose={() => setDialog(null)}
        onSubmit={hide}
      />
      <ReasonDialog
        open={dialog === "unhide"}
        title="Unhide comment"
        action="Unhide"
        onClose={() => setDialog(null)}
        onSubmit={unhide}
      />
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
      <ActionToast toast={toast} onDismiss={dismiss} />
    </section>
  );
}

"use client";
// The decision panel of the review page: approve / flag / hide / unhide with the version seen,
// the lease banner, the conflict message, the undo toast, and the page's keyboard shortcuts.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { approveCommentAction } from "@/lib/moderation/actions/approve-comment";
import { flagCommentAction } from "@/lib/moderation/actions/flag-comment";
import { hideCommentAction } from "@/lib/moderation/actions/hide-comment";
import { unhideCommentAction } from "@/lib/moderation/actions/unhide-comment";
import { undoActionAction } from "@/lib/moderation/actions/undo-action";
import { CATEGORY_LABEL, type TActionOutcome, type TCommentStatus, type TFlagCategory, type TLease } from "@/lib/moderation/types";
import type { TResult } from "@/lib/auth/operation";
import { ActionToast, useToast } from "@/components/ui/action-toast";
import { FlagDialog, ReasonDialog } from "@/components/ui/decision-dialogs";
import { ShortcutsDialog } from "@/components/ui/shortcuts-dialog";
import { StatusBadge } from "@/components/ui/status-badge";
import { useShortcuts } from "@/components/ui/use-shortcuts";
import { useLease } from "./use-lease";

type TProps = { id: number; status: TCommentStatus; flagCategory: TFlagCategory | null; version: number; lease: TLease; queue: string };

export function ReviewActions({ id, status, flagCategory, version, lease: initialLease, queue }: TProps) {
  const router = useRouter();
  const { held, lease } = useLease(id, initialLease);
  const { toast, show, dismiss } = useToast();
  const [dialog, setDialog] = useState<null | "flag" | "hide" | "unhide">(null);
  const [help, setHelp] = useState(false);
  const [conflict, setConflict] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const queueHref = queue ? `/queue?${queue}` : "/queue";

  const run = async (label: string, call: () => Promise<TResult<TActionOutcome>>) => {
    setDialog(null);
    setBusy(true);
    const result = await call();
    setBusy(false);
    if (result.ok) {
      setConflict(null);
      const auditId = result.data.auditId;
      show({
        message: label,
        undo: async () => {
          const undo = await undoActionAction({ actionId: auditId });
          show(undo.ok ? { message: "Undone." } : { message: undo.error, tone: "error" });
          if (!undo.ok && undo.code === "conflict") setConflict(undo.error);
          router.refresh();
        },
      });
    } else if (result.code === "conflict") {
      setConflict(result.error);
    } else {
      show({ message: result.error, tone: "error" });
    }
    router.refresh();
  };
  const approve = () => run("Approved.", () => approveCommentAction({ id, version }));
  const flag = (category: TFlagCategory, reason: string) => run(`Flagged as ${CATEGORY_LABEL[category]}.`, () => flagCommentAction({ id, version, category, reason }));
  const hide = (reason: string) => run("Hidden.", () => hideCommentAction({ id, version, reason }));
  const unhide = (reason: string) => run("Unhidden and approved.", () => unhideCommentAction({ id, version, reason }));
  const go = async (dir: "next" | "previous") => {
    const response = await fetch(`/api/queue/next?from=${id}&dir=${dir}${queue ? `&${queue}` : ""}`);
    const data = response.ok ? ((await response.json()) as { id: number | null }) : { id: null };
    if (data.id) router.push(`/comments/${data.id}${queue ? `?queue=${encodeURIComponent(queue)}` : ""}`);
    else show({ message: dir === "next" ? "No more comments to review in this queue." : "This is the first comment in the queue." });
  };

  useShortcuts({
    a: () => void approve(),
    f: () => setDialog("flag"),
    h: () => setDialog(status === "HIDDEN" ? "unhide" : "hide"),
    n: () => document.getElementById("note-body")?.focus(),
    u: () => void toast?.undo?.(),
    j: () => void go("next"),
    k: () => void go("previous"),
    "?": () => setHelp(true),
  });

  const button = "rounded px-3 py-1.5 text-sm font-medium disabled:opacity-50";
  return (
    <section aria-labelledby="decide-h" className="rounded-lg border border-slate-200 bg-white p-3">
      <h2 id="decide-h" className="sr-only">Decide</h2>
      <p className="mb-2 flex items-center gap-2 text-sm">
        Status: <StatusBadge status={status} category={flagCategory} /> <span className="text-xs text-slate-600">version {version}</span>
      </p>
      {!held && lease ? (
        <p className="mb-2 rounded border border-purple-300 bg-purple-50 px-2 py-1 text-sm text-purple-950" data-testid="lease-banner">
          Being reviewed by {lease.byName}. You can still decide; if you both do, the first decision wins.
        </p>
      ) : null}
      {conflict ? (
        <div role="alert" className="mb-2 rounded border border-red-300 bg-red-50 px-2 py-1 text-sm text-red-900" data-testid="conflict">
          {conflict} The page now shows the current state.
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button type="button" disabled={busy} onClick={approve} className={`${button} bg-green-800 text-white`}>Approve <kbd className="font-mono text-xs">a</kbd></button>
        <button type="button" disabled={busy} onClick={() => setDialog("flag")} className={`${button} bg-red-800 text-white`}>Flag… <kbd className="font-mono text-xs">f</kbd></button>
        {status === "HIDDEN" ? (
          <button type="button" disabled={busy} onClick={() => setDialog("unhide")} className={`${button} bg-slate-700 text-white`}>Unhide… <kbd className="font-mono text-xs">h</kbd></button>
        ) : (
          <button type="button" disabled={busy} onClick={() => setDialog("hide")} className={`${button} bg-slate-800 text-white`}>Hide… <kbd className="font-mono text-xs">h</kbd></button>
        )}
      </div>
      <div className="mt-3 flex flex-wrap gap-3 text-sm">
        <button type="button" onClick={() => go("previous")} className="underline">← Previous (k)</button>
        <button type="button" onClick={() => go("next")} className="underline">Next (j) →</button>
        <Link href={queueHref} className="underline">Back to queue</Link>
        <button type="button" onClick={() => setHelp(true)} className="underline">Shortcuts (?)</button>
      </div>
      <FlagDialog open={dialog === "flag"} onClose={() => setDialog(null)} onSubmit={flag} />
      <ReasonDialog open={dialog === "hide"} title="Hide comment" action="Hide" onClose={() => setDialog(null)} onSubmit={hide} />
      <ReasonDialog open={dialog === "unhide"} title="Unhide comment" action="Unhide" onClose={() => setDialog(null)} onSubmit={unhide} />
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
      <ActionToast toast={toast} onDismiss={dismiss} />
    </section>
  );
}

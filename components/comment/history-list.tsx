"use client";
// The comment's audit history, newest first; a status change can be undone from here while the
// comment is still in the state that change left it in.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { undoActionAction } from "@/lib/moderation/actions/undo-action";
import type { THistoryEntry } from "@/lib/moderation/review-types";
import { CATEGORY_LABEL, STATUS_LABEL, type TCommentState } from "@/lib/moderation/types";
import { formatTime } from "@/components/ui/format-time";
import { useOperation } from "@/components/ui/use-operation";

const ACTION_TEXT: Record<string, string> = {
  "comment.approve": "approved",
  "comment.flag": "flagged",
  "comment.hide": "hid",
  "comment.unhide": "unhid",
  "comment.undo": "undid a change",
  "comment.annotate": "annotated",
  "comment.note": "added a note",
};
const state = (s: TCommentState | null) =>
  s
    ? `${STATUS_LABEL[s.status]}${s.flagCategory ? ` (${CATEGORY_LABEL[s.flagCategory]})` : ""}`
    : "";

export function HistoryList({ entries }: { entries: THistoryEntry[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const { run, busy } = useOperation();
  if (entries.length === 0) return <p className="text-sm text-slate-600">No actions yet.</p>;
  const undo = async (id: number) => {
    const result = await run(() => undoActionAction({ actionId: id }));
    setMessage(result.ok ? "Undone." : result.error);
    router.refresh();
  };
  return (
    <div>
      <ol className="space-y-1 text-sm" data-testid="history">
        {entries.map((e) => (
          <li key={e.id} className="flex flex-wrap items-baseline gap-x-2">
            <span>
              <strong>{e.actorName}</strong> {ACTION_TEXT[e.action] ?? e.action}
              {e.before && e.after ? `: ${state(e.before)} → ${state(e.after)}` : ""}
              {e.reason ? ` — “${e.reason}”` : ""}
              {e.batchId ? <span className="text-slate-600"> (bulk)</span> : null}
              {e.undone ? <span className="text-slate-600"> (undone)</span> : null}
            </span>
            <time dateTime={e.createdAt} className="text-xs text-slate-600">
              {formatTime(e.createdAt)}
            </time>
            {e.undoable ? (
              <button
                type="button"
                disabled={busy}
                onClick={() => undo(e.id)}
                className="rounded border border-slate-300 px-1.5 text-xs hover:bg-slate-100"
                aria-label={`Undo: ${e.actorName} ${ACTION_TEXT[e.action] ?? e.action}`}
              >
                Undo
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      <p role="status" className="mt-1 text-sm text-slate-700">
        {message}
      </p>
    </div>
  );
}

"use client";
// What was done to an author, newest first, each undoable while nothing changed since.
import { undoAuthorActionAction } from "@/lib/authors/actions/author-actions";
import type { TAuthorHistoryRow } from "@/lib/authors/types";
import { formatTime } from "@/components/ui/format-time";
import { useAuthorRun } from "./use-author-run";

const LABEL: Record<string, string> = {
  "author.premoderate": "Pre-moderated",
  "author.unpremoderate": "Pre-moderation ended",
  "author.suspend": "Suspended",
  "author.unsuspend": "Suspension lifted",
  "author.ban": "Banned",
  "author.unban": "Ban lifted",
  "author.trust": "Trusted",
  "author.untrust": "Trust withdrawn",
  "author.note": "Note added",
  "author.undo": "Undo",
};

export function AuthorHistory({ rows }: { rows: TAuthorHistoryRow[] }) {
  const { run, busy, message } = useAuthorRun();
  if (rows.length === 0)
    return <p className="text-sm text-slate-600">No actions on this author yet.</p>;
  return (
    <div>
      <ul className="space-y-1 text-sm" data-testid="author-history">
        {rows.map((r) => (
          <li key={r.id} className="flex flex-wrap items-baseline gap-2">
            <span className="font-medium">{LABEL[r.action] ?? r.action}</span>
            <span className="text-slate-600">
              {r.actor ?? "system"} · {formatTime(r.at)}
            </span>
            {r.reason ? <span className="text-slate-800">“{r.reason}”</span> : null}
            {r.undone ? <span className="text-xs text-slate-600">(undone)</span> : null}
            {r.undoable ? (
              <button
                type="button"
                disabled={busy}
                className="text-xs underline"
                onClick={() =>
                  void run(
                    () => undoAuthorActionAction({ actionId: r.id }),
                    () => ({ text: "Undone." }),
                  )
                }
              >
                Undo
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <p
        role="status"
        className={`mt-1 text-sm ${message?.error ? "text-red-800" : "text-slate-700"}`}
      >
        {message?.text}
      </p>
    </div>
  );
}

"use client";
// Dismisses a comment's open reports without changing its status (e.g. an approved comment).
import { dismissReportsAction } from "@/lib/reader-reports/actions/dismiss-reports";
import { useAuthorRun } from "@/components/authors/use-author-run";

export function DismissReportsButton({ commentId }: { commentId: number }) {
  const { run, busy, message } = useAuthorRun();
  return (
    <div className="mt-2">
      <button
        type="button"
        disabled={busy}
        className="rounded border border-slate-300 px-3 py-1.5 text-sm disabled:opacity-50"
        onClick={() =>
          void run(
            () => dismissReportsAction({ commentId }),
            (d) => ({ text: `${d.dismissed} report${d.dismissed === 1 ? "" : "s"} dismissed.` }),
          )
        }
      >
        Dismiss reports
      </button>
      <p
        role="status"
        className={`mt-1 text-sm ${message?.error ? "text-red-800" : "text-slate-700"}`}
      >
        {message?.text}
      </p>
    </div>
  );
}

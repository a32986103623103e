"use client";
// On the public article page: a reader reports a comment (no account), through the same public
// API a publisher's own site would call.
import { useState } from "react";
import {
  REPORT_REASON_LABEL,
  REPORT_REASONS,
  type TReportReason,
} from "@/lib/reader-reports/types";

const MAX_NOTE = 500;

export function ReportCommentButton({ commentId }: { commentId: number }) {
  const [reason, setReason] = useState<TReportReason>("hate");
  const [note, setNote] = useState("");
  const [state, setState] = useState<{ text: string; done: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  if (state?.done)
    return (
      <p role="status" className="mt-1 text-xs text-slate-700" data-testid="report-status">
        {state.text}
      </p>
    );
  return (
    <details className="mt-1 text-xs" data-testid="report-comment">
      <summary className="cursor-pointer text-slate-600 underline">Report</summary>
      <form
        className="mt-2 space-y-2 rounded border border-slate-200 p-2"
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          try {
            const res = await fetch(`/api/public/comments/${commentId}/reports`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify(note.trim() ? { reason, note: note.trim() } : { reason }),
            });
            const body = (await res.json().catch(() => ({}))) as { error?: string };
            if (res.status === 202)
              setState({ text: "Thank you: moderators will look at this comment.", done: true });
            else if (res.status === 404)
              setState({ text: "This comment can no longer be reported.", done: true });
            else
              setState({
                text: body.error ?? "The report could not be sent. Try again later.",
                done: res.status === 429,
              });
          } catch {
            setState({
              text: "The report could not be sent. Check the connection and try again.",
              done: false,
            });
          } finally {
            setBusy(false);
          }
        }}
      >
        <label className="block">
          Why?{" "}
          <select
            value={reason}
            onChange={(e) => setReason(e.target.value as TReportReason)}
            className="rounded border border-slate-300 px-1 py-0.5"
          >
            {REPORT_REASONS.map((r) => (
              <option key={r} value={r}>
                {REPORT_REASON_LABEL[r]}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          Note (optional)
          <textarea
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={MAX_NOTE}
            rows={2}
            className="mt-1 block w-full rounded border border-slate-300 px-1 py-0.5"
          />
        </label>
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-slate-900 px-2 py-1 text-white disabled:opacity-50"
        >
          Send report
        </button>
        {state ? (
          <p role="status" className="text-red-800">
            {state.text}
          </p>
        ) : null}
      </form>
    </details>
  );
}

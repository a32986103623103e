// The review page's reader reports: open ones first with reason and note (reader text, shown as
// plain text), resolved ones with their outcome, and the "Dismiss reports" action.
import { listCommentReports } from "@/lib/reader-reports/queries";
import { REPORT_REASON_LABEL } from "@/lib/reader-reports/types";
import { formatTime } from "@/components/ui/format-time";
import { DismissReportsButton } from "./dismiss-reports-button";

const OUTCOME = { OPEN: "open", UPHELD: "upheld", DISMISSED: "dismissed" } as const;

export async function CommentReports({
  commentId,
  canResolve,
}: {
  commentId: number;
  canResolve: boolean;
}) {
  const { open, reports } = await listCommentReports(commentId);
  if (reports.length === 0) return <p className="text-sm text-slate-600">No reader reports.</p>;
  return (
    <div data-testid="comment-reports">
      <p className="text-sm font-medium">
        {open} open · {reports.length - open} resolved
      </p>
      <ul className="mt-2 space-y-1 text-sm">
        {reports.map((r) => (
          <li key={r.id} className={r.status === "OPEN" ? "" : "text-slate-600"}>
            <span className="font-medium">{REPORT_REASON_LABEL[r.reason]}</span> ·{" "}
            {formatTime(r.at)} · {OUTCOME[r.status]}
            {r.note ? (
              <span className="block whitespace-pre-wrap break-words text-slate-800">
                “{r.note}”
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {open > 0 ? (
        <p className="mt-2 text-xs text-slate-600">
          Approving dismisses open reports; flagging or hiding upholds them.
        </p>
      ) : null}
      {open > 0 && canResolve ? <DismissReportsButton commentId={commentId} /> : null}
    </div>
  );
}

"use client";
// The admin Jobs table: kind, status, progress, attempts and the last error of each background job,
// with Retry (failed or cancelled) and Cancel (queued or running), on the shared DataTable.
import { useRouter } from "next/navigation";
import { DataTable, type TColumn } from "@/components/ui/data-table";
import { useFormOperation } from "@/components/ui/use-form-operation";
import { cancelJobAction, retryJobAction } from "@/lib/jobs/actions/job-actions";
import { JOB_LABELS } from "@/lib/jobs/kinds";
import type { TJobView } from "@/lib/jobs/queries";
import { formatTime } from "@/components/ui/format-time";
import { FeedbackMessage } from "./feedback-message";

/** The columns the table shows, picked from the one job view `vigil jobs` and the page read. */
export type TJobRowView = Pick<
  TJobView,
  | "id"
  | "kind"
  | "status"
  | "filenames"
  | "processed"
  | "total"
  | "attempts"
  | "error"
  | "createdBy"
  | "createdAt"
  | "finishedAt"
>;

const STATUS_STYLE: Record<string, string> = {
  DONE: "bg-green-100 text-green-800",
  FAILED: "bg-red-100 text-red-800",
  CANCELLED: "bg-slate-200 text-slate-800",
  RUNNING: "bg-blue-100 text-blue-900",
  QUEUED: "bg-amber-100 text-amber-900",
};

// Numbers and times render the same on the server and in any browser locale or time zone: a
// locale-dependent string here made React throw away the server HTML (hydration mismatch).
const count = (n: number) => n.toLocaleString("en-US");

function progressText(job: TJobRowView): string {
  if (job.total > 0)
    return `${count(job.processed)} of ${count(job.total)} (${Math.min(100, Math.floor((job.processed / job.total) * 100))}%)`;
  return job.processed ? count(job.processed) : "–";
}

type TAct = (action: typeof retryJobAction, id: string, done: string) => void;

function columns(pending: boolean, act: TAct): TColumn<TJobRowView>[] {
  return [
    {
      key: "job",
      header: "Job",
      cell: (job) => (
        <>
          <div className="font-medium">{JOB_LABELS[job.kind] ?? job.kind}</div>
          {job.filenames.length ? (
            <div className="text-slate-700">{job.filenames.join(", ")}</div>
          ) : null}
          <div className="font-mono text-xs text-slate-600">{job.id}</div>
        </>
      ),
    },
    {
      key: "status",
      header: "Status",
      cell: (job) => (
        <>
          <span
            className={`rounded px-1.5 py-0.5 text-xs font-semibold ${STATUS_STYLE[job.status] ?? ""}`}
          >
            {job.status.toLowerCase()}
          </span>
          {job.error ? (
            <p className="mt-1 max-w-md break-words text-red-800">Error: {job.error}</p>
          ) : null}
        </>
      ),
    },
    { key: "progress", header: "Progress", cell: progressText },
    { key: "attempts", header: "Attempts", cell: (job) => job.attempts },
    {
      key: "by",
      header: "Started by / when",
      cell: (job) => (
        <>
          {job.createdBy ?? "CLI or system"}
          <div className="text-slate-600">
            <time dateTime={job.createdAt}>{formatTime(job.createdAt)}</time>
          </div>
        </>
      ),
    },
    {
      key: "actions",
      header: <span className="sr-only">Actions</span>,
      cell: (job) => (
        <>
          {job.status === "FAILED" || job.status === "CANCELLED" ? (
            <button
              type="button"
              disabled={pending}
              className="rounded border border-slate-300 px-2 py-1"
              onClick={() => act(retryJobAction, job.id, "Queued again.")}
            >
              Retry
            </button>
          ) : null}
          {job.status === "QUEUED" || job.status === "RUNNING" ? (
            <button
              type="button"
              disabled={pending}
              className="rounded border border-red-300 px-2 py-1 text-red-800"
              onClick={() => act(cancelJobAction, job.id, "Cancelled.")}
            >
              Cancel
            </button>
          ) : null}
        </>
      ),
    },
  ];
}

export function JobsTable({ jobs }: { jobs: TJobRowView[] }) {
  const router = useRouter();
  const { pending, feedback, run } = useFormOperation();
  // The job may have moved on either way, so the table is read again after every answer.
  const act: TAct = (action, id, done) =>
    run(
      action,
      { id },
      () => done,
      () => router.refresh(),
    );
  return (
    <>
      <FeedbackMessage feedback={feedback} className="min-h-6" />
      <DataTable
        columns={columns(pending, act)}
        rows={jobs}
        rowKey={(job) => job.id}
        caption="Background jobs, newest first"
        captionClassName="sr-only"
        rowProps={(job) => ({ "data-job-id": job.id })}
      />
    </>
  );
}

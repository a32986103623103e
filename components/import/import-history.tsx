// The list of past import jobs with their reports.
import type { TImportJobView } from "@/lib/import/queries";
import { EmptyState } from "@/components/ui/empty-state";
import { formatTime } from "@/components/ui/format-time";
import { ImportReport } from "./import-report";

export function ImportHistory({ jobs }: { jobs: TImportJobView[] }) {
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading" className="mb-3 text-lg font-semibold">
        Import history
      </h2>
      {jobs.length === 0 ? (
        <EmptyState title="No imports yet">
          Imports started here are listed with their reports.
        </EmptyState>
      ) : (
        <ul className="space-y-2">
          {jobs.map((job) => (
            <li key={job.id} className="rounded border border-slate-200 bg-white">
              <details>
                <summary className="flex cursor-pointer flex-wrap items-center gap-3 px-4 py-2">
                  <span className="font-medium">{job.filenames.join(", ")}</span>
                  <span
                    className={`rounded px-1.5 py-0.5 text-xs font-semibold ${job.status === "DONE" ? "bg-green-100 text-green-800" : job.status === "FAILED" ? "bg-red-100 text-red-800" : "bg-amber-100 text-amber-900"}`}
                  >
                    {job.status.toLowerCase()}
                  </span>
                  <span className="text-sm text-slate-600">
                    <time dateTime={job.createdAt}>{formatTime(job.createdAt)}</time>{" "}
                    {job.createdBy ? `by ${job.createdBy}` : ""} · {job.processed}/{job.total}{" "}
                    records
                  </span>
                </summary>
                <div className="border-t border-slate-100 px-4 py-3">
                  {job.report ? (
                    <ImportReport report={job.report} />
                  ) : (
                    <p className="text-sm text-slate-600">Still running…</p>
                  )}
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

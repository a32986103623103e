"use client";
// Polls an import job and shows its progress, then its report.
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { TImportJobView } from "@/lib/import/queries";
import { isJobFinished } from "@/lib/jobs/kinds";
import { ImportReport } from "./import-report";

const POLL_MS = 400;

export function JobProgress({
  jobId,
  onDone,
  onAgain,
}: {
  jobId: string;
  onDone: () => void;
  onAgain: () => void;
}) {
  const [job, setJob] = useState<TImportJobView | null>(null);
  const [failed, setFailed] = useState(false);
  // The parent passes a new onDone on every render (and onDone refreshes the page, which renders
  // the parent again): kept in a ref, so the polling loop depends on the job id alone and stops
  // for good once the job has finished, calling onDone exactly once.
  const done = useRef(onDone);
  useLayoutEffect(() => {
    done.current = onDone;
  });
  useEffect(() => {
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const tick = async () => {
      const res = await fetch(`/api/import/jobs/${jobId}`, { cache: "no-store" }).catch(() => null);
      if (stop) return;
      if (!res?.ok) {
        setFailed(true);
        return;
      }
      const next = (await res.json()) as TImportJobView;
      if (stop) return;
      setJob(next);
      if (next.status === "DONE" || next.status === "FAILED" || next.status === "CANCELLED") {
        stop = true;
        done.current();
      } else timer = setTimeout(tick, POLL_MS);
    };
    void tick();
    return () => {
      stop = true;
      if (timer) clearTimeout(timer);
    };
  }, [jobId]);
  if (failed)
    return (
      <p role="alert" className="mt-3 text-red-800">
        Lost track of the import; see the history below.
      </p>
    );
  const percent = job && job.total > 0 ? Math.round((job.processed / job.total) * 100) : 0;
  const finished = !!job && isJobFinished(job.status);
  return (
    <div className="mt-4 space-y-3">
      <label className="block text-sm font-medium" htmlFor="import-progress">
        {finished
          ? job?.status === "DONE"
            ? "Import finished"
            : job?.status === "CANCELLED"
              ? "Import cancelled"
              : "Import failed"
          : job?.status === "QUEUED"
            ? "Waiting for a worker…"
            : "Importing…"}{" "}
        {job ? `${job.processed} of ${job.total} records` : ""}
      </label>
      {!finished && job?.error ? (
        <p className="text-sm text-amber-900">
          Attempt {job.attempts} failed ({job.error}); it will be retried.
        </p>
      ) : null}
      <progress
        id="import-progress"
        max={100}
        value={finished ? 100 : percent}
        className="h-3 w-full"
        aria-valuetext={`${percent}%`}
      />
      <div aria-live="polite">
        {finished && job?.report ? <ImportReport report={job.report} /> : null}
      </div>
      {finished ? (
        <button
          type="button"
          onClick={onAgain}
          className="rounded border border-slate-300 px-3 py-1.5"
        >
          Import more files
        </button>
      ) : null}
    </div>
  );
}

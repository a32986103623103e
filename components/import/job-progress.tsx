"use client";
// Polls an import job and shows its progress, then its report.
import { useEffect, useState } from "react";
import type { TImportJobView } from "@/lib/import/queries";
import { ImportReport } from "./import-report";

export function JobProgress({ jobId, onDone, onAgain }: { jobId: string; onDone: () => void; onAgain: () => void }) {
  const [job, setJob] = useState<TImportJobView | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let stop = false;
    const tick = async () => {
      const res = await fetch(`/api/import/jobs/${jobId}`, { cache: "no-store" }).catch(() => null);
      if (stop) return;
      if (!res?.ok) {
        setFailed(true);
        return;
      }
      const next = (await res.json()) as TImportJobView;
      setJob(next);
      if (next.status === "DONE" || next.status === "FAILED") onDone();
      else setTimeout(tick, 400);
    };
    void tick();
    return () => {
      stop = true;
    };
  }, [jobId, onDone]);
  if (failed) return <p role="alert" className="mt-3 text-red-800">Lost track of the import; see the history below.</p>;
  const percent = job && job.total > 0 ? Math.round((job.processed / job.total) * 100) : 0;
  const finished = job?.status === "DONE" || job?.status === "FAILED";
  return (
    <div className="mt-4 space-y-3">
      <label className="block text-sm font-medium" htmlFor="import-progress">
        {finished ? (job?.status === "DONE" ? "Import finished" : "Import failed") : "Importing…"} {job ? `${job.processed} of ${job.total} records` : ""}
      </label>
      <progress id="import-progress" max={100} value={finished ? 100 : percent} className="h-3 w-full" aria-valuetext={`${percent}%`} />
      <div aria-live="polite">{finished && job?.report ? <ImportReport report={job.report} /> : null}</div>
      {finished ? <button type="button" onClick={onAgain} className="rounded border border-slate-300 px-3 py-1.5">Import more files</button> : null}
    </div>
  );
}

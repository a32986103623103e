"use client";
// "Rescore stored comments" (admin Settings): after terms, thresholds or the model change, rescore
// the never-scored comments or all of them, with the count shown before starting and a progress
// bar while the job runs. Polls only while a job is unfinished.
import { useEffect, useRef, useState } from "react";
import { startRescoreAction } from "@/lib/rescore/actions/start-rescore";
import type { TRescoreState } from "@/lib/rescore/queries";
import { useOperation } from "@/components/ui/use-operation";

const POLL_MS = 1_000;

export function RescorePanel({ initial }: { initial: TRescoreState }) {
  const [state, setState] = useState(initial);
  const [all, setAll] = useState(true);
  const { run, busy, error } = useOperation();
  const polling = useRef(false);
  const job = state.job;
  const active = !!job && !job.finished;

  useEffect(() => {
    if (!active || polling.current) return;
    polling.current = true;
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const tick = async () => {
      const response = await fetch("/api/admin/rescore", { cache: "no-store" }).catch(() => null);
      if (stop) return;
      const next = response?.ok ? ((await response.json()) as TRescoreState) : null;
      if (stop) return;
      if (next) setState(next);
      if (next?.job?.finished) {
        polling.current = false;
        return;
      }
      timer = setTimeout(tick, POLL_MS);
    };
    timer = setTimeout(tick, POLL_MS);
    return () => {
      stop = true;
      polling.current = false;
      if (timer) clearTimeout(timer);
    };
  }, [active]);

  const count = all ? state.all : state.unscored;
  const percent =
    job && job.total > 0
      ? Math.round((Math.min(job.processed, job.total) / job.total) * 100)
      : job?.finished
        ? 100
        : 0;
  const start = () =>
    run(() => startRescoreAction({ all }), {
      onOk: (data) =>
        setState((s) => ({
          ...s,
          job: {
            id: data.jobId,
            status: "QUEUED",
            processed: 0,
            total: data.total,
            finished: false,
            error: null,
            createdAt: new Date().toISOString(),
            finishedAt: null,
          },
        })),
    });

  return (
    <section
      aria-labelledby="rescore-h"
      className="mt-6 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="rescore-panel"
    >
      <h2 id="rescore-h" className="text-lg font-semibold">
        Rescore stored comments
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        After changing terms, thresholds or the model, score stored comments again so the queue
        order and flags follow the new settings. It runs in the background; moderators can keep
        working.
      </p>
      <fieldset className="mt-3 space-y-1 text-sm" disabled={active || busy}>
        <legend className="sr-only">Which comments</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="rescore-scope" checked={all} onChange={() => setAll(true)} />{" "}
          All stored comments ({state.all.toLocaleString("en-US")})
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="rescore-scope" checked={!all} onChange={() => setAll(false)} />{" "}
          Only comments never scored ({state.unscored.toLocaleString("en-US")})
        </label>
      </fieldset>
      <button
        type="button"
        onClick={() => void start()}
        disabled={active || busy || count === 0}
        className="mt-3 rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-50"
      >
        {busy
          ? "Starting…"
          : `Rescore ${count.toLocaleString("en-US")} comment${count === 1 ? "" : "s"}`}
      </button>
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {error.error}
        </p>
      ) : null}
      {job ? (
        <div className="mt-3" aria-live="polite">
          <label
            htmlFor="rescore-progress"
            className="block text-sm font-medium"
            data-testid="rescore-status"
          >
            {job.status === "DONE"
              ? "Rescore finished"
              : job.status === "FAILED"
                ? `Rescore failed${job.error ? `: ${job.error}` : ""}`
                : job.status === "CANCELLED"
                  ? "Rescore cancelled"
                  : job.status === "QUEUED"
                    ? "Rescore waiting for a worker…"
                    : "Rescoring…"}{" "}
            {`${job.processed.toLocaleString("en-US")} of ${job.total.toLocaleString("en-US")} comments`}
          </label>
          <progress
            id="rescore-progress"
            max={100}
            value={percent}
            className="h-3 w-full"
            aria-valuetext={`${percent}%`}
          />
        </div>
      ) : null}
    </section>
  );
}

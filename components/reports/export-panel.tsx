"use client";
// Export buttons with progress: asks the server how many rows match, streams the download while
// counting rows as they arrive, then hands the file to the browser.
import { useRef, useState } from "react";
import type { TExportFormat, TExportKind } from "@/lib/reports/export-kinds";
import { exportUrl } from "@/lib/reports/export-request";
import type { TReportFilters } from "@/lib/reports/filters";
import { createRowCounter } from "@/lib/reports/row-counter";
import { BUTTON } from "@/components/ui/styles";

type TJob = {
  what: TExportKind;
  format: TExportFormat;
  state: "counting" | "downloading" | "done" | "error" | "cancelled";
  total: number | null;
  rows: number;
  bytes: number;
  message?: string;
};

const KIND_LABEL: Record<TExportKind, string> = {
  actions: "moderation actions",
  comments: "comments",
};

function filenameFrom(disposition: string | null, fallback: string): string {
  const match = disposition?.match(/filename="([^"]+)"/);
  return match?.[1] ?? fallback;
}

async function errorText(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: string };
    return body.error ?? `The server answered ${response.status}.`;
  } catch {
    return `The server answered ${response.status}.`;
  }
}

function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function ExportPanel({
  filters,
  counts,
}: {
  filters: TReportFilters;
  counts: Record<TExportKind, number>;
}) {
  const [job, setJob] = useState<TJob | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  const busy = job?.state === "counting" || job?.state === "downloading";

  async function start(what: TExportKind, format: TExportFormat) {
    const abort = new AbortController();
    abortRef.current = abort;
    const base = { what, format, rows: 0, bytes: 0, total: null };
    setJob({ ...base, state: "counting" });
    try {
      const countResponse = await fetch(exportUrl(what, format, filters, true), {
        signal: abort.signal,
      });
      if (!countResponse.ok) throw new Error(await errorText(countResponse));
      const { count } = (await countResponse.json()) as { count: number };
      setJob({ ...base, total: count, state: "downloading" });
      const response = await fetch(exportUrl(what, format, filters), { signal: abort.signal });
      if (!response.ok || !response.body) throw new Error(await errorText(response));
      const reader = response.body.getReader();
      const counter = createRowCounter(format);
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let bytes = 0;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        chunks.push(value as Uint8Array<ArrayBuffer>);
        counter.push(value);
        bytes += value.length;
        setJob({ ...base, total: count, state: "downloading", rows: counter.rows(), bytes });
      }
      const filename = filenameFrom(
        response.headers.get("content-disposition"),
        `vigil-${what}.${format}`,
      );
      saveBlob(
        new Blob(chunks, { type: response.headers.get("content-type") ?? "text/plain" }),
        filename,
      );
      setJob({
        ...base,
        total: count,
        state: "done",
        rows: counter.rows(),
        bytes,
        message: filename,
      });
    } catch (error) {
      if (abort.signal.aborted) setJob((j) => (j ? { ...j, state: "cancelled" } : j));
      else
        setJob((j) => ({
          ...(j ?? base),
          state: "error",
          message: error instanceof Error ? error.message : "The export failed.",
        }));
    }
  }

  const statusText = !job
    ? ""
    : job.state === "counting"
      ? `Counting ${KIND_LABEL[job.what]}…`
      : job.state === "downloading"
        ? `Exporting ${KIND_LABEL[job.what]} as ${job.format.toUpperCase()}…`
        : job.state === "done"
          ? `Downloaded ${job.rows.toLocaleString("en")} ${KIND_LABEL[job.what]} (${(job.bytes / 1024).toFixed(0)} KB) as ${job.message}.`
          : job.state === "cancelled"
            ? "Export cancelled."
            : `Export failed: ${job.message}`;

  return (
    <div>
      <p className="mb-3 text-sm text-slate-700">
        <span data-testid="export-count-actions">{counts.actions.toLocaleString("en")}</span>{" "}
        moderation actions and{" "}
        <span data-testid="export-count-comments">{counts.comments.toLocaleString("en")}</span>{" "}
        comments (imported in the period) match these filters. Exports stream from the server; for
        millions of rows, <code>npx vigil export</code> writes straight to a file.
      </p>
      <div className="flex flex-wrap gap-2">
        {(["actions", "comments"] as const).map((what) =>
          (["csv", "ndjson"] as const).map((format) => (
            <button
              key={`${what}-${format}`}
              type="button"
              className={BUTTON}
              disabled={busy}
              onClick={() => start(what, format)}
            >
              Export {KIND_LABEL[what]} ({format === "csv" ? "CSV" : "NDJSON"})
            </button>
          )),
        )}
        {busy ? (
          <button type="button" className={BUTTON} onClick={() => abortRef.current?.abort()}>
            Cancel export
          </button>
        ) : null}
      </div>
      {job && job.state === "downloading" ? (
        <div className="mt-3 flex items-center gap-3 text-sm">
          <progress
            className="w-64"
            max={job.total ?? undefined}
            value={job.rows}
            aria-label={`Export progress, ${KIND_LABEL[job.what]}`}
          />
          <span className="tabular-nums">
            {job.rows.toLocaleString("en")} of {(job.total ?? 0).toLocaleString("en")} rows ·{" "}
            {(job.bytes / 1024 / 1024).toFixed(1)} MB
          </span>
        </div>
      ) : null}
      <p
        role="status"
        aria-live="polite"
        className={`mt-2 text-sm ${job?.state === "error" ? "text-red-800" : "text-slate-800"}`}
        data-testid="export-status"
      >
        {statusText}
      </p>
    </div>
  );
}

"use client";
// Import in three steps: choose files → check and correct each preview → import with a progress bar.
// The server keeps the parse; the browser holds a preview and sends back only the upload id and edits.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { TSplitEdit, TUploadPreview } from "@/lib/import/web-preview";
import { FilePreview } from "./file-preview";
import { JobProgress } from "./job-progress";

type TSplit = Pick<TSplitEdit, "boundary" | "dropped">;
type TStep =
  | { kind: "choose" }
  | { kind: "previewing" }
  | { kind: "review"; upload: TUploadPreview }
  | { kind: "running"; jobId: string };

export function ImportWizard() {
  const router = useRouter();
  const [step, setStep] = useState<TStep>({ kind: "choose" });
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  // Per file index, per article index: the corrected split.
  const [splits, setSplits] = useState<Record<number, Record<number, TSplit>>>({});

  async function preview(list: FileList | File[]) {
    const files = Array.from(list);
    if (files.length === 0) return;
    setError(null);
    setStep({ kind: "previewing" });
    const form = new FormData();
    for (const f of files) form.append("files", f);
    const res = await fetch("/api/import/preview", { method: "POST", body: form }).catch(
      () => null,
    );
    const body = res ? await res.json().catch(() => null) : null;
    if (!res?.ok || !body?.ok) {
      setError(body?.error ?? "The preview failed. Try again.");
      setStep({ kind: "choose" });
      return;
    }
    setSplits({});
    setStep({ kind: "review", upload: body as TUploadPreview });
  }

  async function confirm(upload: TUploadPreview) {
    setError(null);
    const edits: TSplitEdit[] = Object.entries(splits).flatMap(([file, byArticle]) =>
      Object.entries(byArticle).map(([article, split]) => ({
        file: Number(file),
        article: Number(article),
        ...split,
      })),
    );
    const payload = { uploadId: upload.uploadId, edits };
    const res = await fetch("/api/import/jobs", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(payload),
    }).catch(() => null);
    const body = res ? await res.json().catch(() => null) : null;
    if (!res?.ok) {
      setError(body?.error ?? "The import could not start.");
      return;
    }
    setStep({ kind: "running", jobId: body.jobId });
  }

  return (
    <section
      aria-labelledby="new-import"
      className="rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="new-import" className="text-lg font-semibold">
        New import
      </h2>
      {error ? (
        <p role="alert" className="mt-3 rounded bg-red-50 p-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      {step.kind === "choose" || step.kind === "previewing" ? (
        <label
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void preview(e.dataTransfer.files);
          }}
          className={`mt-3 flex cursor-pointer flex-col items-center justify-center rounded-lg border-2 border-dashed p-8 text-center ${dragging ? "border-blue-500 bg-blue-50" : "border-slate-300"}`}
        >
          <span className="font-medium">
            {step.kind === "previewing" ? "Reading files…" : "Drop files here, or choose files"}
          </span>
          <span className="mt-1 text-sm text-slate-600">
            .txt pages, .json, .jsonl, .csv, WordPress .xml, Disqus .xml — up to 50 MB
          </span>
          <input
            type="file"
            multiple
            className="sr-only"
            aria-label="Choose files to import"
            disabled={step.kind === "previewing"}
            onChange={(e) => e.target.files && void preview(e.target.files)}
          />
        </label>
      ) : null}
      {step.kind === "review" ? (
        <div className="mt-4 space-y-4">
          {step.upload.files.map((file, fileIndex) => (
            <FilePreview
              key={fileIndex}
              file={file}
              splits={splits[fileIndex] ?? {}}
              onSplit={(article, split) =>
                setSplits((prev) => ({
                  ...prev,
                  [fileIndex]: { ...prev[fileIndex], [article]: split },
                }))
              }
            />
          ))}
          <div className="flex gap-3">
            <button
              type="button"
              onClick={() => void confirm(step.upload)}
              disabled={step.upload.files.every((f) => f.articleCount === 0)}
              className="rounded bg-slate-900 px-4 py-2 font-medium text-white hover:bg-slate-700 disabled:opacity-50"
            >
              Import {step.upload.files.length} file{step.upload.files.length === 1 ? "" : "s"}
            </button>
            <button
              type="button"
              onClick={() => setStep({ kind: "choose" })}
              className="rounded border border-slate-300 px-4 py-2"
            >
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {step.kind === "running" ? (
        <JobProgress
          jobId={step.jobId}
          onDone={() => router.refresh()}
          onAgain={() => setStep({ kind: "choose" })}
        />
      ) : null}
    </section>
  );
}

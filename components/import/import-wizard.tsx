"use client";
// Import in three steps: choose files → check and correct each preview → import with a progress bar.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { TFilePreview } from "@/lib/import/preview";
import type { TParsedArticle } from "@/lib/import/types";
import { FilePreview } from "./file-preview";
import { JobProgress } from "./job-progress";

type TStep = { kind: "choose" } | { kind: "previewing" } | { kind: "review"; files: TFilePreview[] } | { kind: "running"; jobId: string };

export function ImportWizard() {
  const router = useRouter();
  const [step, setStep] = useState<TStep>({ kind: "choose" });
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [edited, setEdited] = useState<Record<string, TParsedArticle[]>>({});

  async function preview(list: FileList | File[]) {
    const files = Array.from(list);
    if (files.length === 0) return;
    setError(null);
    setStep({ kind: "previewing" });
    const form = new FormData();
    for (const f of files) form.append("files", f);
    const res = await fetch("/api/import/preview", { method: "POST", body: form }).catch(() => null);
    const body = res ? await res.json().catch(() => null) : null;
    if (!res?.ok || !body?.ok) {
      setError(body?.error ?? "The preview failed. Try again.");
      setStep({ kind: "choose" });
      return;
    }
    setEdited({});
    setStep({ kind: "review", files: body.files });
  }

  async function confirm(files: TFilePreview[]) {
    setError(null);
    const payload = {
      files: files.map((f) => ({ name: f.name, format: f.format, articles: edited[f.name] ?? f.articles, errors: f.errors, warnings: f.warnings })),
    };
    const res = await fetch("/api/import/jobs", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(payload) }).catch(() => null);
    const body = res ? await res.json().catch(() => null) : null;
    if (!res?.ok) {
      setError(body?.error ?? "The import could not start.");
      return;
    }
    setStep({ kind: "running", jobId: body.jobId });
  }

  return (
    <section aria-labelledby="new-import" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="new-import" className="text-lg font-semibold">New import</h2>
      {error ? <p role="alert" className="mt-3 rounded bg-red-50 p-2 text-sm text-red-800">{error}</p> : null}
      {step.kind === "choose" || step.kind === "previewing" ? (
        <label
          onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => { e.preventDefault(); setDragging(false); void preview(e.dataTransfer.files); }}
          className={`mt-3 flex cursor-pointer flex-col items-center justify-center rounded-lg border-2 border-dashed p-8 text-center ${dragging ? "border-blue-500 bg-blue-50" : "border-slate-300"}`}
        >
          <span className="font-medium">{step.kind === "previewing" ? "Reading files…" : "Drop files here, or choose files"}</span>
          <span className="mt-1 text-sm text-slate-600">.txt pages, .json, .jsonl, .csv, WordPress .xml, Disqus .xml — up to 50 MB</span>
          <input type="file" multiple className="sr-only" aria-label="Choose files to import" disabled={step.kind === "previewing"}
            onChange={(e) => e.target.files && void preview(e.target.files)} />
        </label>
      ) : null}
      {step.kind === "review" ? (
        <div className="mt-4 space-y-4">
          {step.files.map((file) => (
            <FilePreview key={file.name} file={file} articles={edited[file.name] ?? file.articles}
              onChange={(articles) => setEdited((prev) => ({ ...prev, [file.name]: articles }))} />
          ))}
          <div className="flex gap-3">
            <button type="button" onClick={() => void confirm(step.files)} disabled={step.files.every((f) => f.articles.length === 0)}
              className="rounded bg-slate-900 px-4 py-2 font-medium text-white hover:bg-slate-700 disabled:opacity-50">
              Import {step.files.length} file{step.files.length === 1 ? "" : "s"}
            </button>
            <button type="button" onClick={() => setStep({ kind: "choose" })} className="rounded border border-slate-300 px-4 py-2">Cancel</button>
          </div>
        </div>
      ) : null}
      {step.kind === "running" ? (
        <JobProgress jobId={step.jobId} onDone={() => router.refresh()} onAgain={() => setStep({ kind: "choose" })} />
      ) : null}
    </section>
  );
}

"use client";
// Imports a fact-check library file and reports what went in and which records were rejected where.
import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { BUTTON_PRIMARY, CARD, INPUT, LABEL } from "@/components/ui/styles";

type TImportResult = {
  format: string;
  created: number;
  updated: number;
  unchanged: number;
  unrated: number;
  undated: number;
  rejected: number;
  errors: Array<{ where: string; message: string }>;
  moreErrors: number;
  /** The rescore that brings added or changed claims to stored comments; null when nothing changed. */
  rescore: { jobId: string; total: number } | null;
};

export function FactCheckImport() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<TImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setResult(null);
    setError(null);
    try {
      const response = await fetch("/admin/settings/fact-checks/import", {
        method: "POST",
        body: new FormData(event.currentTarget),
      });
      const body = await response
        .json()
        .catch(() => ({ error: `The server answered ${response.status}.` }));
      if (!response.ok) setError(body.error ?? "The import failed.");
      else {
        setResult(body as TImportResult);
        router.refresh();
      }
    } catch {
      setError("The server could not be reached. Try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <section aria-labelledby="fc-import-heading" className={`${CARD} mb-6`}>
      <h2 id="fc-import-heading" className="mb-1 font-semibold">
        Import a library file
      </h2>
      <p className="mb-3 text-sm text-slate-700">
        JSONL ({"{"}&quot;id&quot;, &quot;claim&quot;, &quot;verdict&quot;, &quot;url&quot;{"}"} per
        line; only &quot;claim&quot; is required, a missing verdict loads as &quot;unrated&quot;),
        CSV/TSV with a header row (CheckThat&apos;s verified_claims TSV too), or schema.org
        ClaimReview JSON. Records with a known id are updated.
      </p>
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3">
        <label className={LABEL}>
          File
          <input
            name="file"
            type="file"
            required
            accept=".jsonl,.ndjson,.json,.csv,.tsv,.txt"
            className="text-sm"
          />
        </label>
        <label className={LABEL}>
          Format
          <select name="format" defaultValue="auto" className={INPUT}>
            <option value="auto">detect</option>
            <option value="jsonl">JSONL</option>
            <option value="csv">CSV / TSV</option>
            <option value="claimreview">ClaimReview JSON</option>
          </select>
        </label>
        <button type="submit" className={BUTTON_PRIMARY} disabled={pending}>
          {pending ? "Importing…" : "Import"}
        </button>
      </form>
      <div aria-live="polite" className="mt-2 text-sm">
        {error ? (
          <p role="alert" className="text-red-800">
            ⚠ {error}
          </p>
        ) : null}
        {result ? (
          <div role="status">
            <p className="text-green-800">
              ✓ Read as {result.format}: {result.created} added, {result.updated} updated,{" "}
              {result.unchanged} unchanged, {result.rejected} rejected.
              {result.unrated
                ? ` ${result.unrated} have no verdict and were loaded as "unrated".`
                : null}
              {result.undated
                ? ` ${result.undated} have a date that could not be read and were loaded without one.`
                : null}
            </p>
            {result.rescore ? (
              <p className="text-slate-800">
                Rescoring {result.rescore.total.toLocaleString("en")} comment
                {result.rescore.total === 1 ? "" : "s"} in the background, so they get the new
                fact-check candidates.{" "}
                <Link href="/admin/jobs" className="text-blue-800 underline">
                  Follow it on the Jobs page
                </Link>
              </p>
            ) : null}
            {result.errors.length ? (
              <ul className="ml-5 mt-1 list-disc text-slate-800">
                {result.errors.map((e, i) => (
                  <li key={i}>
                    <strong>{e.where}</strong>: {e.message}
                  </li>
                ))}
              </ul>
            ) : null}
            {result.moreErrors ? (
              <p className="text-slate-800">
                …and {result.moreErrors} more rejected records not listed.
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}

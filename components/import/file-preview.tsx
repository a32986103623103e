"use client";
// One file's preview: what was found, warnings and errors, and for pages a split editor.
import { useState } from "react";
import type { TFilePreview } from "@/lib/import/preview";
import type { TParsedArticle } from "@/lib/import/types";
import { SplitEditor } from "./split-editor";

type TProps = { file: TFilePreview; articles: TParsedArticle[]; onChange: (articles: TParsedArticle[]) => void };

export function FilePreview({ file, articles, onChange }: TProps) {
  const [editing, setEditing] = useState<number | null>(null);
  const comments = articles.reduce((n, a) => n + a.comments.length, 0);
  return (
    <article className="rounded border border-slate-200 p-4" aria-label={`Preview of ${file.name}`} data-testid="file-preview">
      <header className="flex flex-wrap items-baseline gap-3">
        <h3 className="font-semibold">{file.name}</h3>
        <span className="rounded bg-slate-100 px-1.5 text-xs font-semibold uppercase">{file.format}</span>
        <span className="text-sm text-slate-600" data-testid="preview-counts">{articles.length} article(s), {comments} comment(s)</span>
      </header>
      {file.errors.length ? (
        <div role="alert" className="mt-2 rounded bg-red-50 p-2 text-sm text-red-800">
          <p className="font-medium">{file.errors.length} problem(s): these records will be skipped, the rest imported.</p>
          <ul className="list-disc pl-5">{file.errors.slice(0, 20).map((e, i) => <li key={i}><span className="font-mono">{e.where}</span>: {e.message}</li>)}</ul>
        </div>
      ) : null}
      {file.warnings.length ? (
        <details className="mt-2 rounded bg-amber-50 p-2 text-sm text-amber-900">
          <summary>{file.warnings.length} warning(s): check the split</summary>
          <ul className="list-disc pl-5">{file.warnings.slice(0, 50).map((w, i) => <li key={i}><span className="font-mono">{w.where}</span>: {w.message}</li>)}</ul>
        </details>
      ) : null}
      <ul className="mt-3 space-y-3">
        {articles.slice(0, 20).map((article, index) => (
          <li key={index} className="rounded bg-slate-50 p-3">
            <p className="font-medium" data-testid="preview-title">{article.title ?? "(no title found)"}</p>
            <p className="text-xs text-slate-600">
              {article.publishedAt ? `published ${article.publishedAt.slice(0, 10)}` : "no date"} · {article.source ?? "no source"} · {article.comments.length} comment(s)
            </p>
            <p className="mt-1 line-clamp-2 text-sm text-slate-700">{article.body.slice(0, 300)}</p>
            <ol className="mt-2 space-y-1 text-sm">
              {article.comments.slice(0, 5).map((c, i) => (
                <li key={i}><span className="font-medium">{c.author ?? "(no name)"}</span>{c.replyTo ? ` → ${c.replyTo}` : ""}: {c.body.slice(0, 120)}</li>
              ))}
              {article.comments.length > 5 ? <li className="text-slate-500">… {article.comments.length - 5} more</li> : null}
            </ol>
            {file.format === "text" || file.format === "html" ? (
              editing === index ? (
                <SplitEditor article={article} onDone={(fixed) => { onChange(articles.map((a, i) => (i === index ? fixed : a))); setEditing(null); }} onCancel={() => setEditing(null)} />
              ) : (
                <button type="button" onClick={() => setEditing(index)} className="mt-2 rounded border border-slate-300 px-2 py-1 text-sm">Adjust split…</button>
              )
            ) : null}
          </li>
        ))}
      </ul>
    </article>
  );
}

"use client";
// One file's preview: what was found, warnings and errors, and for pages a split editor. It shows
// the server's preview (the first articles, shortened text); edits go back as line numbers.
import { useState } from "react";
import { previewWithEdit, type TPreviewFile, type TSplitEdit } from "@/lib/import/web-preview";
import { SplitEditor } from "./split-editor";

type TSplit = Pick<TSplitEdit, "boundary" | "dropped">;
type TProps = {
  file: TPreviewFile;
  splits: Record<number, TSplit>;
  onSplit: (article: number, split: TSplit) => void;
};

export function FilePreview({ file, splits, onSplit }: TProps) {
  const [editing, setEditing] = useState<number | null>(null);
  const articles = file.articles.map((a, i) => (splits[i] ? previewWithEdit(a, splits[i]) : a));
  const comments =
    file.commentCount +
    articles.reduce((n, a, i) => n + a.commentCount - file.articles[i].commentCount, 0);
  return (
    <article
      className="rounded border border-slate-200 p-4"
      aria-label={`Preview of ${file.name}`}
      data-testid="file-preview"
    >
      <header className="flex flex-wrap items-baseline gap-3">
        <h3 className="font-semibold">{file.name}</h3>
        <span className="rounded bg-slate-100 px-1.5 text-xs font-semibold uppercase">
          {file.format}
        </span>
        <span className="text-sm text-slate-600" data-testid="preview-counts">
          {file.articleCount} article(s), {comments} comment(s)
        </span>
      </header>
      {file.errorCount ? (
        <div role="alert" className="mt-2 rounded bg-red-50 p-2 text-sm text-red-800">
          <p className="font-medium">
            {file.errorCount} problem(s): these records will be skipped, the rest imported.
          </p>
          <ul className="list-disc pl-5">
            {file.errors.map((e, i) => (
              <li key={i}>
                <span className="font-mono">{e.where}</span>: {e.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {file.warningCount ? (
        <details className="mt-2 rounded bg-amber-50 p-2 text-sm text-amber-900">
          <summary>{file.warningCount} warning(s): check the split</summary>
          <ul className="list-disc pl-5">
            {file.warnings.map((w, i) => (
              <li key={i}>
                <span className="font-mono">{w.where}</span>: {w.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <ul className="mt-3 space-y-3">
        {articles.map((article, index) => (
          <li key={index} className="rounded bg-slate-50 p-3">
            <p className="font-medium" data-testid="preview-title">
              {article.title ?? "(no title found)"}
            </p>
            <p className="text-xs text-slate-600">
              {article.publishedAt ? `published ${article.publishedAt.slice(0, 10)}` : "no date"} ·{" "}
              {article.source ?? "no source"} · {article.commentCount} comment(s)
            </p>
            <p className="mt-1 line-clamp-2 text-sm text-slate-700">{article.body}</p>
            <ol className="mt-2 space-y-1 text-sm">
              {article.comments.map((c, i) => (
                <li key={i}>
                  <span className="font-medium">{c.author ?? "(no name)"}</span>
                  {c.replyTo ? ` → ${c.replyTo}` : ""}: {c.body}
                </li>
              ))}
              {article.commentCount > article.comments.length ? (
                <li className="text-slate-500">
                  … {article.commentCount - article.comments.length} more
                </li>
              ) : null}
            </ol>
            {article.split ? (
              editing === index ? (
                <SplitEditor
                  lines={article.split.lines}
                  initial={splits[index] ?? { boundary: article.split.boundary, dropped: [] }}
                  onDone={(split) => {
                    onSplit(index, split);
                    setEditing(null);
                  }}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <button
                  type="button"
                  onClick={() => setEditing(index)}
                  className="mt-2 rounded border border-slate-300 px-2 py-1 text-sm"
                >
                  Adjust split…
                </button>
              )
            ) : null}
          </li>
        ))}
        {file.articleCount > file.articles.length ? (
          <li className="text-sm text-slate-500">
            … {file.articleCount - file.articles.length} more article(s)
          </li>
        ) : null}
      </ul>
    </article>
  );
}

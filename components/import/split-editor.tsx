"use client";
// Lets a person move the article/comments boundary of a page and drop lines before importing.
import { useMemo, useState } from "react";
import { blockText, fromBlocks, toBlocks } from "@/lib/import/adjust-split";
import type { TParsedArticle } from "@/lib/import/types";

type TProps = { article: TParsedArticle; onDone: (article: TParsedArticle) => void; onCancel: () => void };

export function SplitEditor({ article, onDone, onCancel }: TProps) {
  const initial = useMemo(() => toBlocks(article), [article]);
  const [boundary, setBoundary] = useState(initial.boundary);
  const [dropped, setDropped] = useState<Set<number>>(new Set());
  const toggle = (i: number) => setDropped((prev) => { const next = new Set(prev); if (next.has(i)) next.delete(i); else next.add(i); return next; });
  return (
    <fieldset className="mt-3 rounded border border-slate-300 bg-white p-3">
      <legend className="px-1 text-sm font-semibold">Adjust the split</legend>
      <p className="mb-2 text-xs text-slate-600">Pick the first comment with &quot;Comments start here&quot;; untick lines that are not content.</p>
      <ol className="max-h-96 space-y-1 overflow-y-auto text-sm">
        {initial.blocks.map((block, i) => (
          <li key={i} className={`flex items-start gap-2 rounded p-1 ${i >= boundary ? "bg-blue-50" : ""} ${dropped.has(i) ? "opacity-50 line-through" : ""}`}>
            <input type="checkbox" checked={!dropped.has(i)} onChange={() => toggle(i)} aria-label={`Keep line ${i + 1}`} className="mt-1" />
            <label className="flex shrink-0 items-center gap-1 text-xs">
              <input type="radio" name="boundary" checked={boundary === i} onChange={() => setBoundary(i)} aria-label={`Comments start at line ${i + 1}`} />
              start
            </label>
            <span className="text-xs font-semibold text-slate-500">{i >= boundary ? "comment" : "article"}</span>
            <span>{block.kind === "comment" && block.comment.author ? <b>{block.comment.author}: </b> : null}{blockText(block).slice(0, 200)}</span>
          </li>
        ))}
        <li className="flex items-center gap-2 p-1 text-xs">
          <input type="radio" name="boundary" checked={boundary === initial.blocks.length} onChange={() => setBoundary(initial.blocks.length)} aria-label="No comments" /> no comments
        </li>
      </ol>
      <div className="mt-2 flex gap-2">
        <button type="button" onClick={() => onDone(fromBlocks(article, initial.blocks, boundary, dropped))} className="rounded bg-slate-900 px-3 py-1 text-sm text-white">Apply</button>
        <button type="button" onClick={onCancel} className="rounded border border-slate-300 px-3 py-1 text-sm">Cancel</button>
      </div>
    </fieldset>
  );
}

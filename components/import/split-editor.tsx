"use client";
// Lets a person move the article/comments boundary of a page and drop lines before importing. It
// works on the preview's lines; the server applies the same edit to the parse it kept.
import { useState } from "react";
import type { TPreviewLine, TSplitEdit } from "@/lib/import/web-preview";

type TSplit = Pick<TSplitEdit, "boundary" | "dropped">;
type TProps = {
  lines: TPreviewLine[];
  initial: TSplit;
  onDone: (split: TSplit) => void;
  onCancel: () => void;
};

export function SplitEditor({ lines, initial, onDone, onCancel }: TProps) {
  const [boundary, setBoundary] = useState(initial.boundary);
  const [dropped, setDropped] = useState<Set<number>>(new Set(initial.dropped));
  const toggle = (i: number) =>
    setDropped((prev) => {
      const next = new Set(prev);
      if (next.has(i)) next.delete(i);
      else next.add(i);
      return next;
    });
  return (
    <fieldset className="mt-3 rounded border border-slate-300 bg-white p-3">
      <legend className="px-1 text-sm font-semibold">Adjust the split</legend>
      <p className="mb-2 text-xs text-slate-600">
        Pick the first comment with &quot;Comments start here&quot;; untick lines that are not
        content.
      </p>
      <ol className="max-h-96 space-y-1 overflow-y-auto text-sm">
        {lines.map((line, i) => (
          <li
            key={i}
            className={`flex items-start gap-2 rounded p-1 ${i >= boundary ? "bg-blue-50" : ""} ${dropped.has(i) ? "opacity-50 line-through" : ""}`}
          >
            <input
              type="checkbox"
              checked={!dropped.has(i)}
              onChange={() => toggle(i)}
              aria-label={`Keep line ${i + 1}`}
              className="mt-1"
            />
            <label className="flex shrink-0 items-center gap-1 text-xs">
              <input
                type="radio"
                name="boundary"
                checked={boundary === i}
                onChange={() => setBoundary(i)}
                aria-label={`Comments start at line ${i + 1}`}
              />
              start
            </label>
            <span className="text-xs font-semibold text-slate-500">
              {i >= boundary ? "comment" : "article"}
            </span>
            <span>
              {line.kind === "comment" && line.author ? <b>{line.author}: </b> : null}
              {line.text}
            </span>
          </li>
        ))}
        <li className="flex items-center gap-2 p-1 text-xs">
          <input
            type="radio"
            name="boundary"
            checked={boundary === lines.length}
            onChange={() => setBoundary(lines.length)}
            aria-label="No comments"
          />{" "}
          no comments
        </li>
      </ol>
      <div className="mt-2 flex gap-2">
        <button
          type="button"
          onClick={() => onDone({ boundary, dropped: [...dropped].sort((a, b) => a - b) })}
          className="rounded bg-slate-900 px-3 py-1 text-sm text-white"
        >
          Apply
        </button>
        <button
          type="button"
          onClick={onCancel}
          className="rounded border border-slate-300 px-3 py-1 text-sm"
        >
          Cancel
        </button>
      </div>
    </fieldset>
  );
}

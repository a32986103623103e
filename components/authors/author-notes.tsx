"use client";
// Notes about an author: the list and a form to add one.
import { useState } from "react";
import { addAuthorNoteAction } from "@/lib/authors/actions/author-actions";
import type { TAuthorNote } from "@/lib/authors/types";
import { formatTime } from "@/components/ui/format-time";
import { useAuthorRun } from "./use-author-run";

export function AuthorNotes({
  authorId,
  notes,
  canWrite,
}: {
  authorId: number;
  notes: TAuthorNote[];
  canWrite: boolean;
}) {
  const { run, busy, message } = useAuthorRun();
  const [body, setBody] = useState("");
  return (
    <div>
      {notes.length === 0 ? (
        <p className="text-sm text-slate-600">No notes yet.</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {notes.map((n) => (
            <li key={n.id}>
              <p className="whitespace-pre-wrap">{n.body}</p>
              <p className="text-xs text-slate-600">
                {n.by ?? "someone"} · {formatTime(n.at)}
              </p>
            </li>
          ))}
        </ul>
      )}
      {canWrite ? (
        <form
          className="mt-3"
          onSubmit={async (e) => {
            e.preventDefault();
            if (
              await run(
                () => addAuthorNoteAction({ authorId, body }),
                () => ({ text: "Note added." }),
              )
            )
              setBody("");
          }}
        >
          <label className="block text-sm">
            Add a note
            <textarea
              value={body}
              onChange={(e) => setBody(e.target.value)}
              maxLength={4000}
              rows={2}
              className="mt-1 block w-full rounded border border-slate-300 px-2 py-1"
            />
          </label>
          <button
            type="submit"
            disabled={busy || !body.trim()}
            className="mt-2 rounded border border-slate-300 px-3 py-1.5 text-sm disabled:opacity-50"
          >
            Add note
          </button>
          <p
            role="status"
            className={`mt-1 text-sm ${message?.error ? "text-red-800" : "text-slate-700"}`}
          >
            {message?.text}
          </p>
        </form>
      ) : null}
    </div>
  );
}

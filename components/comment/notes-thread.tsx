"use client";
// Moderators' notes on a comment, oldest first, with a box to add one ("n" focuses it).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { addNoteAction } from "@/lib/moderation/actions/add-note";
import type { TNoteView } from "@/lib/moderation/review-types";
import { formatTime } from "@/components/ui/format-time";
import { useOperation } from "@/components/ui/use-operation";

export function NotesThread({ commentId, notes }: { commentId: number; notes: TNoteView[] }) {
  const router = useRouter();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const { run, busy } = useOperation();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const result = await run(() => addNoteAction({ commentId, body }));
    if (!result.ok) return setError(result.fieldErrors?.body?.[0] ?? result.error);
    setBody("");
    setError(null);
    router.refresh();
  };
  return (
    <div>
      {notes.length ? (
        <ol className="mb-2 space-y-2" data-testid="notes">
          {notes.map((n) => (
            <li key={n.id} className="rounded bg-slate-50 p-2 text-sm">
              <p className="whitespace-pre-wrap">{n.body}</p>
              <p className="mt-1 text-xs text-slate-600">
                {n.authorName} · {formatTime(n.createdAt)}
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mb-2 text-sm text-slate-600">No notes yet.</p>
      )}
      <form onSubmit={submit}>
        <label htmlFor="note-body" className="text-xs font-medium text-slate-700">
          Add a note (n)
        </label>
        <textarea
          id="note-body"
          value={body}
          onChange={(e) => setBody(e.target.value)}
          rows={2}
          maxLength={4000}
          aria-invalid={!!error}
          aria-describedby={error ? "note-error" : undefined}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.metaKey || e.ctrlKey))
              e.currentTarget.form?.requestSubmit();
            if (e.key === "Escape") e.currentTarget.blur();
          }}
          className="mt-0.5 block w-full rounded border border-slate-300 px-2 py-1 text-sm"
        />
        {error ? (
          <p id="note-error" className="text-sm text-red-800">
            {error}
          </p>
        ) : null}
        <button
          type="submit"
          disabled={busy}
          className="mt-1 rounded bg-slate-900 px-3 py-1 text-sm font-medium text-white"
        >
          Add note
        </button>
      </form>
    </div>
  );
}

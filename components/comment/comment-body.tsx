"use client";
// The comment's highlighted text plus annotating: select text (or type the exact words) → label +
// note, saved with its offsets and listed for every moderator.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { annotateCommentAction } from "@/lib/moderation/actions/annotate-comment";
import type { TAnnotationView, TEvidenceSpan } from "@/lib/moderation/review-types";
import { useOperation } from "@/components/ui/use-operation";
import { EvidenceText, type TTextSelection } from "./evidence-text";

type TProps = {
  commentId: number;
  body: string;
  spans: TEvidenceSpan[];
  annotations: TAnnotationView[];
};

/** The offsets of typed words: the first exact occurrence, else a case-insensitive one. */
function locate(body: string, quote: string): TTextSelection | null {
  if (!quote) return null;
  let at = body.indexOf(quote);
  if (at < 0) at = body.toLowerCase().indexOf(quote.toLowerCase());
  return at < 0
    ? null
    : { start: at, end: at + quote.length, quote: body.slice(at, at + quote.length) };
}

const field = "mt-0.5 block w-full rounded border border-slate-300 px-2 py-1 text-sm";

export function CommentBody({ commentId, body, spans, annotations }: TProps) {
  const router = useRouter();
  const [selection, setSelection] = useState<TTextSelection | null>(null);
  const [quote, setQuote] = useState("");
  const [label, setLabel] = useState("");
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [open, setOpen] = useState(false);
  const { run, busy } = useOperation();
  const onSelect = (s: TTextSelection | null) => {
    setSelection(s);
    if (s) {
      setQuote(s.quote);
      setOpen(true);
    }
  };
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const target = selection && selection.quote === quote ? selection : locate(body, quote.trim());
    if (!target)
      return setMessage({
        text: "Those words are not in the comment. Select text in it, or type words exactly as written.",
        error: true,
      });
    const result = await run(() =>
      annotateCommentAction({ commentId, start: target.start, end: target.end, label, note }),
    );
    if (!result.ok)
      return setMessage({ text: result.fieldErrors?.label?.[0] ?? result.error, error: true });
    setMessage({ text: `Annotated “${target.quote}”.` });
    setSelection(null);
    setQuote("");
    setLabel("");
    setNote("");
    router.refresh();
  };
  return (
    <div>
      <EvidenceText body={body} spans={spans} annotations={annotations} onSelect={onSelect} />
      <details
        className="mt-4 rounded border border-slate-200 p-3"
        open={open}
        onToggle={(e) => setOpen(e.currentTarget.open)}
      >
        <summary className="cursor-pointer text-sm font-medium">
          Annotate {selection ? "the selection" : "text"}
        </summary>
        <form
          onSubmit={submit}
          className="mt-2 grid gap-2 sm:grid-cols-3"
          aria-label="Annotate text"
        >
          <label className="text-xs font-medium text-slate-700 sm:col-span-3">
            Text (select it in the comment, or type it)
            <input
              value={quote}
              onChange={(e) => setQuote(e.target.value)}
              required
              className={field}
              name="quote"
            />
          </label>
          <label className="text-xs font-medium text-slate-700">
            Label
            <input
              value={label}
              onChange={(e) => setLabel(e.target.value)}
              required
              maxLength={80}
              placeholder="e.g. dehumanising"
              className={field}
              name="label"
            />
          </label>
          <label className="text-xs font-medium text-slate-700 sm:col-span-2">
            Note (optional)
            <input
              value={note}
              onChange={(e) => setNote(e.target.value)}
              maxLength={1000}
              className={field}
              name="note"
            />
          </label>
          <div>
            <button
              type="submit"
              disabled={busy}
              className="rounded bg-slate-900 px-3 py-1 text-sm font-medium text-white disabled:opacity-50"
            >
              Save annotation
            </button>
          </div>
        </form>
      </details>
      <p
        role="status"
        className={`mt-1 text-sm ${message?.error ? "text-red-800" : "text-slate-700"}`}
      >
        {message?.text}
      </p>
      {annotations.length ? (
        <section className="mt-3" aria-labelledby="annotations-h">
          <h3 id="annotations-h" className="text-sm font-semibold">
            Annotations
          </h3>
          <ul className="mt-1 space-y-1 text-sm" data-testid="annotations">
            {annotations.map((a) => (
              <li key={a.id}>
                <span className="rounded bg-yellow-100 px-1 font-medium">{a.label}</span> “{a.quote}
                ”{a.note ? ` — ${a.note}` : ""}{" "}
                <span className="text-slate-600">({a.authorName})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

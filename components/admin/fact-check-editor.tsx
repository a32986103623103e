"use client";
// Add or edit one fact-check, and the library table with edit, (de)activate and delete.
import { useRef, useState } from "react";
import type { TFactCheckRow } from "@/lib/admin/schemas";
import { saveFactCheckAction } from "@/lib/admin/actions/save-fact-check";
import { deleteFactCheckAction } from "@/lib/admin/actions/delete-fact-check";
import {
  BUTTON,
  BUTTON_DANGER,
  BUTTON_PRIMARY,
  CARD,
  INPUT,
  LABEL,
  TABLE,
  TD,
  TH,
} from "@/components/ui/styles";
import { FeedbackMessage, FieldError } from "./feedback-message";
import { useFormOperation } from "@/components/ui/use-form-operation";
import { safeHttpUrl } from "@/lib/validation/values";

const payload = (f: TFactCheckRow, active: boolean) => ({
  id: f.id,
  externalId: f.externalId,
  claim: f.claim,
  verdict: f.verdict,
  url: f.url,
  publisher: f.publisher,
  publishedAt: f.publishedAt,
  active,
});

export function FactCheckEditor({ rows }: { rows: TFactCheckRow[] }) {
  const { pending, feedback, run } = useFormOperation();
  const [editing, setEditing] = useState<TFactCheckRow | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  function submit(form: FormData) {
    const text = (k: string) => String(form.get(k) ?? "").trim() || null;
    const input = {
      ...(editing ? { id: editing.id } : {}),
      externalId: text("externalId"),
      claim: text("claim") ?? "",
      verdict: text("verdict") ?? "",
      url: text("url"),
      publisher: text("publisher"),
      publishedAt: text("publishedAt"),
      active: form.get("active") === "on",
    };
    run(saveFactCheckAction, input, () => {
      setEditing(null);
      formRef.current?.reset();
      return editing ? "Fact-check saved." : "Fact-check added.";
    });
  }

  return (
    <>
      <section aria-labelledby="fc-form-heading" className={`${CARD} mb-6`}>
        <h2 id="fc-form-heading" className="mb-3 font-semibold">
          {editing ? "Edit fact-check" : "Add a fact-check"}
        </h2>
        <form
          key={editing ? `e${editing.id}` : "new"}
          ref={formRef}
          action={submit}
          className="grid gap-3 md:grid-cols-2"
        >
          <label className={`${LABEL} md:col-span-2`}>
            Claim
            <textarea
              name="claim"
              required
              rows={2}
              maxLength={5000}
              defaultValue={editing?.claim}
              className={INPUT}
              aria-describedby="fc-claim-error"
            />
            <FieldError feedback={feedback} field="claim" id="fc-claim-error" />
          </label>
          <label className={LABEL}>
            Verdict
            <input
              name="verdict"
              required
              maxLength={100}
              defaultValue={editing?.verdict}
              className={INPUT}
              placeholder="false, misleading, true…"
            />
          </label>
          <label className={LABEL}>
            Fact-check URL
            <input
              name="url"
              type="url"
              maxLength={2000}
              defaultValue={editing?.url ?? ""}
              className={INPUT}
              aria-describedby="fc-url-error"
            />
            <FieldError feedback={feedback} field="url" id="fc-url-error" />
          </label>
          <label className={LABEL}>
            Publisher
            <input
              name="publisher"
              maxLength={200}
              defaultValue={editing?.publisher ?? ""}
              className={INPUT}
            />
          </label>
          <label className={LABEL}>
            Published on (optional: comments posted shortly before it match it more readily)
            <input
              name="publishedAt"
              type="date"
              defaultValue={editing?.publishedAt ?? ""}
              className={INPUT}
              aria-describedby="fc-date-error"
            />
            <FieldError feedback={feedback} field="publishedAt" id="fc-date-error" />
          </label>
          <label className={LABEL}>
            Id in the source library (optional)
            <input
              name="externalId"
              maxLength={200}
              defaultValue={editing?.externalId ?? ""}
              className={INPUT}
            />
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input
              name="active"
              type="checkbox"
              defaultChecked={editing?.active ?? true}
              className="h-4 w-4"
            />{" "}
            Active (used for matching)
          </label>
          <div className="flex gap-2">
            <button type="submit" className={BUTTON_PRIMARY} disabled={pending}>
              {editing ? "Save" : "Add fact-check"}
            </button>
            {editing ? (
              <button type="button" className={BUTTON} onClick={() => setEditing(null)}>
                Cancel editing
              </button>
            ) : null}
          </div>
        </form>
        <FeedbackMessage feedback={feedback} className="mt-2" />
      </section>
      {rows.length ? (
        <table className={TABLE}>
          <thead>
            <tr>
              <th scope="col" className={`${TH} w-1/2`}>
                Claim
              </th>
              <th scope="col" className={TH}>
                Verdict
              </th>
              <th scope="col" className={TH}>
                Source
              </th>
              <th scope="col" className={TH}>
                Published
              </th>
              <th scope="col" className={`${TH} text-right`}>
                Matches
              </th>
              <th scope="col" className={TH}>
                Status
              </th>
              <th scope="col" className={TH}>
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((f) => (
              <tr key={f.id} className={f.active ? "" : "text-slate-600"}>
                <th scope="row" className={`${TD} font-normal`}>
                  {f.claim}
                </th>
                <td className={TD}>{f.verdict}</td>
                <td className={TD}>
                  {safeHttpUrl(f.url) ? (
                    <a
                      href={safeHttpUrl(f.url)!}
                      target="_blank"
                      rel="noreferrer noopener"
                      className="text-blue-800 underline"
                    >
                      {f.publisher ?? "link"}
                    </a>
                  ) : (
                    (f.publisher ?? "—")
                  )}
                </td>
                <td className={`${TD} whitespace-nowrap tabular-nums`}>
                  {f.publishedAt ? <time dateTime={f.publishedAt}>{f.publishedAt}</time> : "—"}
                </td>
                <td className={`${TD} text-right tabular-nums`}>{f.matches}</td>
                <td className={TD}>{f.active ? "active" : "inactive"}</td>
                <td className={`${TD} whitespace-nowrap`}>
                  <button type="button" className={BUTTON} onClick={() => setEditing(f)}>
                    Edit
                  </button>{" "}
                  <button
                    type="button"
                    className={BUTTON}
                    disabled={pending}
                    onClick={() =>
                      run(saveFactCheckAction, payload(f, !f.active), () =>
                        f.active ? "Deactivated." : "Activated.",
                      )
                    }
                  >
                    {f.active ? "Deactivate" : "Activate"}
                  </button>{" "}
                  {f.matches === 0 ? (
                    <button
                      type="button"
                      className={BUTTON_DANGER}
                      disabled={pending}
                      onClick={() =>
                        window.confirm("Delete this fact-check?") &&
                        run(deleteFactCheckAction, { id: f.id }, () => "Deleted.")
                      }
                    >
                      Delete
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="text-sm text-slate-600">No fact-checks match.</p>
      )}
    </>
  );
}

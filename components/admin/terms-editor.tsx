"use client";
// The admin term list of the terms analyzer: add or edit a term (word, phrase or regular
// expression), switch it off, or delete it. The form above the table doubles as the editor.
import { useRef, useState } from "react";
import type { TTermRow } from "@/lib/admin/schemas";
import { saveTermAction } from "@/lib/admin/actions/save-term";
import { deleteTermAction } from "@/lib/admin/actions/delete-term";
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

type THarmOption = { value: string; label: string };

export function TermsEditor({ terms, harms }: { terms: TTermRow[]; harms: THarmOption[] }) {
  const { pending, feedback, run } = useFormOperation();
  const [editing, setEditing] = useState<TTermRow | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const firstFieldRef = useRef<HTMLSelectElement>(null);

  function edit(term: TTermRow | null) {
    setEditing(term);
    formRef.current?.reset();
    setTimeout(() => firstFieldRef.current?.focus(), 0);
  }

  function submit(form: FormData) {
    const input = {
      ...(editing ? { id: editing.id } : {}),
      harm: String(form.get("harm")),
      pattern: String(form.get("pattern") ?? ""),
      kind: String(form.get("kind")),
      weight: Number(form.get("weight")),
      reason: String(form.get("reason") ?? ""),
      enabled: form.get("enabled") === "on",
    };
    run(saveTermAction, input, (t) => {
      setEditing(null);
      formRef.current?.reset();
      return editing ? `Saved “${t.pattern}”.` : `Added “${t.pattern}”.`;
    });
  }

  const key = editing ? `edit-${editing.id}` : "new";
  return (
    <>
      <section aria-labelledby="term-form-heading" className={`${CARD} mb-6`}>
        <h2 id="term-form-heading" className="mb-3 font-semibold">
          {editing ? `Edit “${editing.pattern}”` : "Add a term"}
        </h2>
        <form key={key} ref={formRef} action={submit} className="flex flex-wrap items-end gap-3">
          <label className={LABEL}>
            Harm
            <select
              ref={firstFieldRef}
              name="harm"
              defaultValue={editing?.harm ?? harms[0]?.value}
              className={INPUT}
            >
              {harms.map((h) => (
                <option key={h.value} value={h.value}>
                  {h.label}
                </option>
              ))}
            </select>
          </label>
          <label className={LABEL}>
            Kind
            <select name="kind" defaultValue={editing?.kind ?? "word"} className={INPUT}>
              <option value="word">word</option>
              <option value="phrase">phrase</option>
              <option value="regex">regular expression</option>
            </select>
          </label>
          <label className={LABEL}>
            Pattern
            <input
              name="pattern"
              required
              maxLength={300}
              defaultValue={editing?.pattern}
              className={`${INPUT} w-56 font-mono`}
              aria-describedby="term-pattern-error"
            />
            <FieldError feedback={feedback} field="pattern" id="term-pattern-error" />
          </label>
          <label className={LABEL}>
            Weight (0–1)
            <input
              name="weight"
              type="number"
              min={0}
              max={1}
              step={0.05}
              required
              defaultValue={editing?.weight ?? 0.5}
              className={`${INPUT} w-20`}
            />
          </label>
          <label className={LABEL}>
            Reason shown to moderators
            <input
              name="reason"
              required
              maxLength={300}
              defaultValue={editing?.reason}
              className={`${INPUT} w-72`}
              aria-describedby="term-reason-error"
            />
            <FieldError feedback={feedback} field="reason" id="term-reason-error" />
          </label>
          <label className="flex items-center gap-2 pb-1 text-sm">
            <input
              name="enabled"
              type="checkbox"
              defaultChecked={editing?.enabled ?? true}
              className="h-4 w-4"
            />{" "}
            Enabled
          </label>
          <button type="submit" className={BUTTON_PRIMARY} disabled={pending}>
            {editing ? "Save term" : "Add term"}
          </button>
          {editing ? (
            <button type="button" className={BUTTON} onClick={() => edit(null)}>
              Cancel editing
            </button>
          ) : null}
        </form>
        <FeedbackMessage feedback={feedback} className="mt-2" />
      </section>
      {terms.length === 0 ? (
        <p className="text-sm text-slate-600">
          No admin terms yet. The engine&apos;s built-in lists still apply; terms added here extend
          them.
        </p>
      ) : (
        <table className={TABLE}>
          <caption className="mb-1 text-left text-sm text-slate-600">
            {terms.length} term{terms.length === 1 ? "" : "s"}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={TH}>
                Pattern
              </th>
              <th scope="col" className={TH}>
                Harm
              </th>
              <th scope="col" className={TH}>
                Kind
              </th>
              <th scope="col" className={`${TH} text-right`}>
                Weight
              </th>
              <th scope="col" className={TH}>
                Reason
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
            {terms.map((t) => (
              <tr key={t.id}>
                <th scope="row" className={`${TD} font-mono font-normal`}>
                  {t.pattern}
                </th>
                <td className={TD}>{t.harm}</td>
                <td className={TD}>{t.kind}</td>
                <td className={`${TD} text-right tabular-nums`}>{t.weight.toFixed(2)}</td>
                <td className={TD}>{t.reason}</td>
                <td className={TD}>{t.enabled ? "enabled" : "off"}</td>
                <td className={`${TD} whitespace-nowrap`}>
                  <button type="button" className={BUTTON} onClick={() => edit(t)}>
                    Edit<span className="sr-only"> {t.pattern}</span>
                  </button>{" "}
                  <button
                    type="button"
                    className={BUTTON_DANGER}
                    disabled={pending}
                    onClick={() =>
                      window.confirm(`Delete “${t.pattern}”?`) &&
                      run(deleteTermAction, { id: t.id }, () => `Deleted “${t.pattern}”.`)
                    }
                  >
                    Delete<span className="sr-only"> {t.pattern}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

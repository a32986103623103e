"use client";
// Auto-moderation rules: define one, backtest it on stored comments, and only then switch it on.
import { useRef, useState } from "react";
import type { TRuleRow } from "@/lib/admin/schemas";
import type { TBacktest } from "@/lib/reports/backtest";
import { saveRuleAction } from "@/lib/admin/actions/save-rule";
import { deleteRuleAction } from "@/lib/admin/actions/delete-rule";
import { setRuleEnabledAction } from "@/lib/admin/actions/set-rule-enabled";
import { backtestRuleAction } from "@/lib/admin/actions/backtest-rule";
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
import { BacktestResult } from "./backtest-result";
import { useFormOperation } from "@/components/ui/use-form-operation";

type THarmOption = { value: string; label: string };
type TSpec = { harm: string; minScore: number; maxScore: number; action: string };

function specOf(form: FormData): TSpec & { name: string } {
  return {
    name: String(form.get("name") ?? ""),
    harm: String(form.get("harm")),
    minScore: Number(form.get("minScore")),
    maxScore: Number(form.get("maxScore")),
    action: String(form.get("action")),
  };
}

export function RulesEditor({ rules, harms }: { rules: TRuleRow[]; harms: THarmOption[] }) {
  const { pending, feedback, run } = useFormOperation();
  const [editing, setEditing] = useState<TRuleRow | null>(null);
  const [preview, setPreview] = useState<{
    ruleId: number | null;
    action: string;
    result: TBacktest;
  } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  function backtest(spec: TSpec, ruleId: number | null) {
    run(
      backtestRuleAction,
      { harm: spec.harm, minScore: spec.minScore, maxScore: spec.maxScore, action: spec.action },
      (result) => {
        setPreview({ ruleId, action: spec.action, result });
        return ruleId === null
          ? "Backtest done (see below the form)."
          : "Backtest done: review it, then confirm to switch the rule on.";
      },
    );
  }

  function save() {
    const form = new FormData(formRef.current!);
    const { name, ...spec } = specOf(form);
    run(saveRuleAction, { ...(editing ? { id: editing.id } : {}), name, ...spec }, (r) => {
      setEditing(null);
      setPreview(null);
      formRef.current?.reset();
      return `Saved “${r.name}” (switched off until you switch it on).`;
    });
  }

  return (
    <>
      <section aria-labelledby="rule-form-heading" className={`${CARD} mb-6`}>
        <h2 id="rule-form-heading" className="mb-1 font-semibold">
          {editing ? `Edit “${editing.name}”` : "Add a rule"}
        </h2>
        <p className="mb-3 text-sm text-slate-700">
          A rule acts on comments whose score for a harm falls in a range. Saved rules start
          switched off; backtest before switching on.
        </p>
        <form
          key={editing ? `edit-${editing.id}` : "new"}
          ref={formRef}
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
          className="flex flex-wrap items-end gap-3"
        >
          <label className={LABEL}>
            Name
            <input
              name="name"
              required
              maxLength={100}
              defaultValue={editing?.name}
              className={`${INPUT} w-56`}
              aria-describedby="rule-name-error"
            />
            <FieldError feedback={feedback} field="name" id="rule-name-error" />
          </label>
          <label className={LABEL}>
            Harm
            <select name="harm" defaultValue={editing?.harm ?? harms[0]?.value} className={INPUT}>
              {harms.map((h) => (
                <option key={h.value} value={h.value}>
                  {h.label}
                </option>
              ))}
            </select>
          </label>
          <label className={LABEL}>
            Score from
            <input
              name="minScore"
              type="number"
              min={0}
              max={1}
              step={0.01}
              required
              defaultValue={editing?.minScore ?? 0.8}
              className={`${INPUT} w-20`}
            />
          </label>
          <label className={LABEL}>
            Score to
            <input
              name="maxScore"
              type="number"
              min={0}
              max={1}
              step={0.01}
              required
              defaultValue={editing?.maxScore ?? 1}
              className={`${INPUT} w-20`}
              aria-describedby="rule-max-error"
            />
            <FieldError feedback={feedback} field="maxScore" id="rule-max-error" />
          </label>
          <label className={LABEL}>
            Action
            <select name="action" defaultValue={editing?.action ?? "HOLD"} className={INPUT}>
              <option value="HOLD">hold for review</option>
              <option value="FLAG">flag</option>
              <option value="HIDE">hide</option>
            </select>
          </label>
          <button
            type="button"
            className={BUTTON}
            disabled={pending}
            onClick={() => backtest(specOf(new FormData(formRef.current!)), null)}
          >
            Backtest
          </button>
          <button type="submit" className={BUTTON_PRIMARY} disabled={pending}>
            {editing ? "Save rule" : "Add rule"}
          </button>
          {editing ? (
            <button type="button" className={BUTTON} onClick={() => setEditing(null)}>
              Cancel editing
            </button>
          ) : null}
        </form>
        <FeedbackMessage feedback={feedback} className="mt-2" />
        {preview && preview.ruleId === null ? (
          <div className="mt-3">
            <BacktestResult result={preview.result} action={preview.action} />
          </div>
        ) : null}
      </section>
      {rules.length === 0 ? (
        <p className="text-sm text-slate-600">No rules yet.</p>
      ) : (
        <table className={TABLE}>
          <thead>
            <tr>
              <th scope="col" className={TH}>
                Rule
              </th>
              <th scope="col" className={TH}>
                Harm
              </th>
              <th scope="col" className={TH}>
                Score range
              </th>
              <th scope="col" className={TH}>
                Action
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
            {rules.map((r) => (
              <tr key={r.id}>
                <th scope="row" className={`${TD} font-medium`}>
                  {r.name}
                  {preview?.ruleId === r.id ? (
                    <div className="mt-2 font-normal">
                      <BacktestResult result={preview.result} action={preview.action} />
                      <div className="mt-2 flex gap-2">
                        <button
                          type="button"
                          className={BUTTON_PRIMARY}
                          disabled={pending}
                          onClick={() =>
                            run(setRuleEnabledAction, { id: r.id, enabled: true }, () => {
                              setPreview(null);
                              return `“${r.name}” is on.`;
                            })
                          }
                        >
                          Confirm: switch on
                        </button>
                        <button type="button" className={BUTTON} onClick={() => setPreview(null)}>
                          Not now
                        </button>
                      </div>
                    </div>
                  ) : null}
                </th>
                <td className={TD}>{r.harm}</td>
                <td className={`${TD} tabular-nums`}>
                  {r.minScore.toFixed(2)}–{r.maxScore.toFixed(2)}
                </td>
                <td className={TD}>{r.action.toLowerCase()}</td>
                <td className={TD}>
                  {r.enabled ? <strong className="text-green-800">on</strong> : "off"}
                </td>
                <td className={`${TD} whitespace-nowrap`}>
                  {r.enabled ? (
                    <button
                      type="button"
                      className={BUTTON}
                      disabled={pending}
                      onClick={() =>
                        run(
                          setRuleEnabledAction,
                          { id: r.id, enabled: false },
                          () => `“${r.name}” is off.`,
                        )
                      }
                    >
                      Switch off<span className="sr-only"> {r.name}</span>
                    </button>
                  ) : (
                    <button
                      type="button"
                      className={BUTTON}
                      disabled={pending}
                      onClick={() => backtest(r, r.id)}
                    >
                      Backtest and switch on<span className="sr-only"> {r.name}</span>
                    </button>
                  )}{" "}
                  <button
                    type="button"
                    className={BUTTON}
                    onClick={() => {
                      setEditing(r);
                      setPreview(null);
                    }}
                  >
                    Edit<span className="sr-only"> {r.name}</span>
                  </button>{" "}
                  <button
                    type="button"
                    className={BUTTON_DANGER}
                    disabled={pending}
                    onClick={() =>
                      window.confirm(`Delete rule “${r.name}”?`) &&
                      run(deleteRuleAction, { id: r.id }, () => `Deleted “${r.name}”.`)
                    }
                  >
                    Delete<span className="sr-only"> {r.name}</span>
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

"use client";
// Switches for the optional external scorers; each needs its API key in the server environment.
import { setExternalScorersAction } from "@/lib/admin/actions/set-external-scorers";
import { BUTTON_PRIMARY, CARD } from "@/components/ui/styles";
import { FeedbackMessage } from "./feedback-message";
import { useFormOperation } from "@/components/ui/use-form-operation";

type TScorer = {
  key: "perspective" | "openai";
  label: string;
  enabled: boolean;
  envName: string;
  envSet: boolean;
};

export function ExternalScorersForm({ scorers }: { scorers: TScorer[] }) {
  const { pending, feedback, run } = useFormOperation();
  function submit(form: FormData) {
    const input = Object.fromEntries(scorers.map((s) => [s.key, form.get(s.key) === "on"]));
    run(setExternalScorersAction, input, () => "External scorer settings saved.");
  }
  return (
    <section aria-labelledby="external-heading" className={CARD}>
      <h2 id="external-heading" className="font-semibold">
        External scorers
      </h2>
      <p className="mb-3 mt-1 max-w-prose text-sm text-slate-700">
        Off unless switched on here <em>and</em> given an API key in the server&apos;s environment.
        They send comment text to a third party.
      </p>
      <form action={submit} className="flex flex-col gap-2">
        {scorers.map((s) => (
          <label key={s.key} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={s.key} defaultChecked={s.enabled} className="h-4 w-4" />
            <span className="font-medium">{s.label}</span>
            <span className={s.envSet ? "text-green-800" : "text-amber-800"}>
              {s.envSet ? `(${s.envName} is set)` : `(${s.envName} is not set: it will not run)`}
            </span>
          </label>
        ))}
        <div>
          <button type="submit" className={BUTTON_PRIMARY} disabled={pending}>
            {pending ? "Saving…" : "Save scorers"}
          </button>
        </div>
      </form>
      <FeedbackMessage feedback={feedback} className="mt-2" />
    </section>
  );
}

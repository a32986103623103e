"use client";
// Per-harm flag thresholds, with a pointer to the report that shows what each value would do.
import Link from "next/link";
import { updateThresholdsAction } from "@/lib/admin/actions/update-thresholds";
import { BUTTON_PRIMARY, CARD, INPUT, LABEL } from "@/components/ui/styles";
import { FeedbackMessage, FieldError } from "./feedback-message";
import { useFormOperation } from "@/components/ui/use-form-operation";

type THarmEntry = { harm: string; label: string; value: number };

export function ThresholdsForm({ harms }: { harms: THarmEntry[] }) {
  const { pending, feedback, run } = useFormOperation();
  function submit(form: FormData) {
    const input = Object.fromEntries(harms.map((h) => [h.harm, Number(form.get(h.harm))]));
    run(
      updateThresholdsAction,
      input,
      () => "Thresholds saved. Comments scored from now on use them.",
    );
  }
  return (
    <section aria-labelledby="thresholds-heading" className={`${CARD} mb-6`}>
      <h2 id="thresholds-heading" className="font-semibold">
        Flag thresholds
      </h2>
      <p className="mb-3 mt-1 max-w-prose text-sm text-slate-700">
        The engine flags a comment for a harm when its score reaches the threshold. Lower catches
        more and raises more false alarms; see the precision/recall curves under{" "}
        <Link href="/reports#quality" className="text-blue-800 underline">
          Reports → Triage quality
        </Link>{" "}
        before changing one.
      </p>
      <form action={submit} className="flex flex-wrap items-end gap-4">
        {harms.map((h) => (
          <label key={h.harm} className={LABEL}>
            {h.label}
            <input
              name={h.harm}
              type="number"
              min={0.01}
              max={0.99}
              step={0.01}
              required
              defaultValue={h.value}
              className={`${INPUT} w-24`}
              aria-describedby={`threshold-${h.harm}-error`}
            />
            <FieldError feedback={feedback} field={h.harm} id={`threshold-${h.harm}-error`} />
          </label>
        ))}
        <button type="submit" className={BUTTON_PRIMARY} disabled={pending}>
          {pending ? "Saving…" : "Save thresholds"}
        </button>
      </form>
      <FeedbackMessage feedback={feedback} className="mt-2" />
    </section>
  );
}

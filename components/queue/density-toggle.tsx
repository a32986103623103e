"use client";
// Comfortable / compact rows for the queue; the choice is saved on the server for this moderator.
import { updatePreferencesAction } from "@/lib/preferences/actions/update-preferences";
import { useOperation } from "@/components/ui/use-operation";
import { showToast } from "@/components/ui/action-toast";

export function DensityToggle({
  compact,
  onChange,
}: {
  compact: boolean;
  onChange: (compact: boolean) => void;
}) {
  const { run } = useOperation({ toast: showToast });
  const choose = (next: boolean) => {
    if (next === compact) return;
    onChange(next);
    void run(() => updatePreferencesAction({ compactQueue: next }), {
      onError: () => void onChange(!next),
    });
  };
  const button = (on: boolean) =>
    `px-2 py-0.5 ${on ? "bg-slate-900 text-white" : "bg-white text-slate-800 hover:bg-slate-100"}`;
  return (
    <div
      role="group"
      aria-label="Row density"
      className="inline-flex overflow-hidden rounded border border-slate-300 text-xs"
    >
      <button
        type="button"
        aria-pressed={!compact}
        className={button(!compact)}
        onClick={() => choose(false)}
      >
        Comfortable
      </button>
      <button
        type="button"
        aria-pressed={compact}
        className={button(compact)}
        onClick={() => choose(true)}
        data-testid="density-compact"
      >
        Compact
      </button>
    </div>
  );
}

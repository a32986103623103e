// Per-harm scores as labelled bars (the number is always printed; the bar is decoration).
import { HARM_LABEL, type THarmScoreMap } from "@/lib/moderation/types";
import { HARMS } from "@/lib/triage/types";
import { HARM_STYLE } from "@/components/ui/harm-style";

export function ScoreBars({ scores, flagged }: { scores: THarmScoreMap; flagged: string[] }) {
  return (
    <ul className="space-y-1.5" aria-label="Scores by harm">
      {HARMS.map((harm) => (
        <li key={harm} className="grid grid-cols-[8rem_1fr_3rem] items-center gap-2 text-sm">
          <span className={flagged.includes(harm) ? "font-semibold" : ""}>
            {HARM_LABEL[harm]}
            {flagged.includes(harm) ? <span className="sr-only"> (flagged)</span> : null}
            {flagged.includes(harm) ? <span aria-hidden="true"> ⚑</span> : null}
          </span>
          <span className="h-2.5 overflow-hidden rounded bg-slate-200" aria-hidden="true">
            <span
              className={`block h-full ${HARM_STYLE[harm].bar}`}
              style={{ width: `${Math.round(Math.min(1, Math.max(0, scores[harm])) * 100)}%` }}
            />
          </span>
          <span className="text-right tabular-nums">{scores[harm].toFixed(2)}</span>
        </li>
      ))}
    </ul>
  );
}

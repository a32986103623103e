// The report's headline figures for the period.
import type { TTotals } from "@/lib/reports/queries/activity";
import type { TTimeToDecision } from "@/lib/reports/queries/timing";
import type { TBacklogNow } from "@/lib/reports/queries/backlog";
import { formatCount, formatDuration } from "./format";

export function SummaryCards({
  totals,
  timing,
  backlog,
}: {
  totals: TTotals;
  timing: TTimeToDecision;
  backlog: TBacklogNow;
}) {
  const cards: Array<[string, string, string?]> = [
    [
      "Comments imported",
      formatCount(totals.imported),
      `${formatCount(totals.autoFlagged)} flagged by the engine`,
    ],
    [
      "Decided in the period",
      formatCount(totals.decided),
      `${formatCount(totals.approved)} approved · ${formatCount(totals.flagged)} flagged · ${formatCount(totals.hidden)} hidden`,
    ],
    [
      "Time to first decision",
      formatDuration(timing.medianSeconds),
      `median; 90% within ${formatDuration(timing.p90Seconds)} (${formatCount(timing.decided)} comments)`,
    ],
    [
      "Waiting now",
      formatCount(backlog.pending),
      backlog.pending
        ? `oldest waiting ${formatDuration(backlog.oldestHours * 3600)}`
        : "the queue is empty",
    ],
  ];
  return (
    <dl className="mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {cards.map(([label, value, note]) => (
        <div
          key={label}
          className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-4"
        >
          <dt className="text-sm text-slate-600">{label}</dt>
          <dd
            className="text-2xl font-semibold tabular-nums"
            data-testid={`summary-${label.toLowerCase().replace(/\s+/g, "-")}`}
          >
            {value}
          </dd>
          {note ? <dd className="text-xs text-slate-600">{note}</dd> : null}
        </div>
      ))}
    </dl>
  );
}

// Triage quality: how well the engine's automatic flags match moderators' decisions, per harm, at
// the current thresholds and across thresholds, so a threshold can be chosen knowingly.
import type { THarmQuality } from "@/lib/reports/triage-quality";
import { THRESHOLD_GRID } from "@/lib/reports/triage-quality";
import { HARM_LABEL } from "@/lib/reports/harms";
import { type THarm } from "@/lib/triage/types";
import { DataTable, type TColumn } from "@/components/ui/data-table";
import { formatCount, formatShare } from "./format";
import { LineChart } from "./line-chart";

const label = (h: THarmQuality["harm"]) => (h === "any" ? "Any harm" : HARM_LABEL[h as THarm]);

const QUALITY_COLUMNS: TColumn<THarmQuality>[] = [
  { key: "harm", header: "Harm", rowHeader: true, cell: (r) => label(r.harm) },
  {
    key: "threshold",
    header: "Threshold",
    numeric: true,
    cell: (r) => (r.current.threshold === null ? "per harm" : r.current.threshold.toFixed(2)),
  },
  { key: "harmful", header: "Harmful", numeric: true, cell: (r) => formatCount(r.positives) },
  { key: "harmless", header: "Harmless", numeric: true, cell: (r) => formatCount(r.negatives) },
  {
    key: "excluded",
    header: "Not applicable",
    numeric: true,
    cell: (r) => formatCount(r.excluded),
  },
  { key: "tp", header: "Flags agreed", numeric: true, cell: (r) => formatCount(r.current.tp) },
  { key: "fp", header: "False alarms", numeric: true, cell: (r) => formatCount(r.current.fp) },
  { key: "fn", header: "Missed", numeric: true, cell: (r) => formatCount(r.current.fn) },
  {
    key: "precision",
    header: "Precision",
    numeric: true,
    cell: (r) => formatShare(r.current.precision),
  },
  { key: "recall", header: "Recall", numeric: true, cell: (r) => formatShare(r.current.recall) },
  { key: "f1", header: "F1", numeric: true, cell: (r) => formatShare(r.current.f1) },
];

function nearestIndex(threshold: number): number {
  let best = 0;
  THRESHOLD_GRID.forEach((t, i) => {
    if (Math.abs(t - threshold) < Math.abs(THRESHOLD_GRID[best] - threshold)) best = i;
  });
  return best;
}

export function TriageQualitySection({ decided, rows }: { decided: number; rows: THarmQuality[] }) {
  return (
    <>
      <p className="mb-3 max-w-prose text-sm text-slate-700">
        Over {formatCount(decided)} comments with a moderator&apos;s decision in the period (the
        latest one per comment). A comment counts as harmful for a harm when it was flagged or
        hidden with that harm&apos;s category, as harmless when it was approved; other decisions do
        not count for that harm (“not applicable”). Precision: of the engine&apos;s flags, the share
        moderators agreed with. Recall: of the harmful comments, the share the engine flagged.
      </p>
      <DataTable
        columns={QUALITY_COLUMNS}
        rows={rows}
        rowKey={(r) => r.harm}
        rowProps={(r) => ({ "data-testid": `quality-${r.harm}` })}
        className="mb-4"
      />
      <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
        {rows.map((r) => {
          const atCurrent =
            r.current.threshold === null ? null : r.curve[nearestIndex(r.current.threshold)];
          const summary =
            r.positives + r.negatives === 0
              ? "No decided comments speak to this harm yet."
              : `${r.positives} harmful and ${r.negatives} harmless comments.` +
                (atCurrent
                  ? ` At the current threshold ${r.current.threshold!.toFixed(2)}: precision ${formatShare(atCurrent.precision)}, recall ${formatShare(atCurrent.recall)}.`
                  : "");
          return (
            <LineChart
              key={r.harm}
              id={`pr-${r.harm}`}
              title={`${label(r.harm)}: precision and recall by threshold`}
              labels={THRESHOLD_GRID.map((t) => t.toFixed(2))}
              xTitle="Threshold"
              series={[
                { label: "Precision", values: r.curve.map((p) => p.precision) },
                { label: "Recall", values: r.curve.map((p) => p.recall), dashed: true },
              ]}
              yMax={1}
              format={(v) => `${Math.round(v * 100)}%`}
              marker={
                r.current.threshold === null
                  ? undefined
                  : { index: nearestIndex(r.current.threshold), label: "now" }
              }
              summary={summary}
              compact
            />
          );
        })}
      </div>
    </>
  );
}

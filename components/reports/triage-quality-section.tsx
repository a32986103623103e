// Triage quality: how well the engine's automatic flags match moderators' decisions, per harm, at
// the current thresholds and across thresholds, so a threshold can be chosen knowingly.
import type { THarmQuality } from "@/lib/reports/triage-quality";
import { THRESHOLD_GRID } from "@/lib/reports/triage-quality";
import { HARM_LABEL, type THarm } from "@/lib/reports/harms";
import { TABLE, TD, TH } from "@/components/ui/styles";
import { formatCount, formatShare } from "./format";
import { LineChart } from "./line-chart";

const label = (h: THarmQuality["harm"]) => (h === "any" ? "Any harm" : HARM_LABEL[h as THarm]);
const num = `${TD} text-right tabular-nums`;
const numTh = `${TH} text-right`;

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
        Over {formatCount(decided)} comments with a moderator&apos;s decision in the period (the latest one per comment). A comment counts as harmful
        for a harm when it was flagged or hidden with that harm&apos;s category, as harmless when it was approved; other decisions do not count for that
        harm (“not applicable”). Precision: of the engine&apos;s flags, the share moderators agreed with. Recall: of the harmful comments, the share the
        engine flagged.
      </p>
      <table className={`${TABLE} mb-4`}>
        <thead>
          <tr>
            <th scope="col" className={TH}>Harm</th>
            <th scope="col" className={numTh}>Threshold</th>
            <th scope="col" className={numTh}>Harmful</th>
            <th scope="col" className={numTh}>Harmless</th>
            <th scope="col" className={numTh}>Not applicable</th>
            <th scope="col" className={numTh}>Flags agreed</th>
            <th scope="col" className={numTh}>False alarms</th>
            <th scope="col" className={numTh}>Missed</th>
            <th scope="col" className={numTh}>Precision</th>
            <th scope="col" className={numTh}>Recall</th>
            <th scope="col" className={numTh}>F1</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.harm} data-testid={`quality-${r.harm}`}>
              <th scope="row" className={`${TD} font-medium`}>{label(r.harm)}</th>
              <td className={num}>{r.current.threshold === null ? "per harm" : r.current.threshold.toFixed(2)}</td>
              <td className={num}>{formatCount(r.positives)}</td>
              <td className={num}>{formatCount(r.negatives)}</td>
              <td className={num}>{formatCount(r.excluded)}</td>
              <td className={num}>{formatCount(r.current.tp)}</td>
              <td className={num}>{formatCount(r.current.fp)}</td>
              <td className={num}>{formatCount(r.current.fn)}</td>
              <td className={num}>{formatShare(r.current.precision)}</td>
              <td className={num}>{formatShare(r.current.recall)}</td>
              <td className={num}>{formatShare(r.current.f1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
        {rows.map((r) => {
          const atCurrent = r.current.threshold === null ? null : r.curve[nearestIndex(r.current.threshold)];
          const summary =
            r.positives + r.negatives === 0
              ? "No decided comments speak to this harm yet."
              : `${r.positives} harmful and ${r.negatives} harmless comments.` +
                (atCurrent ? ` At the current threshold ${r.current.threshold!.toFixed(2)}: precision ${formatShare(atCurrent.precision)}, recall ${formatShare(atCurrent.recall)}.` : "");
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
              marker={r.current.threshold === null ? undefined : { index: nearestIndex(r.current.threshold), label: "now" }}
              summary={summary}
              compact
            />
          );
        })}
      </div>
    </>
  );
}

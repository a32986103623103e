// What a rule would have done on stored comments, and how that agrees with moderators so far.
import type { TBacktest } from "@/lib/reports/backtest";

const pct = (v: number | null) => (v === null ? "no decisions yet" : `${(v * 100).toFixed(0)}%`);

export function BacktestResult({ result, action }: { result: TBacktest; action: string }) {
  const share = result.scanned ? (result.matched / result.scanned) * 100 : 0;
  return (
    <div
      className="rounded border border-slate-300 bg-slate-50 p-3 text-sm"
      data-testid="backtest-result"
    >
      <p>
        Would act ({action.toLowerCase()}) on <strong>{result.matched.toLocaleString("en")}</strong>{" "}
        of {result.scanned.toLocaleString("en")} stored comments ({share.toFixed(1)}%;{" "}
        {result.scored.toLocaleString("en")} have been scored).
      </p>
      <p className="mt-1">
        Agreement with moderators: <strong>{pct(result.agreement)}</strong>
        {result.decided
          ? ` (${result.agreeing} of ${result.decided} decided: ${result.breakdown.approved} approved, ${result.breakdown.flagged} flagged, ${result.breakdown.hidden} hidden)`
          : ""}
        .
      </p>
      {result.examples.length ? (
        <>
          <p className="mt-2 font-medium">Highest-scoring examples</p>
          <ol className="ml-5 list-decimal">
            {result.examples.map((e) => (
              <li key={e.id} className="mt-1">
                <span className="tabular-nums">{e.score.toFixed(2)}</span> ·{" "}
                {e.status.toLowerCase()} · <span className="text-slate-600">{e.articleTitle}</span>
                <blockquote className="border-l-2 border-slate-300 pl-2 text-slate-800">
                  {e.excerpt}
                </blockquote>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}

// Reports' reader-report section: reports per day in the period, by reason, and the share upheld
// (of the reports decided: flag or hide upholds, approve or "dismiss" dismisses).
import { readerReportStats } from "@/lib/reader-reports/queries";
import { REPORT_REASON_LABEL } from "@/lib/reader-reports/types";

export async function ReaderReportStats({ from, to }: { from: string; to: string }) {
  const stats = await readerReportStats(from, to);
  if (stats.total === 0)
    return (
      <p className="text-sm text-slate-600" data-testid="reader-report-stats">
        No reader reports in this period.
      </p>
    );
  const max = Math.max(...stats.perDay.map((d) => d.reports));
  return (
    <div className="grid gap-4 lg:grid-cols-3" data-testid="reader-report-stats">
      <dl className="grid grid-cols-2 gap-2 text-sm">
        <div>
          <dt className="text-slate-600">Reports</dt>
          <dd className="text-xl font-semibold tabular-nums">{stats.total}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Still open</dt>
          <dd className="text-xl font-semibold tabular-nums">{stats.open}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Upheld</dt>
          <dd className="text-xl font-semibold tabular-nums">{stats.upheld}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Dismissed</dt>
          <dd className="text-xl font-semibold tabular-nums">{stats.dismissed}</dd>
        </div>
        <div className="col-span-2">
          <dt className="text-slate-600">Share upheld (of decided)</dt>
          <dd className="text-xl font-semibold tabular-nums" data-testid="upheld-share">
            {stats.upheldShare === null ? "—" : `${Math.round(stats.upheldShare * 100)} %`}
          </dd>
        </div>
      </dl>
      <table className="text-sm">
        <caption className="text-left text-xs font-semibold uppercase text-slate-600">
          Reports per day (UTC)
        </caption>
        <tbody>
          {stats.perDay.map((d) => (
            <tr key={d.day}>
              <th scope="row" className="pr-2 text-left font-normal tabular-nums">
                {d.day}
              </th>
              <td className="w-full">
                <span
                  className="block h-3 rounded bg-slate-700"
                  style={{ width: `${Math.max(4, (100 * d.reports) / max)}%` }}
                  aria-hidden="true"
                />
              </td>
              <td className="pl-2 text-right tabular-nums">{d.reports}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="text-sm">
        <caption className="text-left text-xs font-semibold uppercase text-slate-600">
          By reason
        </caption>
        <tbody>
          {stats.byReason.map((r) => (
            <tr key={r.reason}>
              <th scope="row" className="pr-2 text-left font-normal">
                {REPORT_REASON_LABEL[r.reason]}
              </th>
              <td className="text-right tabular-nums">{r.reports}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

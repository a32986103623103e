// The report's date range and filters as a plain GET form: the URL holds the state, so a filtered
// report can be bookmarked, shared and printed.
import Link from "next/link";
import type { TReportFilters } from "@/lib/reports/filters";
import type { TFilterOptions } from "@/lib/reports/queries/options";
import { HARM_LABEL } from "@/lib/reports/harms";
import { HARMS } from "@/lib/triage/types";
import { BUTTON_PRIMARY, INPUT, LABEL } from "@/components/ui/styles";

export function ReportFiltersForm({
  filters,
  options,
}: {
  filters: TReportFilters;
  options: TFilterOptions;
}) {
  return (
    <form
      method="get"
      action="/reports"
      aria-label="Report filters"
      className="no-print mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3"
    >
      <label className={LABEL}>
        From
        <input type="date" name="from" defaultValue={filters.from} className={INPUT} required />
      </label>
      <label className={LABEL}>
        To
        <input type="date" name="to" defaultValue={filters.to} className={INPUT} required />
      </label>
      <label className={LABEL}>
        Article
        <select name="article" defaultValue={filters.article ?? ""} className={`${INPUT} max-w-56`}>
          <option value="">all articles</option>
          {options.articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title.slice(0, 70)}
            </option>
          ))}
        </select>
      </label>
      <label className={LABEL}>
        Moderator
        <select name="moderator" defaultValue={filters.moderator ?? ""} className={INPUT}>
          <option value="">everyone</option>
          {options.moderators.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name} ({m.email})
            </option>
          ))}
        </select>
      </label>
      <label className={LABEL}>
        Harm
        <select name="harm" defaultValue={filters.harm ?? ""} className={INPUT}>
          <option value="">any</option>
          {HARMS.map((h) => (
            <option key={h} value={h}>
              {HARM_LABEL[h]}
            </option>
          ))}
        </select>
      </label>
      <label className={LABEL}>
        Action
        <select name="action" defaultValue={filters.action ?? ""} className={INPUT}>
          <option value="">any</option>
          {options.actions.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={BUTTON_PRIMARY}>
        Apply
      </button>
      <Link href="/reports" className="py-1 text-sm text-blue-800 underline">
        Last 30 days, no filters
      </Link>
    </form>
  );
}

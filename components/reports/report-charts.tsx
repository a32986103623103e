// The report's charts: activity per day, flags and hides by category, the engine's flags by harm,
// the backlog over the period, and today's queue by age.
import type { TActionsPerDay, TCategoryCounts, THarmCounts } from "@/lib/reports/queries/activity";
import type { TBacklogDay, TBacklogNow } from "@/lib/reports/queries/backlog";
import { addDays, daysBetween, type TReportFilters } from "@/lib/reports/filters";
import { HARM_LABEL } from "@/lib/reports/harms";
import { HARMS } from "@/lib/triage/types";
import { StackedBarChart } from "./stacked-bar-chart";
import { LineChart } from "./line-chart";
import { formatCount } from "./format";

const categoryLabel = (c: string) =>
  c === "NONE" ? "no category" : c.charAt(0) + c.slice(1).toLowerCase();

export function ActivityChart({
  filters,
  rows,
}: {
  filters: TReportFilters;
  rows: TActionsPerDay;
}) {
  const days = Array.from({ length: daysBetween(filters.from, filters.to) }, (_, i) =>
    addDays(filters.from, i),
  );
  const actions = [...new Set(rows.map((r) => r.action))].sort();
  const index = new Map(days.map((d, i) => [d, i]));
  const series = actions.map((action) => {
    const values = days.map(() => 0);
    for (const r of rows) if (r.action === action) values[index.get(r.day) ?? 0] += r.count;
    return { label: action, values };
  });
  const total = rows.reduce((n, r) => n + r.count, 0);
  const busiest = days
    .map((d, i) => [d, series.reduce((n, s) => n + s.values[i], 0)] as const)
    .sort((a, b) => b[1] - a[1])[0];
  return (
    <StackedBarChart
      id="actions-per-day"
      title="Moderation actions per day, by type"
      labels={days}
      series={series.length ? series : [{ label: "actions", values: days.map(() => 0) }]}
      xTitle="Day"
      summary={
        total
          ? `${formatCount(total)} actions of ${actions.length} types; busiest day ${busiest[0]} with ${busiest[1]}.`
          : "No moderation actions in this period."
      }
    />
  );
}

export function CategoryChart({ rows }: { rows: TCategoryCounts }) {
  const labels = rows.map((r) => categoryLabel(r.category));
  const flagged = rows.reduce((n, r) => n + r.flagged, 0);
  const hidden = rows.reduce((n, r) => n + r.hidden, 0);
  return (
    <StackedBarChart
      id="flags-by-category"
      title="Flagged and hidden, by category"
      description="Each comment counted once, by its latest decision in the period."
      labels={labels.length ? labels : ["none"]}
      series={[
        { label: "Flagged", values: rows.length ? rows.map((r) => r.flagged) : [0] },
        { label: "Hidden", values: rows.length ? rows.map((r) => r.hidden) : [0] },
      ]}
      xTitle="Category"
      summary={
        flagged + hidden
          ? `${formatCount(flagged)} flagged and ${formatCount(hidden)} hidden; most common: ${labels[0]}.`
          : "Nothing was flagged or hidden in this period."
      }
    />
  );
}

export function HarmChart({ rows }: { rows: THarmCounts }) {
  const counts = HARMS.map((h) => rows.find((r) => r.harm === h)?.count ?? 0);
  const total = counts.reduce((a, b) => a + b, 0);
  return (
    <StackedBarChart
      id="auto-flags-by-harm"
      title="Flagged by the engine, by harm"
      description="Comments imported in the period at or above each harm's threshold (one comment can carry several harms)."
      labels={HARMS.map((h) => HARM_LABEL[h])}
      series={[{ label: "Comments", values: counts }]}
      xTitle="Harm"
      summary={
        total
          ? HARMS.map((h, i) => `${HARM_LABEL[h]} ${counts[i]}`).join(", ") + "."
          : "The engine flagged nothing in this period."
      }
    />
  );
}

export function BacklogChart({ days }: { days: TBacklogDay[] }) {
  const peak = days.reduce(
    (best, d) => (d.pending > best.pending ? d : best),
    days[0] ?? { day: "", pending: 0, oldestHours: 0, medianAgeHours: 0 },
  );
  const last = days[days.length - 1];
  return (
    <LineChart
      id="backlog"
      title="Backlog at the end of each day"
      description="Comments imported and not yet decided; the table adds the median and oldest wait."
      labels={days.map((d) => d.day)}
      xTitle="Day"
      series={[{ label: "Waiting", values: days.map((d) => d.pending) }]}
      summary={
        last
          ? `At the end of the period ${formatCount(last.pending)} comments waited, the oldest ${Math.round(last.oldestHours)} hours; the peak was ${formatCount(peak.pending)} on ${peak.day}.`
          : "No data."
      }
      format={(v) => formatCount(Math.round(v))}
    />
  );
}

export function BacklogAgeChart({ now }: { now: TBacklogNow }) {
  return (
    <StackedBarChart
      id="backlog-age"
      title="Waiting now, by time since import"
      labels={now.buckets.map((b) => b.label)}
      series={[{ label: "Comments", values: now.buckets.map((b) => b.count) }]}
      xTitle="Waiting for"
      summary={
        now.pending
          ? now.buckets.map((b) => `${b.label}: ${b.count}`).join(", ") + "."
          : "Nothing is waiting."
      }
    />
  );
}

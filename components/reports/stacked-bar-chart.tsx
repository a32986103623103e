// A stacked vertical bar chart in plain SVG: one bar per label, one segment per series. The SVG is
// one image with a summary for screen readers; the exact numbers are in the figure's data table.
import { ChartFigure, countAxis, PALETTE, shortLabel } from "./chart-parts";

const W = 480;
const H = 240;
const M = { top: 10, right: 8, bottom: 28, left: 44 };

type TSeries = { label: string; values: number[] };

export function StackedBarChart({
  id,
  title,
  description,
  labels,
  series,
  xTitle,
  summary,
}: {
  id: string;
  title: string;
  description?: string;
  labels: string[];
  series: TSeries[];
  xTitle: string;
  summary: string;
}) {
  const totals = labels.map((_, i) => series.reduce((n, s) => n + (s.values[i] ?? 0), 0));
  // Counts: whole-number ticks only.
  const { max, ticks } = countAxis(Math.max(0, ...totals), 4);
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const slot = plotW / Math.max(1, labels.length);
  const barW = Math.max(2, Math.min(48, slot * 0.7));
  const y = (v: number) => M.top + plotH - (v / max) * plotH;
  const every = Math.max(1, Math.ceil(labels.length / 10));
  return (
    <ChartFigure
      id={id}
      title={title}
      description={description}
      legend={
        series.length > 1
          ? series.map((s, i) => ({ label: s.label, color: PALETTE[i % PALETTE.length] }))
          : undefined
      }
      table={{
        rowHeader: xTitle,
        rows: labels,
        columns: [
          ...(series.length > 1 ? series : []).map((s) => ({ label: s.label, values: s.values })),
          { label: "Total", values: totals },
        ],
      }}
    >
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`${title}. ${summary}`}
        className="h-auto max-h-64 w-full"
      >
        {ticks.map((t) => (
          <g key={t}>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} stroke="#e2e8f0" />
            <text x={M.left - 6} y={y(t) + 4} textAnchor="end" fontSize="12" fill="#334155">
              {Number.isInteger(t) ? t : t.toFixed(1)}
            </text>
          </g>
        ))}
        {labels.map((label, i) => {
          let base = 0;
          const x = M.left + i * slot + (slot - barW) / 2;
          return (
            <g key={label}>
              {series.map((s, k) => {
                const v = s.values[i] ?? 0;
                if (v <= 0) return null;
                const top = y(base + v);
                const height = y(base) - top;
                base += v;
                return (
                  <rect
                    key={s.label}
                    x={x}
                    y={top}
                    width={barW}
                    height={Math.max(0.5, height)}
                    fill={PALETTE[k % PALETTE.length]}
                    stroke="#fff"
                    strokeWidth="0.5"
                  >
                    <title>{`${label} · ${s.label}: ${v}`}</title>
                  </rect>
                );
              })}
              {i % every === 0 ? (
                <text
                  x={x + barW / 2}
                  y={H - M.bottom + 14}
                  textAnchor="middle"
                  fontSize="12"
                  fill="#334155"
                >
                  {shortLabel(label, Math.floor((slot * every) / 7))}
                </text>
              ) : null}
            </g>
          );
        })}
        <line x1={M.left} x2={W - M.right} y1={y(0)} y2={y(0)} stroke="#64748b" />
      </svg>
    </ChartFigure>
  );
}

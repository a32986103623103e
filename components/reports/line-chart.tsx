// A line chart in plain SVG over evenly spaced x labels (days, or score thresholds). Series differ
// by dash pattern and marker shape as well as colour; an optional vertical marker shows a value
// such as the current threshold. Exact numbers are in the figure's data table.
import { ChartFigure, countAxis, PALETTE, shortLabel } from "./chart-parts";

const W = 480;
const H = 220;
const M = { top: 10, right: 18, bottom: 28, left: 44 };

type TSeries = { label: string; values: Array<number | null>; dashed?: boolean };

export function LineChart({
  id,
  title,
  description,
  labels,
  series,
  xTitle,
  summary,
  yMax,
  format = String,
  marker,
  compact,
}: {
  id: string;
  title: string;
  description?: string;
  labels: string[];
  series: TSeries[];
  xTitle: string;
  summary: string;
  yMax?: number;
  format?: (n: number) => string;
  marker?: { index: number; label: string };
  compact?: boolean;
}) {
  // Without a fixed yMax the values are counts: whole-number ticks only.
  const axis =
    yMax === undefined
      ? countAxis(
          Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null))),
          2,
        )
      : { max: yMax, ticks: [0, yMax / 2, yMax] };
  const max = axis.max;
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const x = (i: number) =>
    M.left + (labels.length <= 1 ? plotW / 2 : (i / (labels.length - 1)) * plotW);
  const y = (v: number) => M.top + plotH - (v / max) * plotH;
  const every = Math.max(1, Math.ceil(labels.length / (compact ? 5 : 10)));
  const ticks = axis.ticks;
  return (
    <ChartFigure
      id={id}
      title={title}
      description={description}
      legend={series.map((s, i) => ({
        label: s.label,
        color: PALETTE[i % PALETTE.length],
        dashed: s.dashed,
      }))}
      table={{
        rowHeader: xTitle,
        rows: labels,
        columns: series.map((s) => ({
          label: s.label,
          values: s.values.map((v) => (v === null ? "—" : format(v))),
        })),
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
              {format(t)}
            </text>
          </g>
        ))}
        {labels.map((label, i) =>
          i % every === 0 ? (
            <text
              key={label}
              x={x(i)}
              y={H - M.bottom + 14}
              textAnchor="middle"
              fontSize="12"
              fill="#334155"
            >
              {shortLabel(label)}
            </text>
          ) : null,
        )}
        {marker ? (
          <g>
            <line
              x1={x(marker.index)}
              x2={x(marker.index)}
              y1={M.top}
              y2={M.top + plotH}
              stroke="#0f172a"
              strokeDasharray="2 2"
            />
            <text x={x(marker.index) + 4} y={M.top + 10} fontSize="12" fill="#0f172a">
              {marker.label}
            </text>
          </g>
        ) : null}
        {series.map((s, k) => {
          const color = PALETTE[k % PALETTE.length];
          const points = s.values.map((v, i) => (v === null ? null : ([x(i), y(v)] as const)));
          const d = points.reduce(
            (path, p, i) =>
              p === null
                ? path
                : `${path}${i === 0 || points[i - 1] === null ? "M" : "L"}${p[0].toFixed(1)},${p[1].toFixed(1)} `,
            "",
          );
          return (
            <g key={s.label}>
              <path
                d={d}
                fill="none"
                stroke={color}
                strokeWidth="2"
                strokeDasharray={s.dashed ? "6 4" : undefined}
              />
              {points.map((p, i) =>
                p === null ? null : k % 2 === 0 ? (
                  <circle key={i} cx={p[0]} cy={p[1]} r="2.5" fill={color}>
                    <title>{`${labels[i]} · ${s.label}: ${format(s.values[i] as number)}`}</title>
                  </circle>
                ) : (
                  <rect key={i} x={p[0] - 2.5} y={p[1] - 2.5} width="5" height="5" fill={color}>
                    <title>{`${labels[i]} · ${s.label}: ${format(s.values[i] as number)}`}</title>
                  </rect>
                ),
              )}
            </g>
          );
        })}
        <line x1={M.left} x2={W - M.right} y1={y(0)} y2={y(0)} stroke="#64748b" />
      </svg>
    </ChartFigure>
  );
}
